package dev.eligo.cli;

import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.cli.load.IoErrors;
import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.cli.report.Explained;
import dev.eligo.cli.report.ReportFormat;
import dev.eligo.cli.screen.InputSize;
import dev.eligo.cli.screen.Progress;
import dev.eligo.cli.screen.ProgressBar;
import dev.eligo.cli.screen.Screening;
import dev.eligo.cli.screen.Summary;
import dev.eligo.fhir.ReadLimits;
import dev.eligo.fhir.ReadScope;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eligo screen}: compiles a protocol in memory and screens FHIR R4 patients against it. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens every patient of the FHIR R4 inputs against a protocol, as of a date.",
      "",
      "INPUT is a Bundle JSON file (one patient), a directory of them, an NDJSON file of Bundles"
          + " or a bulk-export directory (Patient.ndjson, Observation.ndjson, ...).",
      "",
      "The text format prints a table of patient, verdict and deciding criteria, then the counts;"
          + " --explain adds every patient's explanation, --explain-patient one patient's. The json,"
          + " csv and html formats always include every explanation; html is a page for a study"
          + " coordinator (screening funnel, patients needing review first).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 patients/",
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 --explain-patient p-20 patients/",
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 --format html -o report.html patients/",
      "",
      "Exit codes: 0 every patient screened, 1 the protocol has errors (nothing screened),"
          + " 2 usage error, 3 some inputs unreadable (each has an ERROR row), 4 internal error."
    })
final class ScreenCommand implements Callable<Integer> {
  /** Inputs estimated to hold more patients than this get a progress bar on a terminal. */
  static final long PROGRESS_THRESHOLD = 200;

