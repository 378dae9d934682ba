package dev.eligo.runtime.result;

/** The screening decision for one patient. */
public enum Verdict {
  /** Every inclusion met and no exclusion met. */
  ELIGIBLE,
  /** Some inclusion not met or some exclusion met. */
  INELIGIBLE,
  /** Neither of the above can be told from the record: a screener must look. */
  NEEDS_REVIEW
}
