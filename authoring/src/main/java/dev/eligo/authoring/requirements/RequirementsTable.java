package dev.eligo.authoring.requirements;

import dev.eligo.compiler.ast.DataDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The requirements as a table for a site's data team: one line per concept, then statuses per
 * resource.
 */
public final class RequirementsTable {
  private RequirementsTable() {}

  public static String of(DataRequirements requirements) {
    StringBuilder out = new StringBuilder();
    out.append(requirements.header().protocolId())
        .append(": the data its criteria read, relative to the screening date S\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"CONCEPT", "KIND", "FHIR RESOURCES", "CODES", "DATES"});
    rows.add(new String[] {"(patient)", "patient", "Patient", "birthDate, gender", "-"});
    for (ConceptRequirement concept : requirements.concepts()) {
      String resources =
          concept.reads().stream()
              .map(ResourceRead::resourceType)
              .distinct()
              .collect(Collectors.joining(", "));
      String codes =
          concept.linkId() != null
              ? "item linkId " + concept.linkId()
              : concept.codes().isEmpty()
                  ? "-"
                  : concept.codes().stream()
                      .map(RequirementsTable::codes)
                      .collect(Collectors.joining("; "));
      String dates =
          concept.window().isEmpty()
              ? "all history to S"
              : concept.windowText().equals("at screening")
                  ? "at S (its time includes S)"
                  : "S - " + concept.windowText().replace(" before screening", "") + " to S";
      rows.add(new String[] {concept.name(), concept.kind(), resources, codes, dates});
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        out.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(row[4]).append('\n');
    }
    if (!requirements.inputs().isEmpty()) {
      out.append(
          "\nScreening inputs, given by whoever screens (eligo screen --input NAME=VALUE), never fetched:\n");
      for (DataDeclaration.InputDeclaration input : requirements.inputs()) {
        out.append("  ")
            .append(input.name().text())
            .append(": ")
            .append(input.label())
            .append(" (")
            .append(
                input.kind().equals("quantity")
                    ? "quantity in '" + input.unit().text() + "'"
                    : input.kind().equals("code")
                        ? "code of " + input.system().text()
                        : input.kind())
            .append(")\n");
      }
    }
    out.append("\nStatuses that can count (records in others are never read):\n");
    List<String> seen = new ArrayList<>();
    for (ConceptRequirement concept : requirements.concepts()) {
      for (ResourceRead read : concept.reads()) {
        if (read.statusParameter() != null && !seen.contains(read.resourceType())) {
          seen.add(read.resourceType());
          out.append("  ")
              .append(read.resourceType())
              .append(": ")
              .append(
                  read.statuses().isEmpty()
                      ? "any "
                          + read.statusParameter()
                          + " but "
                          + String.join(", ", read.excludedStatuses())
                      : read.statusParameter() + " " + String.join(", ", read.statuses()))
              .append('\n');
        }
      }
    }
    out.append(
        "\nCodes in systems matched by prefix stand for every code they begin (ICD-10 C79 covers C79.51).\n"
            + "Records other than observations coded in none of the protocol's code systems (or of a concept's\n"
            + "'classified by' systems) are read too: screening cannot classify them and says so.\n");
    return out.toString();
  }

  private static String codes(ConceptRequirement.Codes codes) {
    String text = codes.system() + " " + String.join(", ", codes.included());
    return codes.excluded().isEmpty()
        ? text
        : text + " except " + String.join(", ", codes.excluded());
  }
}
