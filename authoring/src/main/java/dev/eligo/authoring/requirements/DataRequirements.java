package dev.eligo.authoring.requirements;

import dev.eligo.authoring.ProtocolCodes;
import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Header;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.RecordSources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data a protocol reads, derived from its checked criteria file: every data declaration a
 * criterion, part or definition uses (unused ones are read by nothing), with its FHIR resources,
 * codes, statuses and window. The patient's own birth date and gender are always read. Screening
 * inputs are listed apart: whoever screens gives them, no query fetches them.
 */
public record DataRequirements(
    Header header,
    List<ConceptRequirement> concepts,
    List<DataDeclaration.InputDeclaration> inputs) {
  public DataRequirements {
    concepts = List.copyOf(concepts);
    inputs = List.copyOf(inputs);
  }

  /** The requirements of a checked criteria file. */
  public static DataRequirements of(CheckedFile file) {
    ProtocolCodes codes = new ProtocolCodes(file);
    List<ConceptRequirement> concepts = new ArrayList<>();
    ConceptUses.of(file)
        .forEach(
            (declaration, use) ->
                concepts.add(
                    new ConceptRequirement(
                        declaration.name().text(),
                        declaration.label(),
                        kind(declaration),
                        FhirReads.of(declaration),
                        codes(declaration, codes),
                        judging(declaration, file, codes),
                        longest(use),
                        declaration instanceof DataDeclaration.AttestationDeclaration a
                            ? a.linkId()
                            : null)));
    if (RecordSources.readsEnrolment(file)) {
      concepts.add(
          new ConceptRequirement(
              "enrolment",
              "this protocol's own enrolment",
              "enrolment",
              FhirReads.enrolment(),
              List.of(),
              List.of(),
              Optional.empty(),
              null));
    }
    if (RecordSources.readsReasons(file)) {
      concepts.add(
          new ConceptRequirement(
              "reasons",
              "the conditions given as reasons for medications and procedures",
              "condition",
              FhirReads.reasons(),
              List.of(),
              List.of(),
              Optional.empty(),
              null));
    }
    return new DataRequirements(
        file.ast().header(),
        concepts,
        file.ast().declarations(DataDeclaration.InputDeclaration.class));
  }

  /** The concepts read from a resource type, in declaration order. */
  public List<ConceptRequirement> readFrom(String resourceType) {
    return concepts.stream()
        .filter(c -> c.reads().stream().anyMatch(r -> r.resourceType().equals(resourceType)))
        .toList();
  }

  /** Every resource type read, in the order of first use, Patient first. */
  public List<String> resourceTypes() {
    List<String> types = new ArrayList<>(List.of("Patient"));
    for (ConceptRequirement concept : concepts) {
      for (ResourceRead read : concept.reads()) {
        if (!types.contains(read.resourceType())) {
          types.add(read.resourceType());
        }
      }
    }
    return types;
  }

  private static Optional<Expr.DurationLiteral> longest(ConceptUses.Use use) {
    if (use.allHistory || use.windows.isEmpty()) {
      return Optional.empty();
    }
    // Months and years vary in length: compare on a fixed day, which orders them as on any day.
    LocalDate reference = LocalDate.of(2000, 3, 1);
    return use.windows.stream()
        .min(
            Comparator.comparing(
                w ->
                    new ConceptRequirement(
                            "", "", "", List.of(), List.of(), List.of(), Optional.of(w), null)
                        .from(reference)
                        .orElseThrow()));
  }

  /**
   * The URIs in which a record's codes let the concept judge it (the protocol-wide coding rule):
   * its {@code classified by} systems, else every system the protocol declares.
   */
  private static List<String> judging(
      DataDeclaration declaration, CheckedFile file, ProtocolCodes codes) {
    List<CodeSystemDeclaration> systems = file.ast().declarations(CodeSystemDeclaration.class);
    if (declaration instanceof DataDeclaration.RecordDeclaration record
        && !record.classifiedBy().isEmpty()) {
      systems =
          record.classifiedBy().stream()
              .map(name -> codes.system(name.text()))
              .flatMap(Optional::stream)
              .toList();
    }
    return systems.stream().flatMap(system -> system.uris().stream()).distinct().toList();
  }

  private static String kind(DataDeclaration declaration) {
    if (declaration instanceof DataDeclaration.ObservationDeclaration) {
      return "observation";
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      return record.kind().name().toLowerCase(Locale.ROOT);
    }
    return declaration instanceof DataDeclaration.AttestationDeclaration
        ? "attestation"
        : "participation";
  }

  private static List<ConceptRequirement.Codes> codes(
      DataDeclaration declaration, ProtocolCodes codes) {
    CodeSet set;
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      set = observation.codes();
    } else if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      set = record.codes();
    } else {
      return List.of();
    }
    Map<CodeSystemDeclaration, List<List<String>>> bySystem = new LinkedHashMap<>();
    collect(set.included(), codes, bySystem, 0);
    collect(set.excluded(), codes, bySystem, 1);
    List<ConceptRequirement.Codes> result = new ArrayList<>();
    bySystem.forEach(
        (system, lists) ->
            result.add(
                new ConceptRequirement.Codes(
                    system.name().text(),
                    system.uris(),
                    system.matching().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    lists.get(0),
                    lists.get(1))));
    return result;
  }

  // A value set stands for its codes; its own exceptions apply to it, so they join the excluded.
  private static void collect(
      List<CodeSetTerm> terms,
      ProtocolCodes codes,
      Map<CodeSystemDeclaration, List<List<String>>> bySystem,
      int side) {
    for (CodeSetTerm term : terms) {
      if (term instanceof CodeSetTerm.ValueSetReference reference) {
        CodeSet nested = codes.valueSetOf(reference).codes();
        collect(nested.included(), codes, bySystem, side);
        collect(nested.excluded(), codes, bySystem, 1 - side);
        continue;
      }
      CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
      CodeSystemDeclaration system = codes.systemOf(inline);
      List<List<String>> lists =
          bySystem.computeIfAbsent(system, s -> List.of(new ArrayList<>(), new ArrayList<>()));
      for (CodeLiteral code : inline.codes()) {
        if (!lists.get(side).contains(code.text())) {
          lists.get(side).add(code.text());
        }
      }
    }
  }
}
