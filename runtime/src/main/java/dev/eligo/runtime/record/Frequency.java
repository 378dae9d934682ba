package dev.eligo.runtime.record;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How often a dose is given: {@code count} times per {@code period} {@code periodUnit}, where the
 * unit is UCUM ({@code s}, {@code min}, {@code h}, {@code d}, {@code wk}, {@code mo}, {@code a}).
 * Twice a day is {@code 2 per 1 d}; every 8 hours is {@code 1 per 8 h}.
 */
public record Frequency(BigDecimal count, BigDecimal period, String periodUnit) {
  public Frequency {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(periodUnit, "periodUnit");
  }

  /** {@code count} times per {@code period} {@code unit}. */
  public static Frequency of(int count, int period, String unit) {
    return new Frequency(BigDecimal.valueOf(count), BigDecimal.valueOf(period), unit);
  }

  @Override
  public String toString() {
    String every =
        period.compareTo(BigDecimal.ONE) == 0
            ? periodUnit
            : period.toPlainString() + " " + periodUnit;
    return count.toPlainString() + " per " + every;
  }
}
