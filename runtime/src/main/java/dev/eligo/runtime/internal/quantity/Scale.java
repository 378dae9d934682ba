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
      throw new IllegalArgumentException(
          "a unit scale must be positive: " + numerator + "/" + denominator);
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

  /**
   * The scale as one decimal when it has a finite expansion (the denominator's prime factors are 2
   * and 5 only, as between units that differ by powers of ten), else {@code null}.
   */
  BigDecimal finiteFactor() {
    if (numerator.compareTo(denominator) == 0) {
      return BigDecimal.ONE;
    }
    try {
      return numerator.divide(denominator);
    } catch (ArithmeticException e) {
      return null; // no finite expansion (1 / 288.42): divide at each conversion
    }
  }

  /**
   * As {@link #applyTo(BigDecimal)}, given this scale's {@link #finiteFactor()}: one multiplication
   * when its product fits in 34 digits, the same number the division gives.
   */
  BigDecimal applyTo(BigDecimal value, BigDecimal finiteFactor) {
    if (finiteFactor != null) {
      BigDecimal product =
          finiteFactor.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(finiteFactor);
      if (product.precision() <= MathContext.DECIMAL128.getPrecision()) {
        return Decimals.normal(product);
      }
    }
    return applyTo(value);
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
