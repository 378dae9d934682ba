package dev.eligo.runtime.result;

/** What a criterion says of a patient: its condition holds, does not hold, or cannot be told. */
public enum CriterionOutcome {
  MET,
  NOT_MET,
  UNKNOWN;

  public static CriterionOutcome of(TruthValue value) {
    switch (value) {
      case TRUE:
        return MET;
      case FALSE:
        return NOT_MET;
      case UNKNOWN:
        return UNKNOWN;
    }
    throw new AssertionError(value);
  }
}