  @Option(
      names = "--protocol",
      required = true,
      paramLabel = "FILE",
      description = "The criteria file (.eligo).")
  Path protocol;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "The screening date: windows such as \"within 28 days\" end on it.")
  LocalDate asOf;

  @Option(
      names = "--input",
      paramLabel = "NAME=VALUE",
      description =
          "A screening input the protocol declares besides the date, such as --input arm=B or"
              + " --input registration=2026-11-02 (repeatable; every declared input is required).")
  List<String> screeningInputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = ReportFormatConverter.class,
      description = "text (default), json, csv or html.")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--also",
      paramLabel = "FORMAT=FILE",
      description =
          "Also write the report in FORMAT to FILE, from the same screening (repeatable), e.g."
              + " --also html=report.html --also csv=rows.csv.")
  java.util.Map<String, Path> alsoWrite = new java.util.LinkedHashMap<>();

  @Option(
      names = "--patient-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "The longest one patient may take to screen; past it the patient is an ERROR row (default 60).")
  long patientTimeout;

  @Option(
      names = "--max-bundle-size",
      paramLabel = "MB",
      description =
          "The largest Bundle (file, NDJSON line, or one patient of a bulk export) read, in MB;"
              + " larger ones are ERROR rows. Default: heap / 36 (7 MB at -Xmx256m).")
  Long maxBundleSize;

  @Option(
      names = "--read-all",
      description =
          "Map every resource type Eligo reads, not only those the protocol's data requirements"
              + " name (eligo requirements); the others are otherwise passed over unparsed.")
  boolean readAll;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many patients are read and screened at once (default: the number of processors,"
              + " ${DEFAULT-VALUE}); the report keeps the input order either way.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--explain",
      description = "Text format: print every patient's explanation after the table.")
  boolean explainAll;

  @Option(
      names = "--explain-patient",
      paramLabel = "ID",
      description = "Text format: print this patient's explanation after the table (repeatable).")
  List<String> explainPatients = new ArrayList<>();

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "FHIR R4 input: files or directories.")
  List<Path> inputs;

  @Spec CommandSpec spec;

  private dev.eligo.runtime.Screening request;
  private ReadScope reads;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    checkPaths();
    if (patientTimeout <= 0 || maxBundleSize != null && maxBundleSize <= 0 || threads <= 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--patient-timeout, --max-bundle-size and --threads must be positive");
    }
    ProtocolEvaluator evaluator;
    try {
      evaluator = ProtocolLoader.load(protocol, err);
    } catch (EvaluatorLoadException e) {
      err.println("eligo: " + e.getMessage());
      err.flush();
      return ExitCodes.PROTOCOL_ERRORS;
    }
    // The evaluator names the resource types its records come from; the rest is passed over.
    try {
      reads = readAll ? ReadScope.everything() : ReadScope.of(evaluator.protocol());
    } catch (IllegalArgumentException e) {
      err.println("eligo: " + protocol + ": the evaluator's resource types: " + e.getMessage());
      err.flush();
      return ExitCodes.PROTOCOL_ERRORS;
    }
    dev.eligo.runtime.Screening request = dev.eligo.runtime.Screening.on(asOf);
    for (String input : screeningInputs) {
      try {
        request = request.withInput(input);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--input: " + e.getMessage());
      }
    }
    List<String> problems = request.problemsFor(evaluator.protocol());
    if (!problems.isEmpty()) {
      throw new ParameterException(spec.commandLine(), String.join("; ", problems));
    }
    this.request = request;
    AdditionalReports additional;
    try {
      additional = AdditionalReports.open(additionalFormats(), explained());
    } catch (AdditionalReports.CannotWrite e) {
      err.println("eligo: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    Summary summary;
    try (additional) {
      summary = screen(evaluator, output, additional, err);
    }
    if (summary == null) {
      return ExitCodes.USAGE;
    }
    additional.announce(err, summary);
    err.flush();
    return summary.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  /** Screens into the main report (standard output or {@code -o}) and the additional ones. */
  private Summary screen(
      ProtocolEvaluator evaluator, Path output, AdditionalReports additional, PrintWriter err)
      throws IOException {
    Summary summary;
    if (output == null) {
      summary = screen(evaluator, spec.commandLine().getOut(), additional, err);
    } else {
      Writer file;
      try {
        file = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(
            "eligo: cannot write the report to "
                + Paths.shown(output)
                + ": "
                + IoErrors.describe(e));
        err.flush();
        return null;
      }
      try (Writer out = file) {
        summary = screen(evaluator, out, additional, err);
      }
      err.println("eligo: wrote " + Paths.shown(output) + " (" + summary + ")");
    }
    return summary;
  }

  private Summary screen(
      ProtocolEvaluator evaluator, Writer out, AdditionalReports additional, PrintWriter err)
      throws IOException {
    ReadLimits limits =
        (maxBundleSize == null ? ReadLimits.forHeap() : new ReadLimits(maxBundleSize << 20))
            .reading(reads);
    return new Screening(evaluator, request, limits, Duration.ofSeconds(patientTimeout), threads)
        .run(inputs, additional.after(format.create(out, explained())), progress(err));
  }

  private Explained explained() {
    return new Explained(explainAll, Set.copyOf(explainPatients));
  }

  /** The formats of {@code --also}, each at most once and none the main report's. */
  private java.util.Map<ReportFormat, Path> additionalFormats() {
    java.util.Map<ReportFormat, Path> formats = new java.util.LinkedHashMap<>();
    ReportFormatConverter converter = new ReportFormatConverter();
    for (java.util.Map.Entry<String, Path> entry : alsoWrite.entrySet()) {
      ReportFormat also;
      try {
        also = converter.convert(entry.getKey());
      } catch (picocli.CommandLine.TypeConversionException e) {
        throw new ParameterException(spec.commandLine(), "--also: " + e.getMessage());
      }
      if (also == format || formats.containsKey(also)) {
        throw new ParameterException(
            spec.commandLine(),
            "--also: the " + entry.getKey() + " report is already written; give each format once");
      }
      formats.put(also, entry.getValue());
    }
    return formats;
  }

  /**
   * A mistyped input or output path is a mistake on the command line, said before the protocol is
   * compiled; a file that exists but cannot be read is an input error, reported in its row.
   */
  private void checkPaths() {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new ParameterException(spec.commandLine(), "no such file or directory: " + input);
      }
    }
    List<Path> reports = new ArrayList<>(alsoWrite.values());
    if (output != null) {
      reports.add(0, output);
    }
    for (Path report : reports) {
      Path directory = report.toAbsolutePath().getParent();
      if (directory != null && !Files.isDirectory(directory)) {
        throw new ParameterException(
            spec.commandLine(),
            "cannot write the report to " + report + ": no such directory " + directory);
      }
    }
  }

  private Progress progress(PrintWriter err) {
    if (!Terminal.stderrIsTerminal()) {
      return Progress.NONE;
    }
    long total = InputSize.estimate(inputs);
    return total > PROGRESS_THRESHOLD ? new ProgressBar(err, total) : Progress.NONE;
  }
}
