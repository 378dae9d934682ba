package dev.eligo.cli;

import dev.eligo.authoring.examples.ExampleFiles;
import dev.eligo.authoring.examples.ExampleResult;
import dev.eligo.authoring.examples.ExampleSuite;
import dev.eligo.authoring.examples.OutcomeCoverage;
import dev.eligo.cli.load.CriteriaFiles;
import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.cli.load.IoErrors;
import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eligo test}: screens the example patients of criteria files and says which do not screen
 * as expected.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the example patients of criteria files: each FILE.eligo's FILE.examples.eligo"
          + " (an examples file may be given instead). Prints each failing example with the explanation"
          + " of the criteria involved, then the counts.",
      "",
      "--coverage prints, per criterion and part, how many examples make it met, not met and unknown.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eligo test trial.eligo",
      "  eligo test --coverage --require-full-coverage trial.eligo",
      "  eligo test --coverage-json coverage.json trial.eligo",
      "",
      "Exit codes: 0 every example passed, 1 a criteria or examples file has errors, 2 usage error,"
          + " 4 internal error, 5 some example failed (or coverage is not full with --require-full-coverage)."
    })
final class TestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Criteria files (.eligo) or their examples files (.examples.eligo).")
  List<Path> files;

  @Option(names = "--coverage", description = "Print the outcome coverage table after the results.")
  boolean coverage;

  @Option(
      names = "--coverage-json",
      paramLabel = "FILE",
      description = "Write the outcome coverage as JSON to FILE.")
  Path coverageJson;

  @Option(
      names = "--require-full-coverage",
      description =
          "Fail (exit 5) unless every criterion and part is met, not met and unknown in some example.")
  boolean requireFullCoverage;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Errors in files (1) outrank failures (5): a file with errors says nothing of its examples.
    int exit = ExitCodes.OK;
    StringBuilder json = new StringBuilder();
    for (Path file : files) {
      int one = run(file, out, err, json);
      exit = exit == ExitCodes.PROTOCOL_ERRORS || one == ExitCodes.OK ? exit : one;
    }
    if (coverageJson != null && json.length() > 0) {
      try {
        Files.writeString(
            coverageJson, files.size() == 1 ? json : "[\n" + json + "]\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(
            "eligo: cannot write " + Paths.shown(coverageJson) + ": " + IoErrors.describe(e));
        exit = exit == ExitCodes.OK ? ExitCodes.USAGE : exit;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  private int run(Path file, PrintWriter out, PrintWriter err, StringBuilder json) {
    Path criteriaPath = ExampleFiles.isExamplesFile(file) ? ExampleFiles.criteriaOf(file) : file;
    Path examplesPath = ExampleFiles.examplesOf(criteriaPath);
    SourceFile criteria;
    SourceFile examples;
    try {
      criteria = CriteriaFiles.read(criteriaPath);
      if (!Files.exists(examplesPath)) {
        err.println("eligo: " + criteriaPath + " has no examples: write them in " + examplesPath);
        return ExitCodes.PROTOCOL_ERRORS;
      }
      examples = CriteriaFiles.read(examplesPath);
    } catch (EvaluatorLoadException e) {
      err.println("eligo: " + e.getMessage());
      return ExitCodes.PROTOCOL_ERRORS;
    }
    ExampleSuite suite =
        ExampleSuite.compile(criteria, examples, examplesPath.toAbsolutePath().getParent());
    if (!suite.diagnostics().isEmpty()) {
      out.print(DiagnosticPrinter.print(suite.diagnostics()));
    }
    if (suite.hasErrors()) {
      return ExitCodes.PROTOCOL_ERRORS;
    }
    ProtocolEvaluator evaluator;
    try {
      // The criteria file's warnings were printed above; the loader's copy of them is dropped.
      evaluator = ProtocolLoader.load(criteriaPath, new PrintWriter(new StringWriter()));
    } catch (EvaluatorLoadException e) {
      err.println("eligo: " + e.getMessage());
      return ExitCodes.PROTOCOL_ERRORS;
    }
    List<ExampleResult> results = suite.run(evaluator);
    OutcomeCoverage outcomes = new OutcomeCoverage(evaluator.protocol());
    long failed = 0;
    for (ExampleResult result : results) {
      outcomes.add(result);
      if (!result.passed()) {
        failed++;
        out.print("FAILED " + result.failureReport() + "\n");
      }
    }
    out.println(
        examplesPath
            + ": "
            + results.size()
            + " examples, "
            + (results.size() - failed)
            + " passed, "
            + failed
            + " failed");
    if (coverage) {
      out.print("\n" + outcomes.table());
    }
    if (coverageJson != null) {
      json.append(outcomes.json());
    }
    boolean shortOfCoverage = requireFullCoverage && !outcomes.isFull();
    if (shortOfCoverage) {
      out.println("outcome coverage is not full: " + String.join(", ", outcomes.gaps()));
    }
    return failed > 0 || shortOfCoverage ? ExitCodes.EXAMPLES_FAILED : ExitCodes.OK;
  }
}
