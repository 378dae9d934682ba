package dev.eligo.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit entry point end to end: the protocol compiled on the driver and shipped to the
 * executors as class files, the four Parquet tables, the funnel's arithmetic, exit codes.
 */
class ScreenJobTest {
  @TempDir static Path dir;
  private static Path bundles;
  private static Path export;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void writeInputs() throws IOException {
    bundles = SampleInputs.writeBundles(dir.resolve("bundles"));
    export = SampleInputs.writeBulkExport(dir.resolve("export"));
  }

  @Test
  void compiledProtocol_bundlesAndExport_writeTablesThatAgree() {
    Path output = dir.resolve("out");

    Run run =
        run(
            "--protocol",
            SampleInputs.PROTOCOL.toString(),
            "--as-of=2026-11-24",
            "--output",
            output.toString(),
            bundles.toString(),
            export.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("54 patients: 12 eligible, 26 ineligible, 16 needs review, 0 errors");
    SparkSession spark = LocalSpark.session();
    Dataset<Row> patients = spark.read().parquet(output.resolve("patients").toString());
    Dataset<Row> criteria = spark.read().parquet(output.resolve("criteria").toString());
    List<Row> funnel =
        spark
            .read()
            .parquet(output.resolve("funnel").toString())
            .orderBy("ordinal")
            .collectAsList();
    Row summary = spark.read().parquet(output.resolve("summary").toString()).first();
    assertThat(patients.columns())
        .containsExactly(
            "patient_id", "source", "verdict", "deciding", "missing", "problems", "error");
    assertThat(criteria.columns())
        .containsExactly(
            "patient_id",
            "source",
            "ordinal",
            "criterion",
            "parent",
            "kind",
            "result",
            "missing",
            "explanation");
    assertThat(patients.count()).isEqualTo(54);
    assertThat(criteria.count()).isEqualTo(54 * 25);
    assertThat(Files.exists(output.resolve(ScreeningOutput.STAGING))).isFalse();
    assertThat(summary.<Long>getAs("ineligible")).isEqualTo(26L);
    assertThat(summary.getAs("as_of").toString()).isEqualTo("2026-11-24");

    assertThat(funnel).hasSize(16);
    long ruledOutFirst = funnel.stream().mapToLong(r -> r.<Long>getAs("ruled_out_first")).sum();
    assertThat(ruledOutFirst).isEqualTo(26);
    assertThat(funnel.get(15).<Long>getAs("remaining")).isEqualTo(28);
    List<Row> results = criteria.select("criterion", "result").collectAsList();
    for (Row step : funnel) {
      String rulesOut = step.<String>getAs("kind").equals("inclusion") ? "NOT_MET" : "MET";
      assertThat(step.<Long>getAs("ruled_out"))
          .isEqualTo(count(results, step.getAs("criterion"), rulesOut));
      assertThat(step.<Long>getAs("unknown"))
          .isEqualTo(count(results, step.getAs("criterion"), "UNKNOWN"));
    }
    Map<String, Long> review = new HashMap<>();
    funnel.forEach(r -> review.put(r.getAs("criterion"), r.getAs("unknown_needs_review")));
    assertThat(review).containsEntry("I4", 2L).containsEntry("E3", 4L).containsEntry("E9", 2L);
  }

  @Test
  void compiledProtocol_screensAsTheMavenBuiltEvaluator() throws IOException, ProtocolException {
    EvaluatorSource compiled =
        ProtocolCompilation.compile(
            SampleInputs.PROTOCOL.toString(),
            LocalSpark.session().sparkContext().hadoopConfiguration(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<String> inputs = List.of(bundles.toString());

    List<Outcome> fromCompiled =
        outcomes(
            new PopulationScreening(LocalSpark.session(), compiled, SampleInputs.AS_OF)
                .screen(inputs));
    List<Outcome> fromClassPath =
        outcomes(
            new PopulationScreening(
                    LocalSpark.session(),
                    EvaluatorSource.onClassPath(SampleInputs.EVALUATOR),
                    SampleInputs.AS_OF)
                .screen(inputs));

    assertThat(compiled.className()).isEqualTo("dev.eligo.screening.NCT07298239Evaluator");
    assertThat(fromCompiled).containsExactlyInAnyOrderElementsOf(fromClassPath);
  }

  @Test
  void missingInput_isAnErrorRow_exit3() {
    Run run =
        run(
            "--evaluator",
            SampleInputs.EVALUATOR,
            "--as-of",
            "2026-11-24",
            "--output",
            dir.resolve("out-missing").toString(),
            bundles.toString(),
            dir.resolve("nowhere.ndjson").toString());

    assertThat(run.exit()).isEqualTo(ScreenJob.INPUT_ERRORS);
    assertThat(run.out())
        .contains("28 patients: 6 eligible, 13 ineligible, 8 needs review, 1 error");
    List<Row> errors =
        LocalSpark.session()
            .read()
            .parquet(dir.resolve("out-missing/patients").toString())
            .where(col("verdict").equalTo("ERROR"))
            .collectAsList();
    assertThat(errors)
        .singleElement()
        .satisfies(
            row ->
                assertThat(row.<String>getAs("error"))
                    .isEqualTo("nowhere.ndjson: no such file or directory"));
  }

  /**
   * A protocol whose only criterion reads a screening input: a date laid next to the PSA values.
   */
  private static final String WITH_INPUT =
      String.join(
          "\n",
          "protocol NCT00000099",
          "  title \"A PSA before registration\"",
          "  version \"1\"",
          "codesystem LOINC = \"http://loinc.org\"",
          "input registration \"the date of registration\": date",
          "observation psa \"PSA\": LOINC {2857-1}",
          "  quantity 'ng/mL'",
          "inclusion I1 \"A PSA on or before registration.\" = exists (psa on or before registration)",
          "");

  @Test
  void screeningInput_reachesTheExecutors_andAMissingOneIsRefused_exit2() throws IOException {
    Path protocol = Files.writeString(dir.resolve("with-input.eligo"), WITH_INPUT);

    Run early =
        run(
            "--protocol",
            protocol.toString(),
            "--as-of",
            "2026-11-24",
            "--input",
            "registration=1990-01-01",
            "--output",
            dir.resolve("out-early").toString(),
            bundles.toString());
    Run late =
        run(
            "--protocol",
            protocol.toString(),
            "--as-of",
            "2026-11-24",
            "--input=registration=2026-11-24",
            "--output",
            dir.resolve("out-late").toString(),
            bundles.toString());
    Run missing =
        run(
            "--protocol",
            protocol.toString(),
            "--as-of",
            "2026-11-24",
            "--output",
            dir.resolve("out-missing-input").toString(),
            bundles.toString());

    assertThat(early.exit()).as(early.err()).isZero();
    assertThat(early.out())
        .contains("27 patients: 0 eligible, 27 ineligible, 0 needs review, 0 errors");
    assertThat(late.exit()).as(late.err()).isZero();
    assertThat(late.out()).containsPattern("27 patients: [1-9]\\d* eligible");
    assertThat(missing.exit()).isEqualTo(ScreenJob.USAGE);
    assertThat(missing.err())
        .contains("the screening input 'registration' (the date of registration) is missing");
    assertThat(dir.resolve("out-missing-input")).doesNotExist();
    assertThatThrownBy(
            () ->
                JobArguments.parse(
                    "--evaluator",
                    "C",
                    "--as-of",
                    "2026-11-24",
                    "--input",
                    "registration",
                    "--output",
                    "o",
                    "in"))
        .hasMessage(
            "--input: 'registration' is not NAME=VALUE, such as arm=B or registration=2026-11-02");
  }

  @Test
  void existingOutput_isRefused_exit2() throws IOException {
    Path output = Files.createDirectories(dir.resolve("taken"));

    Run run =
        run(
            "--evaluator",
            SampleInputs.EVALUATOR,
            "--as-of",
            "2026-11-24",
            "--output",
            output.toString(),
            bundles.toString());

    assertThat(run.exit()).isEqualTo(ScreenJob.USAGE);
    assertThat(run.err())
        .contains("taken exists; choose a new output directory (nothing was overwritten)");
  }

  @Test
  void protocolErrorsOrUnknownClass_exit1_nothingScreened() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.eligo"), "protocol X {\n");

    Run syntax =
        run(
            "--protocol",
            broken.toString(),
            "--as-of",
            "2026-11-24",
            "--output",
            dir.resolve("out-broken").toString(),
            bundles.toString());
    Run unknown =
        run(
            "--evaluator",
            "org.example.NoSuchEvaluator",
            "--as-of",
            "2026-11-24",
            "--output",
            dir.resolve("out-unknown").toString(),
            bundles.toString());

    assertThat(syntax.exit()).isEqualTo(ScreenJob.PROTOCOL_ERRORS);
    assertThat(syntax.err()).contains("broken.eligo:").contains("has errors; nothing was screened");
    assertThat(unknown.exit()).isEqualTo(ScreenJob.PROTOCOL_ERRORS);
    assertThat(unknown.err())
        .contains("no class org.example.NoSuchEvaluator on the job's class path");
    assertThat(dir.resolve("out-broken")).doesNotExist();
  }

  @Test
  void arguments_mistakesAreNamed() {
    assertThatThrownBy(() -> JobArguments.parse("--as-of", "2026-11-24", "--output", "o", "in"))
        .hasMessage("give either --protocol FILE or --evaluator CLASS");
    assertThatThrownBy(
            () ->
                JobArguments.parse(
                    "--evaluator", "C", "--as-of", "24/11/2026", "--output", "o", "in"))
        .hasMessage("--as-of '24/11/2026' is not a date as YYYY-MM-DD");
    assertThatThrownBy(
            () -> JobArguments.parse("--evaluator", "C", "--as-of", "2026-11-24", "--output", "o"))
        .hasMessage("no INPUT given");
    assertThatThrownBy(() -> JobArguments.parse("--evaluator", "C", "--format", "csv"))
        .hasMessage("unknown option --format");
    assertThat(
            JobArguments.parse("--evaluator=C", "--as-of=2026-11-24", "--output=o", "a", "b")
                .inputs())
        .containsExactly("a", "b");
  }

  @Test
  void arguments_screeningInputsAreReadAsTheCliReadsThem() {
    assertThat(
            JobArguments.parse(
                    "--evaluator=C",
                    "--as-of=2026-11-24",
                    "--input",
                    "registration=2026-11-02",
                    "--input=arm=B",
                    "--output=o",
                    "in")
                .screening()
                .inputs())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("registration", "2026-11-02", "arm", "B"));
    assertThatThrownBy(
            () ->
                JobArguments.parse(
                    "--evaluator=C",
                    "--as-of=2026-11-24",
                    "--input=arm=B",
                    "--input=arm=C",
                    "--output=o",
                    "in"))
        .hasMessage("--input: the screening input 'arm' is given twice: give it once");
  }

  private static long count(List<Row> results, String criterion, String result) {
    return results.stream()
        .filter(r -> r.getString(0).equals(criterion) && r.getString(1).equals(result))
        .count();
  }

  private static List<Outcome> outcomes(Dataset<Row> screened) {
    return screened.collectAsList().stream().map(Outcome::of).toList();
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        ScreenJob.run(
            JobArguments.parse(args),
            LocalSpark.session(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
