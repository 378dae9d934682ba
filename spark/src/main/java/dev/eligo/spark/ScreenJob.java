package dev.eligo.spark;

import dev.eligo.runtime.Screening;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: screens the inputs against a protocol as of a date and
 * writes the Parquet tables (docs/spark.md). Exit codes are the CLI's: 0 done, 1 protocol errors, 2
 * usage errors (also: the output exists), 3 some inputs could not be read (ERROR rows), 4 internal
 * error.
 */
public final class ScreenJob {
  static final int OK = 0;
  static final int PROTOCOL_ERRORS = 1;
  static final int USAGE = 2;
  static final int INPUT_ERRORS = 3;
  static final int INTERNAL_ERROR = 4;

  private ScreenJob() {}

  public static void main(String[] args) {
    JobArguments arguments;
    try {
      arguments = JobArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("eligo-spark: " + e.getMessage());
      System.err.println(JobArguments.USAGE);
      System.exit(USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("eligo screen").getOrCreate();
    int exit;
    try {
      exit = run(arguments, spark, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /** Runs a parsed command line on a session; returns the exit code. */
  static int run(JobArguments arguments, SparkSession spark, PrintStream out, PrintStream err) {
    EvaluatorSource evaluator;
    try {
      evaluator =
          arguments.protocol() != null
              ? ProtocolCompilation.compile(
                  arguments.protocol(), spark.sparkContext().hadoopConfiguration(), err)
              : EvaluatorSource.onClassPath(arguments.evaluatorClass());
      evaluator.evaluator(); // loaded on the driver first, so that a wrong class fails here, once
    } catch (ProtocolException | IllegalStateException e) {
      err.println("eligo-spark: " + e.getMessage());
      return PROTOCOL_ERRORS;
    }
    Screening screening = arguments.screening();
    List<String> problems = screening.problemsFor(evaluator.evaluator().protocol());
    if (!problems.isEmpty()) {
      problems.forEach(problem -> err.println("eligo-spark: " + problem));
      return USAGE;
    }
    ScreeningSummary summary;
    try {
      summary =
          new PopulationScreening(spark, evaluator, screening)
              .screenTo(arguments.inputs(), arguments.output());
    } catch (ScreeningOutput.OutputExistsException e) {
      err.println("eligo-spark: " + e.getMessage());
      return USAGE;
    } catch (IOException e) {
      err.println("eligo-spark: the inputs or the output cannot be reached (" + e + ")");
      return INTERNAL_ERROR;
    }
    out.println(
        summary.protocol().id()
            + " (version "
            + summary.protocol().version()
            + "), screened as of "
            + summary.asOf());
    out.println(summary.counts());
    out.println();
    out.print(summary.funnelTable());
    out.println();
    out.println("wrote " + arguments.output() + "/{patients,criteria,funnel,summary}");
    out.flush();
    return summary.errors() > 0 ? INPUT_ERRORS : OK;
  }
}
