package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.result.TruthValue;

/** Kleene's three-valued and, or, not and if, on plain {@link TruthValue}s. */
final class Tri {
  private Tri() {}

  static TruthValue and(TruthValue a, TruthValue b) {
    if (a == TruthValue.FALSE || b == TruthValue.FALSE) {
      return TruthValue.FALSE;
    }
    return a == TruthValue.UNKNOWN || b == TruthValue.UNKNOWN
        ? TruthValue.UNKNOWN
        : TruthValue.TRUE;
  }

  static TruthValue or(TruthValue a, TruthValue b) {
    if (a == TruthValue.TRUE || b == TruthValue.TRUE) {
      return TruthValue.TRUE;
    }
    return a == TruthValue.UNKNOWN || b == TruthValue.UNKNOWN
        ? TruthValue.UNKNOWN
        : TruthValue.FALSE;
  }

  static TruthValue not(TruthValue a) {
    return a == TruthValue.UNKNOWN ? a : TruthValue.of(a == TruthValue.FALSE);
  }

  /** The branch the condition picks; for an unknown condition, what both branches agree on. */
  static TruthValue choose(TruthValue condition, TruthValue then, TruthValue otherwise) {
    if (condition == TruthValue.TRUE) {
      return then;
    }
    if (condition == TruthValue.FALSE) {
      return otherwise;
    }
    return then == otherwise && then != TruthValue.UNKNOWN ? then : TruthValue.UNKNOWN;
  }
}
