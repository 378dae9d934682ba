package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the screening table: a patient, the verdict the data dictionary gives for him, the
 * top-level criteria that decide it, and the outcomes of criteria or parts the case is about.
 *
 * @param deciding the ids {@code ScreeningResult.deciding()} must list, in the criteria file's
 *     order; for an eligible patient every top-level criterion
 */
record ScreeningCase(
    String name, PatientFixture patient, Verdict verdict, List<String> deciding,
    Map<String, CriterionOutcome> outcomes) {

  /** The top-level criteria of NCT07298239, in the criteria file's order. */
  static final List<String> TOP_LEVEL = List.of(
      "I1", "I2", "I3", "I4", "I5", "I6",
      "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10");

  ScreeningCase {
    deciding = List.copyOf(deciding);
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  static ScreeningCase eligible(String name, PatientFixture patient) {
    return new ScreeningCase(name, patient, Verdict.ELIGIBLE, TOP_LEVEL, Map.of());
  }

  static ScreeningCase ineligible(String name, PatientFixture patient, String... deciding) {
    return new ScreeningCase(name, patient, Verdict.INELIGIBLE, List.of(deciding), Map.of());
  }

  static ScreeningCase needsReview(String name, PatientFixture patient, String... deciding) {
    return new ScreeningCase(name, patient, Verdict.NEEDS_REVIEW, List.of(deciding), Map.of());
  }

  /** This case, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  ScreeningCase where(String id, CriterionOutcome outcome) {
    Map<String, CriterionOutcome> more = new LinkedHashMap<>(outcomes);
    more.put(id, outcome);
    return new ScreeningCase(name, patient, verdict, deciding, more);
  }

  /** The patient id: the case's name made safe for explanations. */
  String patientId() {
    String id = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return id.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name;
  }
}
