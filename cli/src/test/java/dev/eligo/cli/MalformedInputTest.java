package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is broken in the ways hospital exports are: every bad file gets an ERROR row naming it
 * and the problem, or its patient an unknown result with the reason; no stack trace, and every good
 * patient is still screened.
 */
class MalformedInputTest {
  private static final String PATIENT =
      "{\"resourceType\": \"Patient\", \"id\": \"%s\", \"gender\": \"male\", \"birthDate\": \"1956-03-09\"}";

  @TempDir Path dir;

  @BeforeEach
  void writeInputs() throws IOException {
    write("a-not-json.json", "MSH|^~\\&|LAB|HOSPITAL|||20261124||ORU^R01|1|P|2.5\n");
    write("b-empty.json", "");
    write(
        "c-no-patient.json",
        bundle(
            observation(
                "\"valueQuantity\": {\"value\": 7.1, \"unit\": \"ng/mL\","
                    + " \"system\": \"http://unitsofmeasure.org\", \"code\": \"ng/mL\"}",
                "2857-1")));
    write(
        "d-wrong-type.json",
        bundle(
            String.format(PATIENT, "wrong-type"),
            observation(
                "\"valueQuantity\": {\"value\": \"low\", \"unit\": \"ng/dL\","
                    + " \"system\": \"http://unitsofmeasure.org\", \"code\": \"ng/dL\"}",
                "2986-8")));
    write(
        "e-unknown-unit.json",
        bundle(
            String.format(PATIENT, "unknown-unit"),
            observation(
                "\"valueQuantity\": {\"value\": 0.4, \"unit\": \"ng/dl (ECLIA)\"}", "2986-8")));
    Files.copy(Cli.PATIENTS.resolve("mcrpc-01.json"), dir.resolve("f-good.json"));
  }

  @Test
  void screen_malformedInputs_giveErrorRowsAndScreenTheRest() throws IOException {
    Cli.Run run = Cli.screen("json", dir, Cli.MALFORMED);
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertNoStackTrace(run);

    Map<String, JsonNode> bySource = new HashMap<>();
    new ObjectMapper()
        .readTree(run.out())
        .get("patients")
        .forEach(p -> bySource.put(p.get("source").asText(), p));
    assertThat(bySource).hasSize(7);

    assertError(bySource, "a-not-json.json", "not valid JSON");
    assertError(bySource, "b-empty.json", "the file is empty (0 bytes)");
    assertError(bySource, "c-no-patient.json", "the Bundle has no Patient resource");
    assertError(
        bySource,
        "mcrpc-90-truncated.json",
        "not valid JSON at line 97, column 32: Unexpected end-of-input inside a string");

    // Both small patients have no prostate cancer on record, so I2 is not met whatever the rest
    // says.
    JsonNode wrongType = bySource.get("d-wrong-type.json");
    assertThat(wrongType.get("verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(wrongType.get("problems").toString())
        .contains("Observation/t1: valueQuantity.value is a string");

    JsonNode unknownUnit = bySource.get("e-unknown-unit.json");
    assertThat(unknownUnit.get("verdict").asText()).isEqualTo("INELIGIBLE");
    JsonNode testosterone = criterion(unknownUnit, "I2").get("parts").get(0);
    assertThat(testosterone.get("id").asText()).isEqualTo("I2a");
    assertThat(testosterone.get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(testosterone.get("explanation").asText())
        .contains("'ng/dl (ECLIA)' is not a UCUM unit");

    assertThat(bySource.get("f-good.json").get("verdict").asText()).isEqualTo("ELIGIBLE");
  }

  @Test
  void screen_malformedInputs_textAndCsvNameTheFileAndProblem() {
    Cli.Run text = Cli.screen("text", dir);
    assertNoStackTrace(text);
    assertThat(text.out())
        .containsPattern("b-empty\\.json +ERROR +b-empty\\.json: the file is empty \\(0 bytes\\)")
        .containsPattern(
            "c-no-patient\\.json +ERROR +c-no-patient\\.json: the Bundle has no Patient resource");
    Cli.Run csv = Cli.screen("csv", dir);
    assertNoStackTrace(csv);
    assertThat(csv.out())
        .contains("\r\n,b-empty.json,ERROR,,,,,,b-empty.json: the file is empty (0 bytes)\r\n");
  }

  @Test
  void screen_missingInputPath_isAUsageError() {
    Cli.Run run = Cli.screen("text", dir.resolve("no-such-folder"));
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no such file or directory: " + dir.resolve("no-such-folder"));
    assertNoStackTrace(run);
  }

  private static void assertError(Map<String, JsonNode> bySource, String source, String reason) {
    JsonNode row = bySource.get(source);
    assertThat(row).as(source).isNotNull();
    assertThat(row.get("verdict").asText()).isEqualTo("ERROR");
    assertThat(row.get("id").isNull()).isTrue();
    assertThat(row.get("criteria")).isEmpty();
    assertThat(row.get("error").asText()).startsWith(source + ": ").contains(reason);
  }

  private static void assertNoStackTrace(Cli.Run run) {
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static JsonNode criterion(JsonNode patient, String id) {
    for (JsonNode c : patient.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError(id);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String bundle(String... resources) {
    StringBuilder entries = new StringBuilder();
    for (String resource : resources) {
      entries
          .append(entries.length() == 0 ? "" : ",\n")
          .append("{\"resource\": ")
          .append(resource)
          .append('}');
    }
    return "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [\n"
        + entries
        + "]}";
  }

  private static String observation(String value, String loinc) {
    return "{\"resourceType\": \"Observation\", \"id\": \"t1\", \"status\": \"final\", \"code\": {\"coding\": "
        + "[{\"system\": \"http://loinc.org\", \"code\": \""
        + loinc
        + "\"}]}, \"effectiveDateTime\": \"2026-11-10\", "
        + value
        + "}";
  }
}
