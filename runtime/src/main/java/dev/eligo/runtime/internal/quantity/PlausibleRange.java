package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a measurement can plausibly take, bounds included, in one UCUM unit: a value outside
 * is bad data (a typing slip, a sentinel, a wrong unit), not a finding, and is not compared.
 *
 * @param low the lowest plausible value, or {@code null} for no lower bound
 * @param high the highest plausible value, or {@code null} for no upper bound
 * @param unit the unit of both bounds
 * @param about what the range is for, e.g. {@code any mass concentration}, for messages
 */
public record PlausibleRange(BigDecimal low, BigDecimal high, String unit, String about) {

  public PlausibleRange {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(about, "about");
    if (low == null && high == null) {
      throw new IllegalArgumentException("a plausible range needs a lower or an upper bound");
    }
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          "the plausible range "
              + low.toPlainString()
              + ".."
              + high.toPlainString()
              + " '"
              + unit
              + "' is empty");
    }
    Units.ucum()
        .problem(unit)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  /**
   * Why {@code value unit} is not plausible, or empty when it is, or when its unit cannot be
   * related to this range's (the comparison that needs the value says why it cannot be used).
   */
  public Optional<String> judge(BigDecimal value, String valueUnit, UnitConverter converter) {
    String written = valueUnit == null || valueUnit.isBlank() ? Quantity.NUMBER_UNIT : valueUnit;
    // Every value read is judged, nearly always plausible: that is told without converting it.
    Route route = converter.routeBetween(written, unit);
    if (route != null && isInside(value, route)) {
      return Optional.empty();
    }
    return judgeConverted(Quantity.of(value, written), converter);
  }

  /**
   * Whether {@code value × numerator / denominator} is surely within the bounds, compared exactly
   * without dividing: exactly inside is inside once rounded too, the bounds having few digits.
   */
  private boolean isInside(BigDecimal value, Route route) {
    BigDecimal factor = route.factor();
    Scale scale = route.scale();
    // In doubles first, with a margin far wider than their rounding: nearly every value is well
    // inside, and that is told without a BigDecimal. Near a bound, the exact comparison decides.
    double ratio =
        factor != null
            ? factor.doubleValue()
            : scale.numerator().doubleValue() / scale.denominator().doubleValue();
    double approximate = value.doubleValue() * ratio;
    if (Double.isFinite(approximate)
        && (low == null || approximate > withMargin(low.doubleValue(), true))
        && (high == null || approximate < withMargin(high.doubleValue(), false))) {
      return true;
    }
    if (factor != null) {
      // One multiplication, none for a value already in the range's unit.
      BigDecimal inRangeUnit =
          factor.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(factor);
      return (low == null || inRangeUnit.compareTo(low) >= 0)
          && (high == null || inRangeUnit.compareTo(high) <= 0);
    }
    BigDecimal scaled = value.multiply(scale.numerator());
    return (low == null || scaled.compareTo(low.multiply(scale.denominator())) >= 0)
        && (high == null || scaled.compareTo(high.multiply(scale.denominator())) <= 0);
  }

  /**
   * A bound moved inward by a billionth of itself: a double within a few units in the last place of
   * the exact product (about 1e-15 of it) that passes the moved bound is surely past the bound.
   */
  private static double withMargin(double bound, boolean lower) {
    double margin = Math.abs(bound) * 1e-9;
    return lower ? bound + margin : bound - margin;
  }

  private Optional<String> judgeConverted(Quantity written, UnitConverter converter) {
    Conversion conversion = converter.convert(written, unit);
    if (!(conversion instanceof Conversion.Converted converted)) {
      return Optional.empty();
    }
    BigDecimal inRangeUnit = converted.result().value();
    if (low != null && inRangeUnit.compareTo(low) < 0) {
      return Optional.of(
          "the value " + written + " is below " + bound(low) + ", the least " + about + " can be");
    }
    if (high != null && inRangeUnit.compareTo(high) > 0) {
      return Optional.of(
          "the value " + written + " is above " + bound(high) + ", the most " + about + " can be");
    }
    return Optional.empty();
  }

  private String bound(BigDecimal value) {
    return Quantity.of(Decimals.normal(value), unit).toString();
  }

  @Override
  public String toString() {
    return (low == null ? "" : low.toPlainString())
        + ".."
        + (high == null ? "" : high.toPlainString())
        + " "
        + unit;
  }
}
