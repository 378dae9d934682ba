package dev.eligo.cli;

import dev.eligo.authoring.requirements.BulkExportRequest;
import dev.eligo.authoring.requirements.DataRequirementLibrary;
import dev.eligo.authoring.requirements.DataRequirements;
import dev.eligo.authoring.requirements.RequirementsTable;
import dev.eligo.authoring.requirements.SearchQueries;
import dev.eligo.compiler.check.CheckedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eligo requirements}: the data a protocol reads, for a site's data team. */
@Command(
    name = "requirements",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the data a protocol reads, derived from its criteria file: per concept the FHIR"
          + " resource types, code systems and codes, statuses that can count, the window before the screening"
          + " date, and the attestations' questionnaire link ids.",
      "",
      "Formats: table (default); data-requirements (FHIR R4 DataRequirements in a Library, as CQL's"
          + " $data-requirements returns them); search (FHIR search queries for one patient); bulk (a Bulk Data"
          + " $export request with _type and _typeFilter). search and bulk need --as-of when a window applies.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eligo requirements trial.eligo",
      "  eligo requirements --format data-requirements -o requirements.json trial.eligo",
      "  eligo requirements --format search --as-of 2026-11-24 --patient p-20 trial.eligo",
      "  eligo requirements --format bulk --as-of 2026-11-24 trial.eligo",
      "",
      "Exit codes: 0 done, 1 the criteria file has errors, 2 usage error."
    })
final class RequirementsCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TABLE,
    DATA_REQUIREMENTS,
    SEARCH,
    BULK
  }

  @Parameters(arity = "1", paramLabel = "FILE", description = "The criteria file (.eligo).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table (default), data-requirements, search or bulk.")
  Format format;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "The screening date: windows become dates (needed by search and bulk).")
  LocalDate asOf;

  @Option(
      names = "--patient",
      paramLabel = "ID",
      defaultValue = "{patient}",
      description = "search: the patient id of every query (default {patient}).")
  String patient;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return CheckedCriteria.print(file, output, spec, this::render);
  }

  private String render(CheckedFile checked) {
    DataRequirements requirements = DataRequirements.of(checked);
    boolean windowed = requirements.concepts().stream().anyMatch(c -> c.window().isPresent());
    if ((format == Format.SEARCH || format == Format.BULK) && asOf == null && windowed) {
      throw new ParameterException(
          spec.commandLine(),
          "--format "
              + format.name().toLowerCase(Locale.ROOT)
              + " needs --as-of: the protocol's windows end on the screening date");
    }
    switch (format) {
      case DATA_REQUIREMENTS:
        return DataRequirementLibrary.json(requirements, asOf);
      case SEARCH:
        return SearchQueries.of(requirements, patient, asOf).stream()
            .map(q -> q.text() + "\n")
            .collect(Collectors.joining());
      case BULK:
        return BulkExportRequest.of(requirements, asOf) + "\n";
      case TABLE:
        return RequirementsTable.of(requirements);
    }
    throw new AssertionError(format);
  }

  /** Reads {@code data-requirements} and the other format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format: use table, data-requirements, search or bulk");
      }
    }
  }
}
