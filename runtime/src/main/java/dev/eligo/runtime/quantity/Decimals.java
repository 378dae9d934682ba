package dev.eligo.runtime.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal helpers shared by conversion and display: normal form and rounding for display. */
final class Decimals {

  private Decimals() {}

  /** The value without trailing zeros, and zero as plain {@code 0}. */
  static BigDecimal normal(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** Plain text (never scientific notation) of {@code value} rounded to {@code digits} significant digits. */
  static String rounded(BigDecimal value, int digits) {
    return normal(value.round(new MathContext(digits, RoundingMode.HALF_EVEN))).toPlainString();
  }
}
