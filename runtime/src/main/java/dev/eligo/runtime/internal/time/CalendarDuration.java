package dev.eligo.runtime.internal.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * A duration as a protocol writes it ({@code 28 days}, {@code 6 weeks}, {@code 3 months}, {@code 5
 * years}), applied to dates with calendar arithmetic: 31 May minus 3 months is 28 February.
 *
 * @param amount how many units, zero or more
 * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or
 *     {@link ChronoUnit#YEARS}
 */
public record CalendarDuration(long amount, ChronoUnit unit) {

  private static final Map<ChronoUnit, String[]> NAMES =
      Map.of(
          ChronoUnit.DAYS, new String[] {"day", "days"},
          ChronoUnit.WEEKS, new String[] {"week", "weeks"},
          ChronoUnit.MONTHS, new String[] {"month", "months"},
          ChronoUnit.YEARS, new String[] {"year", "years"});

  public CalendarDuration {
    Objects.requireNonNull(unit, "unit");
    if (!NAMES.containsKey(unit)) {
      throw new IllegalArgumentException(
          "a calendar duration is in days, weeks, months or years, not " + unit);
    }
    if (amount < 0) {
      throw new IllegalArgumentException("a calendar duration cannot be negative: " + amount);
    }
  }

  /** The duration of {@code amount} calendar {@code unit}s. */
  public static CalendarDuration of(long amount, ChronoUnit unit) {
    return new CalendarDuration(amount, unit);
  }

  /** The date this duration before {@code date}, by calendar arithmetic. */
  public LocalDate before(LocalDate date) {
    return date.minus(amount, unit);
  }

  /** The date this duration after {@code date}, by calendar arithmetic. */
  public LocalDate after(LocalDate date) {
    return date.plus(amount, unit);
  }

  /** Text such as {@code 28 days}, {@code 1 year}, {@code 3 months}. */
  @Override
  public String toString() {
    return amount + " " + NAMES.get(unit)[amount == 1 ? 0 : 1];
  }
}
