package dev.eligo.spark;

import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.ReadScope;
import dev.eligo.runtime.Screening;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Screens a population on Spark with a generated evaluator: FHIR bulk exports and NDJSON files of
 * Bundles in, one row per patient out. The Java entry point; {@link ScreenJob} is the {@code
 * spark-submit} one.
 *
 * <pre>{@code
 * PopulationScreening screening = new PopulationScreening(spark,
 *     EvaluatorSource.onClassPath("org.example.trials.NCT07298239Evaluator"), LocalDate.parse("2026-11-24"));
 * ScreeningSummary summary = screening.screenTo(List.of("s3a://exports/2026-11/"), "s3a://screening/2026-11-24");
 * }</pre>
 */
public final class PopulationScreening {
  private final SparkSession spark;
  private final EvaluatorSource evaluator;
  private final Screening screening;

  /** Screens as of a date, for a protocol without other screening inputs. */
  public PopulationScreening(SparkSession spark, EvaluatorSource evaluator, LocalDate asOf) {
    this(spark, evaluator, Screening.on(Objects.requireNonNull(asOf, "asOf")));
  }

  /**
   * Screens with the protocol's screening inputs besides the date, the same for every patient;
   * refuses inputs the protocol does not accept, naming them, before anything runs.
   */
  public PopulationScreening(SparkSession spark, EvaluatorSource evaluator, Screening screening) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.screening = Objects.requireNonNull(screening, "screening");
    List<String> problems = screening.problemsFor(evaluator.evaluator().protocol());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    // The executors read only the resource types the evaluator names: refuse a bad name here.
    ReadScope.of(evaluator.evaluator().protocol());
  }

  /**
   * The screened patients, one row per patient or unreadable input ({@link OutputSchema#SCREENED}:
   * the criteria nested). Lists the inputs and runs the first, counting pass now; the screening
   * itself runs when the result is used.
   */
  public Dataset<Row> screen(List<String> inputs) throws IOException {
    InputPlan plan = InputPlan.of(inputs, spark.sparkContext().hadoopConfiguration());
    FirstPass.Result counted = FirstPass.run(spark, plan);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<FirstPass.Result> firstPass = context.broadcast(counted);
    Screener screener =
        new Screener(context.broadcast(evaluator), screening.date(), screening.inputs());

    List<Row> errors = new ArrayList<>();
    for (PatientReadError error : plan.errors()) {
      errors.add(Screener.error(error.source(), error.message(), error.source()));
    }
    Map<String, String> bundleNames = new HashMap<>();
    for (InputPlan.InputFile file : plan.bundleFiles()) {
      bundleNames.put(file.uri(), file.name());
      if (!counted.positions().hasLines(file.uri())) {
        errors.add(Screener.error(file.name(), "the file is empty (no Bundle lines)", file.uri()));
      }
    }
    Dataset<Row> screened = spark.createDataFrame(errors, OutputSchema.SCREENED);
    if (!plan.bundleFiles().isEmpty()) {
      screened =
          screened.union(
              TextLines.read(spark, plan.bundleFiles())
                  .mapPartitions(
                      new BundleLines(bundleNames, firstPass, screener),
                      Encoders.row(OutputSchema.SCREENED)));
    }
    if (!plan.exportFiles().isEmpty()) {
      Map<String, InputPlan.InputFile> files = new HashMap<>();
      plan.exportFiles().forEach(f -> files.put(f.uri(), f));
      Map<Integer, String> exportNames = new HashMap<>();
      plan.exports().forEach(e -> exportNames.put(e.number(), e.name()));
      screened =
          screened.union(
              ExportGrouping.screen(
                  TextLines.read(spark, plan.exportFiles()),
                  files,
                  exportNames,
                  firstPass,
                  screener));
    }
    return screened;
  }

  /**
   * Screens the inputs and writes the tables under {@code output} (which must not exist): {@code
   * patients}, {@code criteria}, {@code funnel} and {@code summary}, as Parquet.
   */
  public ScreeningSummary screenTo(List<String> inputs, String output) throws IOException {
    return ScreeningOutput.write(
        spark, screen(inputs), output, evaluator.evaluator().protocol(), screening.date());
  }
}
