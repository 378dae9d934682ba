package dev.eligo.runtime.internal.quantity;

import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a patient's value with a threshold of the criteria: the threshold is converted into the
 * value's own unit (so the screener reads the patient's unit), the comparison is exact, and a value
 * stated with a comparator ({@code <20}) decides only when its whole interval gives one answer.
 */
public final class QuantityComparison {

  private QuantityComparison() {}

  /**
   * Compares {@code value unit} (with FHIR's {@code comparator}, or {@code null}) with {@code
   * threshold} by {@code op}, converting with {@code converter}. Never throws for patient data: a
   * missing value, an unknown comparator or an unconvertible unit gives UNKNOWN with the reason.
   */
  public static ComparisonOutcome compare(
      BigDecimal value,
      String comparator,
      String unit,
      ComparisonOp op,
      Quantity threshold,
      UnitConverter converter) {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(converter, "converter");
    if (value == null) {
      return ComparisonOutcome.unknown(
          () -> "no value " + op.symbol() + " " + threshold, "there is no value to compare");
    }
    // Quantity's own reading of a unit, without making a quantity of every value compared.
    String valueUnit = unit == null ? "" : unit.trim();
    boolean noUnit = valueUnit.isEmpty();
    // A value without a comparator is one number, tested directly; with one it is a range.
    boolean exact = comparator == null || comparator.isEmpty();
    Optional<ValueRange> range = exact ? Optional.empty() : ValueRange.stated(value, comparator);
    if (!exact && range.isEmpty()) {
      return ComparisonOutcome.unknown(
          () -> unconverted(Quantity.of(value, unit), comparator, op, threshold),
          "the value has an unknown comparator '" + comparator + "'");
    }
    // A threshold in the value's own (valid) unit needs no conversion until the comparison is
    // shown.
    boolean sameUnit =
        !noUnit && valueUnit.equals(threshold.unit()) && Units.ucum().read(valueUnit).isValid();
    // A value without a unit can only meet a plain number; else the threshold takes the value's
    // unit.
    Conversion conversion =
        sameUnit
            ? null
            : noUnit
                ? converter.convert(Quantity.of(value, unit), threshold.unit())
                : threshold.convertedBy(converter, valueUnit);
    if (conversion instanceof Conversion.NotConvertible no) {
      // Say it from the patient's value: "unit 'mmol/mol' cannot be converted to 'ng/dL'".
      Quantity reported = Quantity.of(value, unit);
      Conversion back = converter.convert(reported, threshold.unit());
      String reason = back instanceof Conversion.NotConvertible b ? b.reason() : no.reason();
      return ComparisonOutcome.unknown(
          () -> unconverted(reported, comparator, op, threshold), reason);
    }
    BigDecimal limit =
        noUnit || sameUnit
            ? threshold.value()
            : ((Conversion.Converted) conversion).result().value();
    TruthValue result =
        exact ? TruthValue.of(op.test(value.compareTo(limit))) : range.get().test(op, limit);
    String unknownReason = null;
    if (result == TruthValue.UNKNOWN) {
      String limitText =
          noUnit
              ? threshold.toString()
              : limitText(
                  threshold,
                  (Conversion.Converted)
                      (sameUnit ? converter.convert(threshold, valueUnit) : conversion),
                  value);
      unknownReason =
          "the value "
              + stated(Quantity.of(value, unit), comparator)
              + " is a range that is partly "
              + op.symbol()
              + " "
              + limitText
              + " and partly not";
    }
    // What was compared is written only when an explanation is asked for.
    return ComparisonOutcome.compared(
        result, unknownReason, value, comparator, unit, op, threshold, conversion, converter);
  }

  /**
   * Whether {@code v op threshold} holds for every {@code v} of the closed interval {@code [low,
   * high]} in {@code unit} (TRUE), for none (FALSE) or for some only (UNKNOWN); a {@code null} end
   * is unbounded. A threshold that cannot be converted into the unit gives UNKNOWN.
   */
  public static TruthValue between(
      BigDecimal low,
      BigDecimal high,
      String unit,
      ComparisonOp op,
      Quantity threshold,
      UnitConverter converter) {
    Conversion conversion = threshold.convertedBy(converter, unit);
    if (!(conversion instanceof Conversion.Converted converted)) {
      return TruthValue.UNKNOWN;
    }
    return new ValueRange(low, low != null, high, high != null)
        .test(op, converted.result().value());
  }

  private static String stated(Quantity reported, String comparator) {
    return (comparator == null ? "" : comparator) + reported;
  }

  private static String unconverted(
      Quantity reported, String comparator, ComparisonOp op, Quantity threshold) {
    return stated(reported, comparator) + " " + op.symbol() + " " + threshold;
  }

  /** What was compared, as a screener reads it. */
  static String shown(
      Quantity reported,
      String comparator,
      ComparisonOp op,
      Quantity threshold,
      Conversion conversion) {
    if (reported.hasNoUnit()) {
      return unconverted(reported, comparator, op, threshold);
    }
    Conversion.Converted converted = (Conversion.Converted) conversion;
    return stated(reported, comparator)
        + " "
        + op.symbol()
        + " "
        + limitText(threshold, converted, reported.value())
        + origin(threshold, converted);
  }

  private static String limitText(
      Quantity threshold, Conversion.Converted converted, BigDecimal value) {
    Quantity limit = converted.result();
    if (limit.value().compareTo(threshold.value()) == 0) {
      return Quantity.of(threshold.value(), limit.unit()).toString();
    }
    return Quantity.of(new BigDecimal(Decimals.forDisplay(limit.value(), value)), limit.unit())
        .toString();
  }

  // "(= 50 ng/dL via molar mass 288.42 g/mol)" when the threshold was written otherwise.
  private static String origin(Quantity threshold, Conversion.Converted converted) {
    Quantity limit = converted.result();
    if (limit.value().compareTo(threshold.value()) == 0 && limit.unit().equals(threshold.unit())) {
      return "";
    }
    String how = converted.how().isEmpty() ? "" : " " + converted.how();
    return " (= " + threshold + how + ")";
  }
}
