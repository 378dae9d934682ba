package dev.eligo.examples.her2low;

import dev.eligo.runtime.Screening;
import java.time.LocalDate;

/**
 * What the person who screens gives besides the record: the screening date, the cohort and the
 * planned enrollment and first-dose dates.
 */
record ScreeningInputs(LocalDate date, String cohort, LocalDate enrollment, LocalDate firstDose) {
  /** S, the screening date of every case: a Monday. */
  static final LocalDate SCREENING_DATE = LocalDate.of(2026, 3, 16);

  static final LocalDate ENROLLMENT = LocalDate.of(2026, 3, 18);
  static final LocalDate FIRST_DOSE = LocalDate.of(2026, 3, 20);

  static final ScreeningInputs COHORT_1 =
      new ScreeningInputs(SCREENING_DATE, "1", ENROLLMENT, FIRST_DOSE);
  static final ScreeningInputs COHORT_2 =
      new ScreeningInputs(SCREENING_DATE, "2", ENROLLMENT, FIRST_DOSE);

  /** The same screening with the first dose planned on another day. */
  ScreeningInputs firstDoseOn(LocalDate day) {
    return new ScreeningInputs(date, cohort, enrollment, day);
  }

  /** These inputs as the evaluator takes them, named as the criteria file declares them. */
  Screening screening() {
    return Screening.on(date)
        .with("cohort", cohort)
        .with("enrollmentDate", enrollment)
        .with("firstDose", firstDose);
  }
}
