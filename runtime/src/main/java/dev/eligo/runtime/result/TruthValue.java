package dev.eligo.runtime.result;

/** The three values of Kleene's logic, as a screener reads them. */
public enum TruthValue {
  TRUE,
  FALSE,
  UNKNOWN;

  public static TruthValue of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
