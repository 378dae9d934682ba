package dev.eligo.runtime.internal.quantity;

/**
 * The outcome of reading one unit text: its meaning when it is valid UCUM, else the problem.
 * Exactly one of {@code meaning} and {@code problem} is present.
 */
record UnitReading(String unit, UnitMeaning meaning, String problem) {

  boolean isValid() {
    return meaning != null;
  }

  boolean isSpecial() {
    return meaning != null && meaning.special() != null;
  }
}
