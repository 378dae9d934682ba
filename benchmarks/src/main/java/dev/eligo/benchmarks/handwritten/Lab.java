package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement the protocol reads: its codes, its unit and the units it accepts with their factors
 * into that unit (the data dictionary's list), and how its values compare with thresholds and with
 * the upper limit of normal that came with them.
 */
final class Lab {
  /** A comparison of a value with a threshold. */
  enum Op {
    LT,
    LE,
    GT,
    GE
  }

  final CodeSet codes;
  final String unit;
  private final Map<String, BigDecimal> factors = new HashMap<>();

  Lab(String unit, CodeSet codes) {
    this.unit = unit;
    this.codes = codes;
    factors.put(unit, BigDecimal.ONE);
  }

  /** Also accepts values in {@code other}: 1 other = factor unit. */
  Lab accepts(String other, String factor) {
    factors.put(other, new BigDecimal(factor));
    return this;
  }

  private boolean isCount() {
    return unit.equals("1");
  }

  /**
   * The factor from a value's unit into this lab's unit, or null when the unit is not one it
   * accepts.
   */
  private BigDecimal factor(String valueUnit) {
    if (valueUnit == null || valueUnit.isBlank()) {
      return isCount() ? BigDecimal.ONE : null;
    }
    return factors.get(valueUnit.trim());
  }

  /** The value of an observation in this lab's unit, or null when it is not one usable number. */
  BigDecimal valueOf(Observation o) {
    ObservationValue v = o.value();
    if (v instanceof ObservationValue.IntegerValue) {
      return isCount() ? BigDecimal.valueOf(((ObservationValue.IntegerValue) v).value()) : null;
    }
    if (!(v instanceof ObservationValue.QuantityValue)) {
      return null;
    }
    ObservationValue.QuantityValue q = (ObservationValue.QuantityValue) v;
    BigDecimal factor = factor(q.unit());
    return q.comparator() != null || factor == null ? null : q.value().multiply(factor);
  }

  /** The observation's value compared with a threshold in this lab's unit; unknown without one. */
  TruthValue compare(Observation o, Op op, BigDecimal threshold) {
    if (o == null) {
      return TruthValue.UNKNOWN;
    }
    ObservationValue v = o.value();
    if (v instanceof ObservationValue.IntegerValue) {
      return isCount()
          ? test(
              BigDecimal.valueOf(((ObservationValue.IntegerValue) v).value()), null, op, threshold)
          : TruthValue.UNKNOWN;
    }
    if (!(v instanceof ObservationValue.QuantityValue)) {
      return TruthValue.UNKNOWN;
    }
    ObservationValue.QuantityValue q = (ObservationValue.QuantityValue) v;
    BigDecimal factor = factor(q.unit());
    if (factor == null) {
      return TruthValue.UNKNOWN;
    }
    return test(q.value().multiply(factor), q.comparator(), op, threshold);
  }

  /**
   * Whether the value is at least {@code multiple} times the upper limit of normal of its normal
   * reference range; unknown without one, or with several different ones.
   */
  TruthValue atLeastTimesUln(Observation o, BigDecimal multiple) {
    if (o == null || !(o.value() instanceof ObservationValue.QuantityValue)) {
      return TruthValue.UNKNOWN;
    }
    ObservationValue.QuantityValue q = (ObservationValue.QuantityValue) o.value();
    BigDecimal high = null;
    String highUnit = null;
    List<ReferenceRange> ranges = o.referenceRanges();
    for (ReferenceRange range : ranges) {
      if (!range.isNormal() || range.high() == null) {
        continue;
      }
      String u =
          range.highUnit() == null || range.highUnit().isBlank() ? q.unit() : range.highUnit();
      if (high == null) {
        high = range.high();
        highUnit = u;
      } else if (!sameQuantity(high, highUnit, range.high(), u)) {
        return TruthValue.UNKNOWN;
      }
    }
    if (high == null) {
      return TruthValue.UNKNOWN;
    }
    BigDecimal limit = inUnit(high, highUnit, q.unit());
    if (limit == null) {
      return TruthValue.UNKNOWN;
    }
    return test(q.value(), q.comparator(), Op.GE, multiple.multiply(limit));
  }

  private boolean sameQuantity(BigDecimal a, String aUnit, BigDecimal b, String bUnit) {
    BigDecimal bInA = inUnit(b, bUnit, aUnit);
    return bInA != null && a.compareTo(bInA) == 0;
  }

  /**
   * {@code value} in unit {@code from} converted to unit {@code to}, or null when either is not
   * accepted.
   */
  private BigDecimal inUnit(BigDecimal value, String from, String to) {
    if (from != null && from.trim().equals(to == null ? null : to.trim())) {
      return value;
    }
    BigDecimal f = factor(from);
    BigDecimal t = factor(to);
    return f == null || t == null ? null : value.multiply(f).divide(t, MathContext.DECIMAL128);
  }

  /**
   * {@code value op threshold} for a value that may carry a FHIR comparator ({@code <20} is every
   * number below 20): true or false only when every number it stands for agrees.
   */
  static TruthValue test(BigDecimal value, String comparator, Op op, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    if (comparator == null) {
      switch (op) {
        case LT:
          return TruthValue.of(c < 0);
        case LE:
          return TruthValue.of(c <= 0);
        case GT:
          return TruthValue.of(c > 0);
        default:
          return TruthValue.of(c >= 0);
      }
    }
    boolean below = comparator.startsWith("<");
    boolean inclusive = comparator.endsWith("=");
    // Every number of the interval passes (TRUE), none does (FALSE), or some do (UNKNOWN).
    boolean all;
    boolean none;
    if (below) {
      all = op == Op.LT ? (inclusive ? c < 0 : c <= 0) : op == Op.LE && c <= 0;
      none = op == Op.GT ? c <= 0 : op == Op.GE && (inclusive ? c < 0 : c <= 0);
    } else {
      all = op == Op.GT ? (inclusive ? c > 0 : c >= 0) : op == Op.GE && c >= 0;
      none = op == Op.LT ? c >= 0 : op == Op.LE && (inclusive ? c > 0 : c >= 0);
    }
    return all ? TruthValue.TRUE : none ? TruthValue.FALSE : TruthValue.UNKNOWN;
  }
}
