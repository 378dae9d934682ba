package dev.eligo.examples.nephropathy;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the screening table: a patient, the planned first day of treatment, the verdict the
 * README's readings give, the top-level criteria that decide it, and the outcomes of criteria or
 * parts the case is about.
 *
 * @param deciding the ids {@code ScreeningResult.deciding()} must list, in the criteria file's
 *     order; for an eligible patient every top-level criterion
 */
record ScreeningCase(
    String name,
    FhirPatient patient,
    LocalDate treatmentStart,
    Verdict verdict,
    List<String> deciding,
    Map<String, CriterionOutcome> outcomes) {

  /** The top-level criteria of NCT00977977, in the criteria file's order. */
  static final List<String> TOP_LEVEL =
      List.of(
          "I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "E1", "E2", "E3",
          "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14");

  ScreeningCase {
    deciding = List.copyOf(deciding);
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  static ScreeningCase eligible(String name, FhirPatient patient) {
    return new ScreeningCase(
        name, patient, Baseline.TREATMENT_START, Verdict.ELIGIBLE, TOP_LEVEL, Map.of());
  }

  static ScreeningCase ineligible(String name, FhirPatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, Baseline.TREATMENT_START, Verdict.INELIGIBLE, List.of(deciding), Map.of());
  }

  static ScreeningCase needsReview(String name, FhirPatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, Baseline.TREATMENT_START, Verdict.NEEDS_REVIEW, List.of(deciding), Map.of());
  }

  /** This case, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  ScreeningCase where(String id, CriterionOutcome outcome) {
    Map<String, CriterionOutcome> more = new LinkedHashMap<>(outcomes);
    more.put(id, outcome);
    return new ScreeningCase(name, patient, treatmentStart, verdict, deciding, more);
  }

  /** This case with rituximab and cyclosporine planned for another day. */
  ScreeningCase startingOn(LocalDate day) {
    return new ScreeningCase(name, patient, day, verdict, deciding, outcomes);
  }

  /** The patient id: the case's name made safe for a FHIR id (at most 64 characters). */
  String patientId() {
    String id =
        name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    return id.length() <= 64 ? id : id.substring(0, 64).replaceAll("-$", "");
  }

  @Override
  public String toString() {
    return name;
  }
}
