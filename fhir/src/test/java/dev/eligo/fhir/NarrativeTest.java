package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource's narrative ({@code text}) is XHTML for people to read; no mapping reads it, so the
 * Bundle reader passes over it: what is wrong inside it concerns no record. A {@code text} that is
 * not even an object is still named, like any value of the wrong JSON type.
 */
class NarrativeTest {
  private static final String CONDITION =
      "{\"resourceType\":\"Condition\",\"id\":\"c1\",%s"
          + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\"}]},"
          + "\"onsetDateTime\":\"2020-03-01\"}";

  @Test
  void damageInsideANarrative_concernsNoRecord() {
    String narrative =
        "\"text\":{\"status\":\"madeUp\",\"div\":\"<div><p>unclosed</div>\",\"extra\":[1]},";

    PatientRecord record = Fixtures.mapResources(String.format(CONDITION, narrative));

    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }

  @Test
  void damageInsideANarrative_inABulkExport_concernsNoRecord(@TempDir Path export)
      throws IOException {
    String narrative = "\"text\":{\"status\":\"generated\",\"div\":\"<div><p>unclosed</div>\"},";
    Files.writeString(
        export.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"pat-a\"," + narrative + "\"gender\":\"male\"}\n");
    Files.writeString(
        export.resolve("Condition.ndjson"),
        String.format(CONDITION, narrative + "\"subject\":{\"reference\":\"Patient/pat-a\"},")
            + "\n");

    List<PatientReadResult> read;
    try (PatientSource source = PatientSources.open(export)) {
      read = source.stream().collect(Collectors.toList());
    }

    PatientRecord record = ((MappedPatient) read.get(0)).record();
    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }

  @Test
  void aNarrativeThatIsNotAnObject_isNamed() {
    PatientRecord record =
        Fixtures.mapResources(String.format(CONDITION, "\"text\":\"diabetes\","));

    assertThat(Fixtures.problems(record))
        .singleElement()
        .asString()
        .contains("'text' was not read");
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }
}
