package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data damaged the ways hospital exports damage it, each from a FHIR file shaped like a case seen
 * in the field: none may change a verdict without the patient's own row saying why. Each test
 * states the verdict the undamaged patient gets, then what the damaged one gets and says.
 */
class DamagedDataTest {
  @TempDir Path dir;

  @Test
  void bulkExport_unreadableConditionLine_isOnItsPatientsRowAndNeedsReview() throws IOException {
    Path export = Files.createDirectory(dir.resolve("export"));
    Map<String, StringBuilder> files = bulk(SampleBundle.of("mcrpc-08"));
    writeBulk(export, files);
    assertThat(row(screen(export), "mcrpc-08").get("verdict").asText()).isEqualTo("INELIGIBLE");

    // A bad byte in the lung cancer's line: not UTF-8, so not JSON, but its subject can still be
    // seen.
    byte[] conditions = files.get("Condition").toString().getBytes(StandardCharsets.UTF_8);
    String text = new String(conditions, StandardCharsets.ISO_8859_1);
    int bad = text.indexOf("Malignant neoplasm of bronchus");
    if (bad < 0) {
      bad = text.indexOf("C34.1");
    }
    conditions[bad] = (byte) 0xFF;
    Files.write(export.resolve("Condition.ndjson"), conditions);

    JsonNode report = screen(export);
    JsonNode patient = row(report, "mcrpc-08");
    assertThat(patient.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(patient, "E2")).isEqualTo("UNKNOWN");
    assertThat(patient.get("problems").toString())
        .contains("Condition.ndjson at byte")
        .contains("not valid JSON")
        .contains("it names Patient/mcrpc-08");
    assertThat(report.at("/summary/ERROR").asInt())
        .as("the line is the patient's, not an error row of its own")
        .isZero();
  }

  @Test
  void duplicateMedicationIds_withDifferentContent_areUnknownNotFirstWins() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    sample.add(
        SampleBundle.parse(
            "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://www.whocc.no/atc\",\"code\":\"A02BC01\",\"display\":\"omeprazole\"}]}}"));
    sample.add(
        SampleBundle.parse(
            "{\"resourceType\":\"MedicationAdministration\",\"id\":\"ma1\",\"status\":\"completed\","
                + "\"medicationReference\":{\"reference\":\"Medication/m1\"},\"subject\":{\"reference\":\"Patient/mcrpc-01\"},"
                + "\"effectiveDateTime\":\"2024-02-01\"}"));
    assertThat(verdict(sample, "before.json")).isEqualTo("ELIGIBLE");

