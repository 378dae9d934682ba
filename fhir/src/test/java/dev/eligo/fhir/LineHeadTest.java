package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming head of a bulk-export line reads what a JSON tree of the same line says, and
 * refuses what the tree refuses with the same message (the rows of a damaged export must not change
 * because the index stopped building trees).
 */
class LineHeadTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"subject\":{\"reference\":\"Patient/p1\"}}",
        "{\"subject\":{\"display\":\"x\",\"reference\":\"Patient/p1\"},\"resourceType\":\"Condition\"}",
        "{\"resourceType\":\"AllergyIntolerance\",\"patient\":{\"reference\":\"Patient/p2\"}}",
        "{\"resourceType\":\"ResearchSubject\",\"individual\":{\"reference\":\"Patient/p3\"}}",
        "{\"resourceType\":\"Observation\",\"subject\":\"Patient/p1\"}",
        "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":{\"a\":1}}}",
        "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":null}}",
        "{\"resourceType\":\"Observation\",\"subject\":[{\"reference\":\"Patient/p1\"}]}",
        "{\"resourceType\":[\"Observation\"],\"id\":12}",
        "{\"resourceType\":true,\"id\":null}",
        "{\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"inner\"}],\"resourceType\":\"Medication\",\"id\":\"m1\"}",
        "[1,2,3]",
        "\"Patient\"",
        "42",
        "{}"
      })
  void readsWhatTheTreeSays(String line) throws Exception {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    JsonNode tree = FhirJson.readTree(bytes);

    LineHead head = LineHead.of(bytes);

    assertThat(head.type()).isEqualTo(tree.path("resourceType").asText(""));
    assertThat(head.id()).isEqualTo(tree.path("id").asText(""));
    for (String field : new String[] {"subject", "patient", "individual"}) {
      assertThat(head.referenceIn(field))
          .as(field)
          .isEqualTo(tree.path(field).path("reference").asText(""));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{\"resourceType\":\"Observation\",",
        "{\"resourceType\":\"Observation\",\"id\":\"a\",\"id\":\"b\"}",
        "{\"resourceType\":\"Observation\",\"note\":[{\"text\":\"cut",
        "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.5.2}}",
        "{resourceType:\"Observation\"}",
        "{\"a\":[1,2}"
      })
  void refusesWhatTheTreeRefuses_withTheSameMessage(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    String expected;
    try {
      FhirJson.readTree(bytes);
      throw new AssertionError("the tree read it: " + line);
    } catch (FhirJson.NotJsonException e) {
      expected = e.getMessage();
    }

    assertThatThrownBy(() -> LineHead.of(bytes))
        .isInstanceOf(FhirJson.NotJsonException.class)
        .hasMessage(expected);
  }

  /**
   * A line that holds more after its resource still shows whose it is, so that its loss is said on
   * that patient's row; read in full it is refused.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"resourceType\":\"Patient\",\"id\":\"p1\"} trailing",
        "{\"resourceType\":\"Patient\",\"id\":\"p1\"}{\"resourceType\":\"Patient\",\"id\":\"p2\"}"
      })
  void aLineWithMoreAfterItsResource_showsItsHead_butIsNotReadInFull(String line) throws Exception {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);

    LineHead head = LineHead.of(bytes);

    assertThat(head.type()).isEqualTo("Patient");
    assertThat(head.id()).isEqualTo("p1");
    assertThatThrownBy(() -> FhirJson.readTree(bytes))
        .isInstanceOf(FhirJson.NotJsonException.class)
        .hasMessageStartingWith("not valid JSON at column 3");
  }
}
