package dev.eligo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 27 sample patients screened on Spark ({@code local[2]}), as NDJSON of Bundles and as a bulk
 * export, give what the CLI's readers and the same evaluator give: verdict, deciding criteria,
 * missing data, problems, and every criterion's result and explanation.
 */
class SamplePatientsOnSparkTest {
  @TempDir static Path dir;
  private static Path bundles;
  private static Path export;

  @BeforeAll
  static void writeInputs() throws IOException {
    bundles = SampleInputs.writeBundles(dir.resolve("bundles"));
    export = SampleInputs.writeBulkExport(dir.resolve("export"));
  }

  @Test
  void bundlesNdjson_sameAsTheCliReadersAndEvaluator() throws IOException {
    List<Outcome> expected = Outcome.throughFhirReaders(bundles.resolve("part-0.ndjson"));
    expected.addAll(Outcome.throughFhirReaders(bundles.resolve("part-1.ndjson")));

    List<Outcome> actual = screen(bundles);

    assertThat(expected).hasSize(27);
    assertThat(bySource(actual)).isEqualTo(bySource(expected));
    assertThat(
            actual.stream().collect(Collectors.groupingBy(Outcome::verdict, Collectors.counting())))
        .isEqualTo(Map.of("ELIGIBLE", 6L, "INELIGIBLE", 13L, "NEEDS_REVIEW", 8L));
  }

  @Test
  void bulkExport_sameAsTheCliReadersAndEvaluator() throws IOException {
    List<Outcome> expected = Outcome.throughFhirReaders(export);

    List<Outcome> actual = screen(export);

    assertThat(expected).hasSize(27);
    assertThat(bySource(actual)).isEqualTo(bySource(expected));
  }

  @Test
  void bulkExport_screensEachPatientAsItsBundleDoes() throws IOException {
    Map<String, String> fromBundles =
        screen(bundles).stream().collect(Collectors.toMap(Outcome::patientId, Outcome::verdict));
    Map<String, String> fromExport =
        screen(export).stream().collect(Collectors.toMap(Outcome::patientId, Outcome::verdict));

    assertThat(fromExport).isEqualTo(fromBundles);
  }

  private static List<Outcome> screen(Path input) throws IOException {
    PopulationScreening screening =
        new PopulationScreening(
            LocalSpark.session(),
            EvaluatorSource.onClassPath(SampleInputs.EVALUATOR),
            SampleInputs.AS_OF);
    List<Row> rows = screening.screen(List.of(input.toString())).collectAsList();
    return rows.stream().map(Outcome::of).sorted(Comparator.comparing(Outcome::source)).toList();
  }

  private static Map<String, Outcome> bySource(List<Outcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(Outcome::source, Function.identity()));
  }
}
