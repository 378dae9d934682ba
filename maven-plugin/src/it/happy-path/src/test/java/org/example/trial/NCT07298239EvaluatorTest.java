package org.example.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screens patients with the evaluator the plugin generated from src/main/eligo. */
class NCT07298239EvaluatorTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);
  private static final String LOINC = "http://loinc.org";

  private final NCT07298239Evaluator evaluator = new NCT07298239Evaluator();

  @Test
  void castrateMaleWithGoodLabs_isEligible() {
    PatientRecord patient = candidate("p1").add(lab("t1", "2986-8", "0.9", "nmol/L", 30)).build();

    ScreeningResult result = evaluator.screen(patient, SCREENING);

    assertEquals(Verdict.ELIGIBLE, result.verdict(), result.explain());
  }

  @Test
  void lowNeutrophils_isIneligible() {
    PatientRecord patient = candidate("p2")
        .add(lab("t1", "2986-8", "20", "ng/dL", 30))
        .add(lab("n2", "751-8", "1.1", "10*9/L", 3))
        .build();

    ScreeningResult result = evaluator.screen(patient, SCREENING);

    assertEquals(Verdict.INELIGIBLE, result.verdict(), result.explain());
  }

  @Test
  void noTestosteroneResult_needsReview() {
    PatientRecord patient = candidate("p3").build();

    ScreeningResult result = evaluator.screen(patient, SCREENING);

    assertEquals(Verdict.NEEDS_REVIEW, result.verdict(), result.explain());
  }

  // A 66-year-old man with ECOG 1 and a normal ANC, but no testosterone result yet.
  private static PatientRecord.Builder candidate(String id) {
    return PatientRecord.builder(id)
        .birthDate(LocalDate.of(1960, 3, 1))
        .sex(Sex.MALE)
        .add(observation("e1", "89247-1", new ObservationValue.IntegerValue(1), 10))
        .add(lab("n1", "751-8", "3.2", "10*9/L", 10));
  }

  private static Observation lab(String id, String loinc, String value, String unit, int daysBefore) {
    return observation(id, loinc, ObservationValue.QuantityValue.of(value, unit), daysBefore);
  }

  private static Observation observation(String id, String loinc, ObservationValue value, int daysBefore) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(Coding.of(LOINC, loinc)),
        ObservationStatus.FINAL,
        RecordDate.of(SCREENING.minusDays(daysBefore)),
        null,
        value,
        List.of());
  }
}
