package dev.eligo.runtime.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value an observation reports: a quantity, a count, a coded result or a yes/no; or a value
 * that was read but cannot be used.
 */
public sealed interface ObservationValue {

  /**
   * A value that was read but cannot be used, and why: its unit and code disagree, or it lies
   * outside what the measurement can plausibly be. Criteria that need it are unknown.
   *
   * @param asRead the value as the record states it
   * @param reason why it cannot be used, e.g. {@code -5 10*9/L is below 0 10*9/L, ...}
   */
  record Unusable(ObservationValue asRead, String reason) implements ObservationValue {
    public Unusable {
      Objects.requireNonNull(asRead, "asRead");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return asRead.toString();
    }
  }

  /**
   * A measured quantity with its UCUM unit as written ({@code null} or blank when the record gave
   * none) and the comparator of FHIR's {@code Quantity.comparator} ({@code <}, {@code <=}, {@code
   * >=}, {@code >}), or {@code null} for an exact value.
   *
   * @param unitText the human-readable unit written beside a coded {@code unit} (FHIR's {@code
   *     Quantity.unit} when {@code Quantity.code} gave the unit), or {@code null}; the runtime
   *     checks that both say the same
   */
  record QuantityValue(BigDecimal value, String unit, String comparator, String unitText)
      implements ObservationValue {
    public QuantityValue {
      Objects.requireNonNull(value, "value");
      if (comparator != null && !List.of("<", "<=", ">=", ">").contains(comparator)) {
        throw new IllegalArgumentException("unknown Quantity.comparator '" + comparator + "'");
      }
    }

    /** A quantity whose unit was written once. */
    public QuantityValue(BigDecimal value, String unit, String comparator) {
      this(value, unit, comparator, null);
    }

    public static QuantityValue of(String value, String unit) {
      return new QuantityValue(new BigDecimal(value), unit, null);
    }

    @Override
    public String toString() {
      String number = (comparator == null ? "" : comparator) + value.toPlainString();
      return unit == null || unit.isBlank() ? number : number + " " + unit;
    }
  }

  /** A whole number: a count of lesions, a performance score. */
  record IntegerValue(long value) implements ObservationValue {
    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** A coded result such as positive / negative, or a RECIST response. */
  record CodedValue(List<Coding> codings, String text) implements ObservationValue {
    public CodedValue {
      codings = List.copyOf(codings);
    }

    @Override
    public String toString() {
      if (text != null && !text.isBlank()) {
        return text;
      }
      return codings.isEmpty() ? "(no code)" : codings.get(0).code();
    }
  }

  /** A yes/no result. */
  record BooleanValue(boolean value) implements ObservationValue {
    @Override
    public String toString() {
      return value ? "yes" : "no";
    }
  }

  /** A free-text result, kept so that explanations can show it; it cannot be compared. */
  record TextValue(String text) implements ObservationValue {
    @Override
    public String toString() {
      return text;
    }
  }
}
