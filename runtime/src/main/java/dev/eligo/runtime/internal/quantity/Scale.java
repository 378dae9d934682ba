package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact positive ratio of two decimals, so that a chain of unit factors is multiplied without
 * rounding and divided once, at the end, with {@link MathContext#DECIMAL128}.
 */
record Scale(BigDecimal numerator, BigDecimal denominator) {

  static final Scale ONE = new Scale(BigDecimal.ONE, BigDecimal.ONE);

  Scale {
    if (numerator.signum() <= 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("a unit scale must be positive: " + numerator + "/" + denominator);
    }
  }

  static Scale of(BigDecimal value) {
    return new Scale(value, BigDecimal.ONE);
  }

  Scale times(Scale other) {
    return new Scale(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Scale inverse() {
    return new Scale(denominator, numerator);
  }

  Scale dividedBy(Scale other) {
    return times(other.inverse());
  }

  Scale pow(int exponent) {
    Scale base = exponent < 0 ? inverse() : this;
    int n = Math.abs(exponent);
    return new Scale(base.numerator.pow(n), base.denominator.pow(n));
  }

  /** {@code value × numerator / denominator}, exact when the quotient fits in 34 digits. */
  BigDecimal applyTo(BigDecimal value) {
    BigDecimal product = value.multiply(numerator);
    if (denominator.compareTo(BigDecimal.ONE) == 0) {
      return Decimals.normal(product);
    }
    return Decimals.normal(product.divide(denominator, MathContext.DECIMAL128));
  }
}
