package dev.eligo.cli;

import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.cli.report.ReportFormat;
import dev.eligo.cli.screen.InputSize;
import dev.eligo.cli.screen.Progress;
import dev.eligo.cli.screen.ProgressBar;
import dev.eligo.cli.screen.Screening;
import dev.eligo.cli.screen.Summary;
import dev.eligo.fhir.ReadLimits;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eligo screen}: compiles a protocol in memory and screens FHIR R4 patients against it. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {"Screens every patient of the FHIR R4 inputs against a protocol, as of a date.",
        "INPUT is a Bundle JSON file, a directory of them, an NDJSON file of Bundles or a bulk-export"
            + " directory (Patient.ndjson, Observation.ndjson, ...)."})
final class ScreenCommand implements Callable<Integer> {
  /** Inputs estimated to hold more patients than this get a progress bar on a terminal. */
  static final long PROGRESS_THRESHOLD = 200;

  @Option(names = "--protocol", required = true, paramLabel = "FILE", description = "The criteria file (.eligo).")
  Path protocol;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
      description = "The screening date: windows such as \"within 28 days\" end on it.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormatConverter.class,
      description = "text (default), json, csv or html.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--patient-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "The longest one patient may take to screen; past it the patient is an ERROR row (default 60).")
  long patientTimeout;

  @Option(names = "--max-bundle-size", paramLabel = "MB",
      description = "The largest Bundle (file, NDJSON line, or one patient of a bulk export) read, in MB;"
          + " larger ones are ERROR rows. Default: heap / 36 (7 MB at -Xmx256m).")
  Long maxBundleSize;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "FHIR R4 input: files or directories.")
  List<Path> inputs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (patientTimeout <= 0 || maxBundleSize != null && maxBundleSize <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--patient-timeout and --max-bundle-size must be positive");
    }
    ProtocolEvaluator evaluator;
    try {
      evaluator = ProtocolLoader.load(protocol, err);
    } catch (EvaluatorLoadException e) {
      err.println("eligo: " + e.getMessage());
      err.flush();
      return ExitCodes.PROTOCOL_ERRORS;
    }
    Summary summary;
    if (output == null) {
      summary = screen(evaluator, spec.commandLine().getOut(), err);
    } else {
      Writer file;
      try {
        file = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("eligo: cannot write the report to " + Paths.shown(output) + " (" + e.getClass().getSimpleName() + ")");
        err.flush();
        return ExitCodes.USAGE;
      }
      try (Writer out = file) {
        summary = screen(evaluator, out, err);
      }
      err.println("eligo: wrote " + Paths.shown(output) + " (" + summary + ")");
    }
    err.flush();
    return summary.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }

  private Summary screen(ProtocolEvaluator evaluator, Writer out, PrintWriter err) throws IOException {
    ReadLimits limits = maxBundleSize == null ? ReadLimits.forHeap() : new ReadLimits(maxBundleSize << 20);
    return new Screening(evaluator, asOf, limits, Duration.ofSeconds(patientTimeout))
        .run(inputs, format.create(out), progress(err));
  }

  private Progress progress(PrintWriter err) {
    if (!Terminal.stderrIsTerminal()) {
      return Progress.NONE;
    }
    long total = InputSize.estimate(inputs);
    return total > PROGRESS_THRESHOLD ? new ProgressBar(err, total) : Progress.NONE;
  }
}
