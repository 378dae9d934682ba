package dev.eligo.runtime.record;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount with its unit as written (a dose of {@code 100 mg}); {@code unit} is UCUM when the
 * record coded it so, else the record's own spelling, or {@code null} when it gave none.
 */
public record Amount(BigDecimal value, String unit) {
  public Amount {
    Objects.requireNonNull(value, "value");
  }

  public static Amount of(String value, String unit) {
    return new Amount(new BigDecimal(value), unit);
  }

  @Override
  public String toString() {
    return unit == null || unit.isBlank()
        ? value.toPlainString()
        : value.toPlainString() + " " + unit;
  }
}
