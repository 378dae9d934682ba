package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with a UCUM unit, such as {@code 50 ng/dL}; a plain number has the unit {@code 1}. A
 * value read from a record that stated no unit has the empty unit {@code ""}.
 */
public final class Quantity {

  /** The unit of a plain number. */
  public static final String NUMBER_UNIT = "1";

  private final BigDecimal value;
  private final String unit;
  // The last conversion of this quantity: a threshold of the criteria is converted into the unit
  // of every value compared with it, nearly always the same unit. An immutable record, so a race
  // between threads at most converts twice.
  private Memo lastConversion;

  private record Memo(UnitConverter converter, String targetUnit, Conversion conversion) {}

  private Quantity(BigDecimal value, String unit) {
    this.value = Objects.requireNonNull(value, "value");
    this.unit = unit == null ? "" : unit.trim();
  }

  /** The quantity {@code value unit}, e.g. {@code of("1.5", "10*9/L")}. */
  public static Quantity of(String value, String unit) {
    return new Quantity(new BigDecimal(value), unit);
  }

  /** The quantity {@code value unit}. */
  public static Quantity of(BigDecimal value, String unit) {
    return new Quantity(value, unit);
  }

  /** A plain number (unit {@code 1}). */
  public static Quantity number(BigDecimal value) {
    return new Quantity(value, NUMBER_UNIT);
  }

  /** A plain whole number (unit {@code 1}). */
  public static Quantity number(long value) {
    return new Quantity(BigDecimal.valueOf(value), NUMBER_UNIT);
  }

  public BigDecimal value() {
    return value;
  }

  /** The UCUM unit ({@code 1} for a plain number, {@code ""} when the record stated none). */
  public String unit() {
    return unit;
  }

  /**
   * This quantity in another unit, as {@link UnitConverter#convert} gives it, remembered for the
   * next call.
   */
  public Conversion convertedBy(UnitConverter converter, String targetUnit) {
    Memo memo = lastConversion;
    if (memo != null && memo.converter() == converter && memo.targetUnit().equals(targetUnit)) {
      return memo.conversion();
    }
    Conversion conversion = converter.convert(this, targetUnit);
    lastConversion = new Memo(converter, targetUnit, conversion);
    return conversion;
  }

  /** Whether the quantity has no unit stated ({@code ""}). */
  public boolean hasNoUnit() {
    return unit.isEmpty();
  }

  /** Equal when the numbers are equal ({@code 1.50 = 1.5}) and the units are written the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && value.compareTo(q.value) == 0 && unit.equals(q.unit);
  }

  @Override
  public int hashCode() {
    return 31 * Decimals.normal(value).hashCode() + unit.hashCode();
  }

  /**
   * The quantity as an explanation shows a computed value: at most 6 significant digits, with "…"
   * when that rounds it (the comparison itself uses the exact value).
   */
  public String shown() {
    String rounded = Decimals.rounded(value, 6);
    String number =
        new BigDecimal(rounded).compareTo(value) == 0 ? value.toPlainString() : rounded + "…";
    return unit.isEmpty() || unit.equals(NUMBER_UNIT) ? number : number + " " + unit;
  }

  /** Plain text such as {@code 1.5 10*9/L} or {@code 3} for a number; never scientific notation. */
  @Override
  public String toString() {
    String number = value.toPlainString();
    return unit.isEmpty() || unit.equals(NUMBER_UNIT) ? number : number + " " + unit;
  }
}
