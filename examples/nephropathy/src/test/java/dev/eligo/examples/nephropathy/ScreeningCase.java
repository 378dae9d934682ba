package dev.eligo.examples.nephropathy;

import dev.eligo.examples.table.Expected;
import dev.eligo.runtime.result.CriterionOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One row of the screening table: a patient, the planned first day of treatment, and what the
 * README's readings expect (the verdict, the top-level criteria that decide it, and the outcomes of
 * criteria or parts the case is about).
 */
record ScreeningCase(
    String name, FhirPatient patient, LocalDate treatmentStart, Expected expected) {

  /** The top-level criteria of NCT00977977, in the criteria file's order. */
  static final List<String> TOP_LEVEL =
      List.of(
          "I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "E1", "E2", "E3",
          "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14");

  static ScreeningCase eligible(String name, FhirPatient patient) {
    return new ScreeningCase(name, patient, Baseline.TREATMENT_START, Expected.eligible(TOP_LEVEL));
  }

  static ScreeningCase ineligible(String name, FhirPatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, Baseline.TREATMENT_START, Expected.ineligible(deciding));
  }

  static ScreeningCase needsReview(String name, FhirPatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, Baseline.TREATMENT_START, Expected.needsReview(deciding));
  }

  /** This case, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  ScreeningCase where(String id, CriterionOutcome outcome) {
    return new ScreeningCase(name, patient, treatmentStart, expected.where(id, outcome));
  }

  /** This case with rituximab and cyclosporine planned for another day. */
  ScreeningCase startingOn(LocalDate day) {
    return new ScreeningCase(name, patient, day, expected);
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
