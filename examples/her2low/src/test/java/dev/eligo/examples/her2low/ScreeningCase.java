package dev.eligo.examples.her2low;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the screening table: a patient, the screening inputs, the verdict the data dictionary
 * gives, the top-level criteria that decide it and the outcomes of the criteria or parts the case
 * is about.
 *
 * @param deciding the ids {@code ScreeningResult.deciding()} must list, in the criteria file's
 *     order; for an eligible patient every top-level criterion
 */
record ScreeningCase(
    String name,
    SamplePatient patient,
    ScreeningInputs inputs,
    Verdict verdict,
    List<String> deciding,
    Map<String, CriterionOutcome> outcomes) {

  /** The top-level criteria of NCT06224673, in the criteria file's order. */
  static final List<String> TOP_LEVEL =
      List.of(
          "I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "I12", "I13", "I14",
          "I15", "I16", "I17", "I18", "I19", "I20", "I21", "I22", "I23", "I24", "E1", "E2", "E3",
          "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14");

  ScreeningCase {
    deciding = List.copyOf(deciding);
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  static ScreeningCase eligible(String name, SamplePatient patient) {
    return new ScreeningCase(
        name, patient, ScreeningInputs.COHORT_1, Verdict.ELIGIBLE, TOP_LEVEL, Map.of());
  }

  static ScreeningCase ineligible(String name, SamplePatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, ScreeningInputs.COHORT_1, Verdict.INELIGIBLE, List.of(deciding), Map.of());
  }

  static ScreeningCase needsReview(String name, SamplePatient patient, String... deciding) {
    return new ScreeningCase(
        name, patient, ScreeningInputs.COHORT_1, Verdict.NEEDS_REVIEW, List.of(deciding), Map.of());
  }

  /** This case, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  ScreeningCase where(String id, CriterionOutcome outcome) {
    Map<String, CriterionOutcome> more = new LinkedHashMap<>(outcomes);
    more.put(id, outcome);
    return new ScreeningCase(name, patient, inputs, verdict, deciding, more);
  }

  /** This case screened with other inputs. */
  ScreeningCase screenedWith(ScreeningInputs other) {
    return new ScreeningCase(name, patient, other, verdict, deciding, outcomes);
  }

  @Override
  public String toString() {
    return name;
  }
}
