package dev.eligo.runtime.internal.quantity;

import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The result of comparing a patient's value with a threshold, with what was compared. What was
 * compared is written out only when asked: most comparisons are never shown to anyone.
 */
public final class ComparisonOutcome {
  private final TruthValue result;
  private final Supplier<String> shown;
  private final String unknownReason;
  // What was compared, for a comparison that was made (shown is null then): written when asked.
  private final BigDecimal value;
  private final String comparator;
  private final String unit;
  private final ComparisonOp op;
  private final Quantity threshold;
  private final Conversion conversion;
  private final UnitConverter converter;

  /**
   * @param result TRUE, FALSE or UNKNOWN
   * @param shown what was compared, for a screener, e.g. {@code 0.9 nmol/L < 1.7336 nmol/L (= 50
   *     ng/dL via molar mass 288.42 g/mol)}
   * @param unknownReason why the result is UNKNOWN; {@code null} when it is TRUE or FALSE
   */
  public ComparisonOutcome(TruthValue result, String shown, String unknownReason) {
    this(result, constant(Objects.requireNonNull(shown, "shown")), unknownReason);
  }

  private ComparisonOutcome(TruthValue result, Supplier<String> shown, String unknownReason) {
    this(result, unknownReason, shown, null, null, null, null, null, null, null);
  }

  private ComparisonOutcome(
      TruthValue result,
      String unknownReason,
      Supplier<String> shown,
      BigDecimal value,
      String comparator,
      String unit,
      ComparisonOp op,
      Quantity threshold,
      Conversion conversion,
      UnitConverter converter) {
    this.result = Objects.requireNonNull(result, "result");
    this.shown = shown;
    this.unknownReason = unknownReason;
    this.value = value;
    this.comparator = comparator;
    this.unit = unit;
    this.op = op;
    this.threshold = threshold;
    this.conversion = conversion;
    this.converter = converter;
    if ((result == TruthValue.UNKNOWN) == (unknownReason == null)) {
      throw new IllegalArgumentException("a reason is given exactly when the result is UNKNOWN");
    }
  }

  /**
   * A comparison that was made: {@code value unit} (with its comparator) {@code op} the threshold,
   * converted as {@code conversion} says ({@code null}: the threshold is in the value's unit, and
   * the converter writes how when asked).
   */
  static ComparisonOutcome compared(
      TruthValue result,
      String unknownReason,
      BigDecimal value,
      String comparator,
      String unit,
      ComparisonOp op,
      Quantity threshold,
      Conversion conversion,
      UnitConverter converter) {
    return new ComparisonOutcome(
        result, unknownReason, null, value, comparator, unit, op, threshold, conversion, converter);
  }

  private static Supplier<String> constant(String text) {
    return () -> text;
  }

  /** An undecided comparison and why. */
  static ComparisonOutcome unknown(Supplier<String> shown, String reason) {
    return new ComparisonOutcome(TruthValue.UNKNOWN, shown, reason);
  }

  /** TRUE, FALSE or UNKNOWN. */
  public TruthValue result() {
    return result;
  }

  /**
   * What was compared, e.g. {@code 0.9 nmol/L < 1.7336 nmol/L (= 50 ng/dL via molar mass 288.42
   * g/mol)}.
   */
  public String shown() {
    if (shown != null) {
      return shown.get();
    }
    Quantity reported = Quantity.of(value, unit);
    return QuantityComparison.shown(
        reported,
        comparator,
        op,
        threshold,
        conversion != null ? conversion : converter.convert(threshold, reported.unit()));
  }

  /** Why the result is UNKNOWN; {@code null} when it is TRUE or FALSE. */
  public String unknownReason() {
    return unknownReason;
  }

  @Override
  public String toString() {
    return shown() + ": " + result + (unknownReason == null ? "" : " (" + unknownReason + ")");
  }
}
