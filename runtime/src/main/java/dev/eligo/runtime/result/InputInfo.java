package dev.eligo.runtime.result;

import java.util.Objects;

/**
 * A screening input the protocol declares besides the date: the cohort or arm a patient is screened
 * for, a registration date. Each screening must give every input; {@code unknown} is a value of
 * every kind, for an input not decided yet, and leaves the criteria that read it unknown.
 *
 * @param name the name in the criteria file and on the command line, e.g. {@code arm}
 * @param label what it is, e.g. {@code treatment arm}
 * @param kind what its value is
 * @param unit the UCUM unit of a quantity input; empty otherwise
 * @param codeSystem the URI of the code system of a code input; empty otherwise
 */
public record InputInfo(String name, String label, Kind kind, String unit, String codeSystem) {

  /** What an input's value is, and how it is written as text. */
  public enum Kind {
    /** An ISO date: {@code 2026-11-02}. */
    DATE,
    /** A number: {@code 3}, {@code 2.5}. */
    NUMBER,
    /** A number in the declared unit, the unit written or not: {@code 10}, {@code 10 mg}. */
    QUANTITY,
    /** A code of the declared code system: {@code B}. */
    CODE,
    /** {@code true} or {@code false}. */
    TRUTH
  }

  public InputInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    unit = unit == null ? "" : unit;
    codeSystem = codeSystem == null ? "" : codeSystem;
  }

  /** How the value is written, for messages: {@code a date such as 2026-11-02}. */
  public String expects() {
    switch (kind) {
      case DATE:
        return "a date such as 2026-11-02";
      case NUMBER:
        return "a number such as 2.5";
      case QUANTITY:
        return "a number of " + unit + " such as 10 or 10 " + unit;
      case CODE:
        return "a code of " + codeSystem;
      case TRUTH:
        return "true or false";
    }
    throw new AssertionError(kind);
  }

  /** The value that says the input is not decided yet. */
  public static final String UNKNOWN = "unknown";
}
