package dev.eligo.runtime.internal.quantity;

import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The values a reported number can be: one number, or the interval a FHIR comparator states ({@code
 * <20} is (−∞, 20)). A {@code null} bound is unbounded.
 */
record ValueRange(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {

  static ValueRange exactly(BigDecimal value) {
    return new ValueRange(value, true, value, true);
  }

  /** The values a number with FHIR's {@code Quantity.comparator} stands for, if it is one. */
  static Optional<ValueRange> stated(BigDecimal value, String comparator) {
    if (comparator == null || comparator.isEmpty()) {
      return Optional.of(exactly(value));
    }
    return switch (comparator) {
      case "<" -> Optional.of(new ValueRange(null, false, value, false));
      case "<=" -> Optional.of(new ValueRange(null, false, value, true));
      case ">" -> Optional.of(new ValueRange(value, false, null, false));
      case ">=" -> Optional.of(new ValueRange(value, true, null, false));
      default -> Optional.empty();
    };
  }

  /**
   * Whether {@code value op threshold} holds for every value in the range (TRUE), for none (FALSE),
   * or for some only (UNKNOWN).
   */
  TruthValue test(ComparisonOp op, BigDecimal threshold) {
    return switch (op) {
      case EQ -> equalTo(threshold);
      case NE -> not(equalTo(threshold));
      case LT -> within(new ValueRange(null, false, threshold, false));
      case LE -> within(new ValueRange(null, false, threshold, true));
      case GT -> within(new ValueRange(threshold, false, null, false));
      case GE -> within(new ValueRange(threshold, true, null, false));
    };
  }

  private TruthValue equalTo(BigDecimal threshold) {
    if (!contains(threshold)) {
      return TruthValue.FALSE;
    }
    return low != null && high != null && low.compareTo(high) == 0
        ? TruthValue.TRUE
        : TruthValue.UNKNOWN;
  }

  private boolean contains(BigDecimal x) {
    return isNotBelow(x) && isNotAbove(x);
  }

  private boolean isNotBelow(BigDecimal x) {
    if (low == null) {
      return true;
    }
    int c = x.compareTo(low);
    return c > 0 || (c == 0 && lowIncluded);
  }

  private boolean isNotAbove(BigDecimal x) {
    if (high == null) {
      return true;
    }
    int c = x.compareTo(high);
    return c < 0 || (c == 0 && highIncluded);
  }

  private TruthValue within(ValueRange allowed) {
    if (isInside(allowed)) {
      return TruthValue.TRUE;
    }
    return isApartFrom(allowed) ? TruthValue.FALSE : TruthValue.UNKNOWN;
  }

  private boolean isInside(ValueRange other) {
    boolean lowInside =
        other.low == null
            || (low != null
                && (low.compareTo(other.low) > 0
                    || (low.compareTo(other.low) == 0 && (other.lowIncluded || !lowIncluded))));
    boolean highInside =
        other.high == null
            || (high != null
                && (high.compareTo(other.high) < 0
                    || (high.compareTo(other.high) == 0 && (other.highIncluded || !highIncluded))));
    return lowInside && highInside;
  }

  private boolean isApartFrom(ValueRange other) {
    return endsBefore(this, other) || endsBefore(other, this);
  }

  private static boolean endsBefore(ValueRange first, ValueRange second) {
    if (first.high == null || second.low == null) {
      return false;
    }
    int c = first.high.compareTo(second.low);
    return c < 0 || (c == 0 && !(first.highIncluded && second.lowIncluded));
  }

  private static TruthValue not(TruthValue value) {
    return switch (value) {
      case TRUE -> TruthValue.FALSE;
      case FALSE -> TruthValue.TRUE;
      case UNKNOWN -> TruthValue.UNKNOWN;
    };
  }
}
