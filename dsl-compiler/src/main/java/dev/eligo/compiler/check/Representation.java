package dev.eligo.compiler.check;

/**
 * How generated Java holds the value of a checked expression. The checker records one for every
 * expression; the generator chooses what to emit from it, never from guesses about the type.
 */
public enum Representation {
  /** Three-valued truth with its explanation: {@code Truth}. */
  TRUTH,
  /**
   * One value that may be unknown: {@code Value<T>}, including a single list ({@code
   * Value<Items<T>>}).
   */
  VALUE,
  /** A list with three-valued membership: {@code Items<T>}. */
  LIST,
  /** A duration written in the file: a {@code CalendarDuration} constant. */
  CALENDAR_DURATION,
  /** {@code 2.5 x ULN}: a {@code BigDecimal}, only ever the right side of a comparison. */
  ULN_MULTIPLE,
  /** The patient's sex: only ever the subject of {@code sex is male}; no Java value. */
  SEX
}