    // A merged export brings a second Medication/m1: sipuleucel-T, a cell therapy.
    sample.add(
        SampleBundle.parse(
            "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://www.whocc.no/atc\",\"code\":\"L03AX17\",\"display\":\"sipuleucel-T\"}]}}"));
    JsonNode patient = screenOne(sample, "after.json");
    assertThat(patient.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(patient, "E1")).isEqualTo("UNKNOWN");
    assertThat(patient.get("problems").toString())
        .contains("Medication/m1 appears 2 times with different content")
        .contains("medicationReference 'Medication/m1' names 2 different resources");
  }

  @Test
  void duplicateObservationIds_withDifferentValues_areBothUnknown_andIdenticalCopiesAreReadOnce()
      throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    ObjectNode copy = sample.observation("89247-1").deepCopy();
    sample.add(copy);
    JsonNode same = screenOne(sample, "same.json");
    assertThat(same.get("verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(same.get("problems").toString())
        .contains("appears 2 times with the same content; it was read once");

    copy.put("valueInteger", 3); // the same ECOG id now says 3: which is right cannot be told
    JsonNode differ = screenOne(sample, "differ.json");
    assertThat(differ.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(differ, "I4")).isEqualTo("UNKNOWN");
    assertThat(differ.get("problems").toString())
        .contains("appears 2 times with different content");
  }

  @Test
  void observationWithoutCode_isAnUnknownMeasurementNotIgnored() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-24");
    // An earlier normal ALT with its range: were the latest ALT (58 U/L, no range) dropped, this
    // would decide.
    ObjectNode older = sample.observation("1742-6").deepCopy();
    older.put("id", "alt-older").put("effectiveDateTime", "2026-11-02");
    older
        .putObject("valueQuantity")
        .put("value", 30)
        .put("unit", "U/L")
        .put("system", "http://unitsofmeasure.org")
        .put("code", "U/L");
    older
        .putArray("referenceRange")
        .addObject()
        .putObject("high")
        .put("value", 40)
        .put("unit", "U/L");
    sample.add(older);
    assertThat(verdict(sample, "before.json")).isEqualTo("NEEDS_REVIEW");

    sample.observation("1742-6").remove("code");
    JsonNode patient = screenOne(sample, "after.json");
    assertThat(patient.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(patient, "E3")).isEqualTo("UNKNOWN");
    assertThat(patient.get("problems").toString())
        .contains("code is missing (Observation.code is required)");
  }

  @Test
  void placeholderOnsetDate_isUnknownNotAfterScreening() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-08");
    assertThat(verdict(sample, "before.json")).isEqualTo("INELIGIBLE");

    sample.condition("C34.1").put("onsetDateTime", "9999-12-31");
    JsonNode patient = screenOne(sample, "after.json");
    assertThat(patient.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(patient, "E2")).isEqualTo("UNKNOWN");
    assertThat(patient.get("problems").toString())
        .contains("onsetDateTime 9999-12-31: a date after 2200 is a placeholder");
  }

  @Test
  void dateTimeInBirthDate_isSaidAndAgeStaysDecided() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    ObjectNode patient = sample.resource("Patient", r -> true);
    patient.put("birthDate", patient.get("birthDate").asText() + "T00:00:00Z");
    JsonNode row = screenOne(sample, "birth.json");
    assertThat(row.get("verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(row.get("problems").toString())
        .contains("is a date and time, but a birth date is a date");
  }

  @Test
  void wrongJsonTypes_areNotCoerced() throws IOException {
    SampleBundle inr = SampleBundle.of("mcrpc-01");
    assertThat(verdict(inr, "before.json")).isEqualTo("ELIGIBLE");
    // "code": 1.5 was read as the UCUM unit 1.5 (= 5), so a normal INR of 1.02 excluded the
    // patient.
    ((ObjectNode) inr.observation("6301-6").get("valueQuantity")).put("code", 1.5);
    JsonNode row = screenOne(inr, "inr.json");
    assertThat(row.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(row, "E3")).isEqualTo("UNKNOWN");
    assertThat(row.get("problems").toString())
        .contains("valueQuantity.code is a number (1.5), but FHIR's code is a string");

    SampleBundle ecog = SampleBundle.of("mcrpc-01");
    ((ObjectNode) ecog.observation("89247-1").get("code").get("coding").get(0)).put("code", true);
    JsonNode coded = screenOne(ecog, "ecog.json");
    assertThat(coded.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(coded, "I4")).isEqualTo("UNKNOWN");
    assertThat(coded.get("problems").toString())
        .contains("code.coding[0].code is a boolean (true)");
  }

  @Test
  void quantityWhoseUnitAndCodeDisagree_isUnusable() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    // 18 written as ng/dL (castrate) but coded ng/mL (1800 ng/dL): which is meant cannot be told.
    ((ObjectNode) sample.observation("2986-8").get("valueQuantity")).put("code", "ng/mL");
    JsonNode row = screenOne(sample, "units.json");
    assertThat(row.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(row, "I2")).isEqualTo("UNKNOWN");
    assertThat(row.get("problems").toString())
        .contains("its unit 'ng/dL' and its code 'ng/mL' disagree");
  }

  @Test
  void implausibleValues_areUnknownWithTheReason() throws IOException {
    SampleBundle platelets = SampleBundle.of("mcrpc-01");
    ((ObjectNode) platelets.observation("777-3").get("valueQuantity")).put("value", -50);
    JsonNode negative = screenOne(platelets, "platelets.json");
    assertThat(negative.get("verdict").asText())
        .as("-50 < 100 excluded the patient")
        .isEqualTo("NEEDS_REVIEW");
    assertThat(result(negative, "E3")).isEqualTo("UNKNOWN");
    assertThat(negative.get("problems").toString())
        .contains("platelet count: the value -50 10*9/L is below 0 /L");

    SampleBundle testosterone = SampleBundle.of("mcrpc-01");
    ((ObjectNode) testosterone.observation("2986-8").get("valueQuantity"))
        .put("value", new java.math.BigDecimal("1e39"));
    JsonNode huge = screenOne(testosterone, "testosterone.json");
    assertThat(huge.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(huge, "I2")).isEqualTo("UNKNOWN");
    assertThat(huge.get("problems").toString())
        .contains(
            "serum testosterone: the value 1000000000000000000000000000000000000000 ng/dL is above 2000 g/L,"
                + " the most a mass concentration can be");
  }

  @Test
  void unitWithAHugeExponent_isRejectedAtOnce() {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    ((ObjectNode) sample.observation("777-3").get("valueQuantity"))
        .put("code", "10*-99999999/L")
        .put("unit", "10*-99999999/L");
    JsonNode row =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> screenOne(sample, "exponent.json"));
    assertThat(row.get("verdict").asText()).isEqualTo("NEEDS_REVIEW");
    assertThat(result(row, "E3")).isEqualTo("UNKNOWN");
    assertThat(row.get("problems").toString())
        .contains("the exponent -99999999 of '10*' is beyond 30");
  }

  @Test
  void bundleTooLargeForTheRun_isAnErrorRowAndTheOthersAreScreened() throws IOException {
    Files.copy(Cli.PATIENTS.resolve("mcrpc-01.json"), dir.resolve("a.json"));
    SampleBundle big = SampleBundle.of("mcrpc-03");
    ObjectNode observation = big.observation("777-3");
    for (int i = 0; i < 6000; i++) {
      big.add(observation.deepCopy().put("id", "copy-" + i));
    }
    big.write(dir, "b-big.json");
    Files.copy(Cli.PATIENTS.resolve("mcrpc-06.json"), dir.resolve("c.json"));

    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "json",
            "--max-bundle-size",
            "1",
            dir.toString());
    JsonNode report = SampleBundle.JSON.readTree(run.out());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(report.at("/summary/patients").asInt()).isEqualTo(3);
    assertThat(report.at("/patients/1/error").asText())
        .startsWith("b-big.json: the patient's data is ")
        .contains("more than the 1.0 MB one patient may take");
    assertThat(report.at("/patients/0/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(report.at("/patients/2/verdict").asText()).isEqualTo("INELIGIBLE");
  }

  @Test
  void controlCharactersInIds_areEscapedInTextAndCsv() throws IOException {
    SampleBundle sample = SampleBundle.of("mcrpc-01");
    sample.resource("Patient", r -> true).put("id", "mcrpc\u001b[2J-01\r");
    Path file = sample.write(dir, "escape.json");
    Cli.Run text = Cli.screen("text", file);
    assertThat(text.out())
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .contains("mcrpc\\x1B[2J-01\\r");
    Cli.Run csv = Cli.screen("csv", file);
    assertThat(csv.out().replace("\r\n", "\n"))
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .contains("mcrpc\\x1B[2J-01\\r");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String verdict(SampleBundle sample, String name) throws IOException {
    return screenOne(sample, name).get("verdict").asText();
  }

  private JsonNode screenOne(SampleBundle sample, String name) throws IOException {
    Path file = sample.write(dir, name);
    JsonNode report = screen(file);
    assertThat(report.get("patients")).hasSize(1);
    return report.get("patients").get(0);
  }

  private static JsonNode screen(Path input) throws IOException {
    Cli.Run run = Cli.screen("json", input);
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return SampleBundle.JSON.readTree(run.out());
  }

  private static JsonNode row(JsonNode report, String id) {
    for (JsonNode p : report.get("patients")) {
      if (id.equals(p.get("id").asText())) {
        return p;
      }
    }
    throw new AssertionError("no row for " + id + " in " + report);
  }

  private static String result(JsonNode patient, String criterion) {
    for (JsonNode c : patient.get("criteria")) {
      if (c.get("id").asText().equals(criterion)) {
        return c.get("result").asText();
      }
    }
    throw new AssertionError("no criterion " + criterion);
  }

  /** The Bundle's resources as a bulk export: one minified line per resource, one file per type. */
  static Map<String, StringBuilder> bulk(SampleBundle sample) throws IOException {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (JsonNode entry : sample.entries()) {
      JsonNode resource = entry.get("resource");
      files
          .computeIfAbsent(resource.get("resourceType").asText(), t -> new StringBuilder())
          .append(SampleBundle.JSON.writeValueAsString(resource))
          .append('\n');
    }
    return files;
  }

  private static void writeBulk(Path export, Map<String, StringBuilder> files) throws IOException {
    for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
      Files.writeString(
          export.resolve(file.getKey() + ".ndjson"), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
