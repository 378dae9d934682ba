package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screens patients with the evaluator generated from src/main/eligo/.../NCT00000000.eligo. */
class NCT00000000EvaluatorTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);

  private final NCT00000000Evaluator evaluator = new NCT00000000Evaluator();

  @Test
  void fhirBundle_adultWithRecentHemoglobin_isEligible() throws Exception {
    try (PatientSource patients = PatientSources.open(Path.of("src/test/resources/patients/patient-001.json"))) {
      PatientReadResult read = patients.next();
      if (read instanceof PatientReadError) {
        fail(((PatientReadError) read).source() + ": " + ((PatientReadError) read).message());
      }
      ScreeningResult result = evaluator.screen(((MappedPatient) read).record(), SCREENING);
      assertEquals(Verdict.ELIGIBLE, result.verdict(), result.explain());
    }
  }

  @Test
  void handBuiltRecord_lowHemoglobin_isIneligible() {
    PatientRecord patient = PatientRecord.builder("p-2")
        .birthDate(LocalDate.of(1958, 6, 15))
        .sex(Sex.FEMALE)
        .add(new Observation(
            RecordRef.of("Observation", "hb-2"),
            List.of(Coding.of("http://loinc.org", "718-7")),
            ObservationStatus.FINAL,
            RecordDate.of(SCREENING.minusDays(5)),
            null,
            ObservationValue.QuantityValue.of("8.1", "g/dL"),
            List.of()))
        .build();

    ScreeningResult result = evaluator.screen(patient, SCREENING);

    assertEquals(Verdict.INELIGIBLE, result.verdict(), result.explain());
  }

  @Test
  void noHemoglobinResult_needsReview() {
    PatientRecord patient = PatientRecord.builder("p-3").birthDate(LocalDate.of(1970, 1, 1)).build();

    ScreeningResult result = evaluator.screen(patient, SCREENING);

    assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), result.explain());
  }
}
