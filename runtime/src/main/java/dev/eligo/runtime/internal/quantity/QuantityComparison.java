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
   * Compares {@code value unit} (with FHIR's {@code comparator}, or {@code null}) with
   * {@code threshold} by {@code op}, converting with {@code converter}. Never throws for patient
   * data: a missing value, an unknown comparator or an unconvertible unit gives UNKNOWN with the
   * reason.
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
          "no value " + op.symbol() + " " + threshold, "there is no value to compare");
    }
    Quantity reported = Quantity.of(value, unit);
    String stated = (comparator == null ? "" : comparator) + reported;
    String unconverted = stated + " " + op.symbol() + " " + threshold;
    Optional<ValueRange> range = ValueRange.stated(value, comparator);
    if (range.isEmpty()) {
      return ComparisonOutcome.unknown(
          unconverted, "the value has an unknown comparator '" + comparator + "'");
    }
    // A value without a unit can only meet a plain number; else the threshold takes the value's unit.
    Conversion conversion =
        reported.hasNoUnit()
            ? converter.convert(reported, threshold.unit())
            : converter.convert(threshold, reported.unit());
    if (conversion instanceof Conversion.NotConvertible no) {
      // Say it from the patient's value: "unit 'mmol/mol' cannot be converted to 'ng/dL'".
      Conversion back = converter.convert(reported, threshold.unit());
      String reason = back instanceof Conversion.NotConvertible b ? b.reason() : no.reason();
      return ComparisonOutcome.unknown(unconverted, reason);
    }
    BigDecimal limit = threshold.value();
    String limitText = threshold.toString();
    String shown = unconverted;
    if (!reported.hasNoUnit()) {
      Conversion.Converted converted = (Conversion.Converted) conversion;
      limit = converted.result().value();
      limitText = limitText(threshold, converted, value);
      shown = stated + " " + op.symbol() + " " + limitText + origin(threshold, converted);
    }
    TruthValue result = range.get().test(op, limit);
    if (result == TruthValue.UNKNOWN) {
      return ComparisonOutcome.unknown(
          shown,
          "the value " + stated + " is a range that is partly " + op.symbol() + " " + limitText
              + " and partly not");
    }
    return ComparisonOutcome.decided(result, shown);
  }

  private static String limitText(Quantity threshold, Conversion.Converted converted, BigDecimal value) {
    Quantity limit = converted.result();
    if (limit.value().compareTo(threshold.value()) == 0) {
      return Quantity.of(threshold.value(), limit.unit()).toString();
    }
    return Quantity.of(new BigDecimal(Decimals.forDisplay(limit.value(), value)), limit.unit()).toString();
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
