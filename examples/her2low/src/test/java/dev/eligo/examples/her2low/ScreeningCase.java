package dev.eligo.examples.her2low;

import dev.eligo.examples.table.Expected;
import dev.eligo.runtime.result.CriterionOutcome;
import java.util.List;

/**
 * One row of the screening table: a patient, the screening inputs, and what the data dictionary
 * expects (the verdict, the top-level criteria that decide it and the outcomes the case is about).
 */
record ScreeningCase(
    String name, SamplePatient patient, ScreeningInputs inputs, Expected expected) {

  /** The top-level criteria of NCT06224673, in the criteria file's order. */
  static final List<String> TOP_LEVEL =
      List.of(
          "I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "I12", "I13", "I14",
          "I15", "I16", "I17", "I18", "I19", "I20", "I21", "I22", "I23", "I24", "E1", "E2", "E3",
          "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14");

  static ScreeningCase eligible(String name, SamplePatient patient) {
    return new ScreeningCase(name, patient, ScreeningInputs.COHORT_1, Expected.eligible(TOP_LEVEL));
  }

  static ScreeningCase ineligible(String name, SamplePatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, ScreeningInputs.COHORT_1, Expected.ineligible(deciding));
  }

  static ScreeningCase needsReview(String name, SamplePatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, ScreeningInputs.COHORT_1, Expected.needsReview(deciding));
  }

  /** This case, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  ScreeningCase where(String id, CriterionOutcome outcome) {
    return new ScreeningCase(name, patient, inputs, expected.where(id, outcome));
  }

  /** This case screened with other inputs. */
  ScreeningCase screenedWith(ScreeningInputs other) {
    return new ScreeningCase(name, patient, other, expected);
  }

  @Override
  public String toString() {
    return name;
  }
}
