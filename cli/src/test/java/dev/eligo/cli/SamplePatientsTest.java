package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample patients of examples/mcrpc/patients screened through the CLI's JSON output. Every
 * expectation was worked out by hand from examples/mcrpc/data-dictionary.md (see the table in
 * examples/mcrpc/patients/README.md), not copied from the evaluator.
 */
class SamplePatientsTest {
  private static Cli.Run run;
  private static JsonNode report;

  /** Patient id, expected verdict, the criteria expected to decide it. */
  static List<Arguments> expectations() {
    return List.of(
        Arguments.of("mcrpc-01", "ELIGIBLE", List.of()),
        Arguments.of("mcrpc-02", "ELIGIBLE", List.of()),
        Arguments.of("mcrpc-03", "ELIGIBLE", List.of()),
        Arguments.of("mcrpc-04", "ELIGIBLE", List.of()),
        Arguments.of("mcrpc-05", "ELIGIBLE", List.of()),
        Arguments.of("mcrpc-06", "INELIGIBLE", List.of("I5")),
        Arguments.of("mcrpc-07", "INELIGIBLE", List.of("E1")),
        Arguments.of("mcrpc-08", "INELIGIBLE", List.of("E2")),
        Arguments.of("mcrpc-09", "INELIGIBLE", List.of("E3")),
        Arguments.of("mcrpc-10", "INELIGIBLE", List.of("E4")),
        Arguments.of("mcrpc-11", "INELIGIBLE", List.of("I2")),
        Arguments.of("mcrpc-12", "INELIGIBLE", List.of("E9")),
        Arguments.of("mcrpc-13", "INELIGIBLE", List.of("E6")),
        Arguments.of("mcrpc-14", "INELIGIBLE", List.of("E5")),
        Arguments.of("mcrpc-15", "INELIGIBLE", List.of("E8")),
        Arguments.of("mcrpc-16", "INELIGIBLE", List.of("I4")),
        Arguments.of("mcrpc-17", "INELIGIBLE", List.of("E7")),
        Arguments.of("mcrpc-18", "NEEDS_REVIEW", List.of("I4")),
        Arguments.of("mcrpc-19", "NEEDS_REVIEW", List.of("I3")),
        Arguments.of("mcrpc-20", "NEEDS_REVIEW", List.of("E3")),
        Arguments.of("mcrpc-21", "NEEDS_REVIEW", List.of("I2")),
        Arguments.of("mcrpc-22", "NEEDS_REVIEW", List.of("E9")),
        Arguments.of("mcrpc-23", "NEEDS_REVIEW", List.of("I5")),
        Arguments.of("mcrpc-24", "NEEDS_REVIEW", List.of("E3")),
        Arguments.of("mcrpc-25", "NEEDS_REVIEW", List.of("E5")),
        Arguments.of("mcrpc-26", "INELIGIBLE", List.of("E10")),
        Arguments.of("mcrpc-27", "ELIGIBLE", List.of()));
  }

  @BeforeAll
  static void screenSamples() throws IOException {
    run = Cli.screen("json", Cli.PATIENTS);
    report = new ObjectMapper().readTree(run.out());
  }

  @Test
  void screen_samplePatients_exitsZeroWithEveryPatient() {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(report.get("protocol").asText()).isEqualTo("NCT07298239");
    assertThat(report.get("asOf").asText()).isEqualTo("2026-11-24");
    assertThat(patients().keySet()).hasSize(expectations().size());
    assertThat(report.at("/summary/ELIGIBLE").asInt()).isEqualTo(6);
    assertThat(report.at("/summary/INELIGIBLE").asInt()).isEqualTo(13);
    assertThat(report.at("/summary/NEEDS_REVIEW").asInt()).isEqualTo(8);
    assertThat(report.at("/summary/ERROR").asInt()).isZero();
  }

  @ParameterizedTest(name = "{0} is {1}, decided by {2}")
  @MethodSource("expectations")
  void screen_samplePatient_hasExpectedVerdictAndDecidingCriteria(
      String id, String verdict, List<String> deciding) {
    JsonNode patient = patients().get(id);
    assertThat(patient).as("patient %s in the report", id).isNotNull();
    assertThat(patient.get("verdict").asText()).isEqualTo(verdict);
    assertThat(decidingCriteria(patient)).isEqualTo(deciding);
    assertThat(patient.get("criteria")).hasSize(16);
    assertThat(patient.get("error").isNull()).isTrue();
    if (verdict.equals("NEEDS_REVIEW")) {
      assertThat(patient.get("missing")).isNotEmpty();
    } else {
      assertThat(patient.get("missing")).isEmpty();
    }
  }

  @Test
  void screen_needsReview_namesTheMissingDataAndItsWindow() {
    assertThat(texts(patients().get("mcrpc-18").get("missing")))
        .containsExactly("ECOG performance status in 2026-10-27..2026-11-24");
    assertThat(texts(patients().get("mcrpc-20").get("missing")))
        .containsExactly("platelet count in 2026-10-27..2026-11-24");
    assertThat(texts(patients().get("mcrpc-21").get("missing")))
        .containsExactly("serum testosterone in 2026-08-26..2026-11-24");
  }

  @Test
  void screen_criterion_carriesKindTextAndExplanation() {
    JsonNode i4 = criterion(patients().get("mcrpc-16"), "I4");
    assertThat(i4.get("kind").asText()).isEqualTo("inclusion");
    assertThat(i4.get("text").asText()).isEqualTo("ECOG performance status of 0-2;");
    assertThat(i4.get("result").asText()).isEqualTo("NOT_MET");
    assertThat(i4.get("explanation").asText())
        .startsWith("I4 NOT_MET")
        .contains("ECOG")
        .contains("3");
    JsonNode e3 = criterion(patients().get("mcrpc-09"), "E3");
    assertThat(e3.get("kind").asText()).isEqualTo("exclusion");
    assertThat(texts(e3.get("parts"), "id")).containsExactly("E3a", "E3b", "E3c", "E3d");
    assertThat(e3.get("parts").get(0).get("result").asText()).isEqualTo("MET");
  }

  @Test
  void screen_unconvertibleUnit_isUnknownWithTheReason() {
    JsonNode i2a = criterion(patients().get("mcrpc-21"), "I2").get("parts").get(0);
    assertThat(i2a.get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(i2a.get("explanation").asText()).contains("'ng/dL (RIA)' is not a UCUM unit");
  }

  private static Map<String, JsonNode> patients() {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    report.get("patients").forEach(p -> byId.put(p.get("id").asText(), p));
    return byId;
  }

  private static List<String> decidingCriteria(JsonNode patient) {
    List<String> ids = new ArrayList<>();
    String verdict = patient.get("verdict").asText();
    for (JsonNode c : patient.get("criteria")) {
      boolean inclusion = c.get("kind").asText().equals("inclusion");
      String result = c.get("result").asText();
      boolean decides =
          verdict.equals("NEEDS_REVIEW")
              ? result.equals("UNKNOWN")
              : verdict.equals("INELIGIBLE") && result.equals(inclusion ? "NOT_MET" : "MET");
      if (decides) {
        ids.add(c.get("id").asText());
      }
    }
    return ids;
  }

  private static JsonNode criterion(JsonNode patient, String id) {
    for (JsonNode c : patient.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.get(field).asText()));
    return texts;
  }
}
