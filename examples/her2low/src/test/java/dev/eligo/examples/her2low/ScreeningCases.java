package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.SamplePatient.baseline;
import static dev.eligo.examples.her2low.ScreeningCase.eligible;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;

import java.util.ArrayList;
import java.util.List;

/** The screening table of NCT06224673: the baseline, then the inclusion and exclusion rows. */
final class ScreeningCases {
  private ScreeningCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.add(
        eligible(
                "baseline: HR+/HER2-low, bone metastases, three lines, every criterion met",
                baseline())
            .where("I5a", MET)
            .where("I5b", NOT_MET)
            .where("I8a", MET)
            .where("I8b", MET)
            .where("I8c", MET)
            .where("E3a", NOT_MET)
            .where("E3b", NOT_MET)
            .where("E6a", NOT_MET)
            .where("E6b", NOT_MET)
            .where("E6c", NOT_MET)
            .where("E6d", NOT_MET)
            .where("E8a", NOT_MET)
            .where("E8b", NOT_MET));
    all.addAll(InclusionCases.all());
    all.addAll(ExclusionCases.all());
    return all;
  }
}
