package dev.eligo.runtime;

import dev.eligo.runtime.result.InputInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The value of one screening input read from its text ({@code 2026-11-02}, {@code 2.5}, {@code 10
 * mg}, {@code B}, {@code true}, or {@code unknown} for one not decided yet). The one reader of that
 * text: {@link Screening#problemsFor} checks a screening with it and the evaluation takes the value
 * from it, so the two cannot disagree.
 */
public final class ScreeningInput {
  // Longer is no number a person typed, and BigDecimal's parse of a huge exponent is slow.
  private static final int LONGEST_NUMBER = 40;

  private final InputInfo input;
  private final String text;
  // LocalDate, BigDecimal (a number, or the amount of a quantity), String (a code) or Boolean;
  // null when the input is not decided.
  private final Object value;

  private ScreeningInput(InputInfo input, String text, Object value) {
    this.input = input;
    this.text = text;
    this.value = value;
  }

  /**
   * Reads the text given for an input as a value of its kind.
   *
   * @throws IllegalArgumentException saying, with the input's name and the text, what the text is
   *     not and how to write it
   */
  public static ScreeningInput read(InputInfo input, String text) {
    Objects.requireNonNull(input, "input");
    String trimmed = Objects.requireNonNull(text, "text").trim();
    if (trimmed.equals(InputInfo.UNKNOWN)) {
      return new ScreeningInput(input, trimmed, null);
    }
    return new ScreeningInput(input, trimmed, valueOf(input, trimmed));
  }

  private static Object valueOf(InputInfo input, String text) {
    switch (input.kind()) {
      case DATE:
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          throw notA(input, text, "");
        }
      case NUMBER:
        return number(input, text, text);
      case QUANTITY:
        String[] parts = text.split("\\s+", 2);
        if (parts.length == 2 && !parts[1].equals(input.unit())) {
          throw notA(input, text, ", in " + parts[1]);
        }
        return number(input, parts[0], text);
      case CODE:
        if (text.isEmpty()) {
          throw notA(input, text, "");
        }
        return text;
      case TRUTH:
        if (text.equals("true") || text.equals("false")) {
          return Boolean.valueOf(text);
        }
        throw notA(input, text, "");
    }
    throw new AssertionError(input.kind());
  }

  private static BigDecimal number(InputInfo input, String number, String text) {
    if (!number.isEmpty() && number.length() <= LONGEST_NUMBER) {
      try {
        return new BigDecimal(number);
      } catch (NumberFormatException e) {
        // said below, with the whole text
      }
    }
    throw notA(input, text, "");
  }

  private static IllegalArgumentException notA(InputInfo input, String text, String why) {
    return new IllegalArgumentException(
        "the screening input '"
            + input.name()
            + "' is '"
            + text
            + "'"
            + why
            + ": give "
            + input.expects()
            + ", or "
            + InputInfo.UNKNOWN
            + " while it is not decided");
  }

  /** The input this is a value of. */
  public InputInfo input() {
    return input;
  }

  /** The text as given, trimmed. */
  public String text() {
    return text;
  }

  /** Whether the screening gave the input as {@code unknown}, not decided yet. */
  public boolean isUnknown() {
    return value == null;
  }

  /** The date of a date input. */
  public LocalDate date() {
    return as(LocalDate.class, InputInfo.Kind.DATE);
  }

  /** The number of a number input, or the amount (in the declared unit) of a quantity input. */
  public BigDecimal amount() {
    if (input.kind() != InputInfo.Kind.QUANTITY) {
      return as(BigDecimal.class, InputInfo.Kind.NUMBER);
    }
    return as(BigDecimal.class, InputInfo.Kind.QUANTITY);
  }

  /** The code of a code input, in the input's code system. */
  public String code() {
    return as(String.class, InputInfo.Kind.CODE);
  }

  /** The value of a true-or-false input. */
  public boolean truth() {
    return as(Boolean.class, InputInfo.Kind.TRUTH);
  }

  private <T> T as(Class<T> type, InputInfo.Kind kind) {
    if (input.kind() != kind) {
      throw new IllegalStateException(input.name() + " is a " + input.kind() + " input");
    }
    if (value == null) {
      throw new IllegalStateException(input.name() + " is not decided");
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    return input.name() + "=" + text;
  }
}
