package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A protocol that reads no encounters has its readers pass encounters over, in Bundles and bulk
 * exports alike, and maps everything else as a full read does.
 */
class NarrowReadScopeTest {
  private static final ReadScope CONDITIONS_ONLY = ReadScope.of(List.of("Condition"));

  private static final String CONDITION =
      "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/p1\"},"
          + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"C61\"}]}}";
  private static final String DAMAGED_ENCOUNTER =
      "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"discharged\","
          + "\"subject\":{\"reference\":\"Patient/p1\"},\"class\":{\"code\":\"AMB\"}}";

  @Test
  void aBundle_readsOnlyTheScopesTypes() {
    byte[] bundle =
        Fixtures.bundle(
                List.of(
                    "{\"resourceType\":\"Patient\",\"id\":\"p1\"}", CONDITION, DAMAGED_ENCOUNTER))
            .getBytes(StandardCharsets.UTF_8);

    PatientRecord everything = mapped(BundleResults.fromJson("b.json", bundle));
    PatientRecord narrow = mapped(BundleResults.fromJson("b.json", bundle, CONDITIONS_ONLY));

    assertThat(everything.encounters()).hasSize(1);
    assertThat(Fixtures.problems(everything)).anyMatch(p -> p.startsWith("Encounter/e1"));
    assertThat(narrow.encounters()).isEmpty();
    assertThat(narrow.problems()).isEmpty();
    assertThat(narrow.conditions()).isEqualTo(everything.conditions());
  }

  @Test
  void aBulkExport_passesOverTheLinesOfOtherTypes(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
    Files.writeString(dir.resolve("Condition.ndjson"), CONDITION + "\n");
    Files.writeString(dir.resolve("Encounter.ndjson"), DAMAGED_ENCOUNTER + "\n");

    PatientRecord everything = readOne(dir, new ReadLimits(1 << 20));
    PatientRecord narrow = readOne(dir, new ReadLimits(1 << 20).reading(CONDITIONS_ONLY));

    assertThat(everything.encounters()).hasSize(1);
    assertThat(narrow.encounters()).isEmpty();
    assertThat(narrow.problems()).isEmpty();
    assertThat(narrow.conditions()).isEqualTo(everything.conditions());
  }

  private static PatientRecord readOne(Path export, ReadLimits limits) {
    List<PatientReadResult> results = new ArrayList<>();
    try (PatientSource source = PatientSources.open(export, limits)) {
      source.forEachRemaining(results::add);
    }
    assertThat(results).hasSize(1);
    return mapped(results.get(0));
  }

  private static PatientRecord mapped(PatientReadResult result) {
    assertThat(result).isInstanceOf(MappedPatient.class);
    return ((MappedPatient) result).record();
  }
}
