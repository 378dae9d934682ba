package dev.eligo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable lines and files become ERROR rows worded as the CLI words them, and every other
 * patient is still screened, in NDJSON of Bundles and in bulk exports alike.
 */
class MalformedInputOnSparkTest {
  @TempDir Path dir;

  @Test
  void bundles_badLinesAndEmptyFile_areErrorRows_everyOtherPatientScreened() throws IOException {
    List<String> samples = SampleInputs.bundleLines();
    Path bundles = Files.createDirectories(dir.resolve("bundles"));
    String truncated = samples.get(2).substring(0, samples.get(2).length() / 2);
    Files.writeString(
        bundles.resolve("mixed.ndjson"),
        String.join(
                "\n",
                samples.get(0),
                "this is not JSON",
                samples.get(1),
                "{\"resourceType\":\"Patient\",\"id\":\"p\"}",
                truncated,
                "",
                "  \t",
                "[]",
                "{\"resourceType\":\"Bundle\",\"entry\":[]}",
                samples.get(3) + "\r",
                "{\"a\":1,\"a\":2}")
            + "\n");
    Files.write(
        bundles.resolve("binary.ndjson"), new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'});
    Files.writeString(bundles.resolve("empty.ndjson"), "");
    List<Outcome> expected = new ArrayList<>();
    for (String file : List.of("binary.ndjson", "empty.ndjson", "mixed.ndjson")) {
      expected.addAll(Outcome.throughFhirReaders(bundles.resolve(file)));
    }

    List<Outcome> actual = screen(bundles);

    assertThat(bySource(actual)).isEqualTo(bySource(expected));
    assertThat(actual)
        .filteredOn(o -> o.error() == null)
        .extracting(Outcome::patientId)
        .containsExactlyInAnyOrder("mcrpc-01", "mcrpc-02", "mcrpc-04");
    assertThat(actual)
        .filteredOn(o -> o.error() != null)
        .extracting(Outcome::error)
        .contains(
            "mixed.ndjson:2: not valid JSON at column 1: Unrecognized token 'this': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "mixed.ndjson:4: not a Bundle: resourceType is 'Patient'",
            "empty.ndjson: the file is empty (no Bundle lines)");
  }

  @Test
  void bulkExport_badLinesOrphansAndDuplicates_areErrorRows_everyOtherPatientScreened()
      throws IOException {
    Path export = SampleInputs.writeBulkExport(dir.resolve("export"));
    append(
        export.resolve("Observation.ndjson"),
        "not JSON at all",
        "{\"resourceType\":\"Observation\",\"id\":\"o-group\",\"status\":\"final\",\"subject\":{\"reference\":\"Group/g1\"}}",
        "{\"resourceType\":\"Observation\",\"id\":\"o-none\",\"status\":\"final\"}",
        "{\"resourceType\":\"Observation\",\"id\":\"o-ghost\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/ghost\"}}",
        "{\"resourceType\":\"Observation\",\"id\":\"o-bad\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/mcrpc-05\"},"
            + "\"effectiveDateTime\":\"2026-13-45\",\"valueQuantity\":{\"value\":\"many\"}}",
        "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"subject\":{\"reference\":\"Patient/mcrpc-05\"}}");
    append(
        export.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\"",
        "{\"resourceType\":\"Patient\"}\r",
        "{\"resourceType\":\"Observation\",\"id\":\"x\"}",
        Files.readAllLines(export.resolve("Patient.ndjson")).get(0));
    List<Outcome> expected = Outcome.throughFhirReaders(export);

    List<Outcome> actual = screen(export);

    assertThat(bySource(actual)).isEqualTo(bySource(expected));
    assertThat(actual).filteredOn(o -> o.error() == null).hasSize(27);
    assertThat(actual)
        .filteredOn(o -> o.error() != null)
        .extracting(Outcome::error)
        .contains(
            "export: 1 resource(s) refer to Patient/ghost, which is in no Patient file; they were skipped",
            "Observation.ndjson:"
                + (lines(export, "Observation.ndjson") - 4)
                + ": Observation.subject 'Group/g1' is not a Patient reference; the resource belongs to no patient and was skipped");
    assertThat(actual)
        .filteredOn(o -> "mcrpc-05".equals(o.patientId()))
        .singleElement()
        .satisfies(o -> assertThat(o.problems()).isNotEmpty());
  }

  private static void append(Path file, String... lines) throws IOException {
    Files.writeString(
        file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static long lines(Path export, String file) throws IOException {
    return Files.readAllLines(export.resolve(file)).size();
  }

  /**
   * Executors read only the resource types the evaluator names: a damaged Specimen (the mCRPC
   * protocol reads none) concerns no record, while a damaged Observation is still said.
   */
  @Test
  void bundles_aDamagedResourceOfATypeTheProtocolDoesNotRead_isNotReported() throws IOException {
    String sample = SampleInputs.bundleLines().get(0);
    String specimen =
        "{\"resource\":{\"resourceType\":\"Specimen\",\"id\":\"s1\",\"status\":\"bogus\","
            + "\"subject\":{\"reference\":\"Patient/mcrpc-01\"}}}";
    String observation =
        "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o-bad\",\"status\":\"bogus\","
            + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
            + "\"subject\":{\"reference\":\"Patient/mcrpc-01\"}}}";
    String line =
        sample.replaceFirst(
            "\"entry\"\\s*:\\s*\\[", "\"entry\":[" + specimen + "," + observation + ",");
    Path bundles = Files.createDirectories(dir.resolve("narrowed"));
    Files.writeString(bundles.resolve("one.ndjson"), line + "\n");

    List<Outcome> actual = screen(bundles);

    assertThat(actual).isEqualTo(Outcome.throughFhirReaders(bundles.resolve("one.ndjson")));
    assertThat(actual.get(0).problems())
        .anySatisfy(p -> assertThat(p).startsWith("Observation/o-bad"))
        .noneSatisfy(p -> assertThat(p).startsWith("Specimen/s1"));
  }

  private static List<Outcome> screen(Path input) throws IOException {
    return new PopulationScreening(
            LocalSpark.session(),
            EvaluatorSource.onClassPath(SampleInputs.EVALUATOR),
            SampleInputs.AS_OF)
        .screen(List.of(input.toString())).collectAsList().stream().map(Outcome::of).toList();
  }

  private static Map<String, Outcome> bySource(List<Outcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(Outcome::source, Function.identity()));
  }
}
