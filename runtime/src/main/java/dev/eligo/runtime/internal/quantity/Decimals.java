package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal helpers shared by conversion and display: normal form and rounding for display. */
final class Decimals {

  private static final int DISPLAY_DIGITS = 5;

  private Decimals() {}

  /** The value without trailing zeros, and zero as plain {@code 0}. */
  static BigDecimal normal(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /**
   * Plain text (never scientific notation) of {@code value} rounded to {@code digits} significant
   * digits.
   */
  static String rounded(BigDecimal value, int digits) {
    return normal(value.round(new MathContext(digits, RoundingMode.HALF_EVEN))).toPlainString();
  }

  /**
   * A converted number for display: rounded to 5 significant digits, or to more when that is needed
   * to tell it apart from {@code shownNextTo}, the number it is compared with.
   */
  static String forDisplay(BigDecimal exact, BigDecimal shownNextTo) {
    int digits = DISPLAY_DIGITS;
    String text = rounded(exact, digits);
    while (digits < MathContext.DECIMAL128.getPrecision()
        && new BigDecimal(text).compareTo(shownNextTo) == 0
        && exact.compareTo(shownNextTo) != 0) {
      digits++;
      text = rounded(exact, digits);
    }
    return text;
  }
}
