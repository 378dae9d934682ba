package dev.eligo.runtime.internal.time;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of time measured between two dates of a record: an age, the time since an event, the
 * length of a course. It compares with a {@link CalendarDuration} by calendar arithmetic, so a span
 * from 31 January to 28 February is (just under) one month.
 */
public final class Elapsed {

  private final LocalDate from;
  private final LocalDate until;
  private final boolean inDays;

  /** For a span whose start is known only to a month or year: the latest day it can start. */
  private final LocalDate latestFrom;

  private Elapsed(LocalDate from, LocalDate until, boolean inDays) {
    this(from, until, inDays, null);
  }

  private Elapsed(LocalDate from, LocalDate until, boolean inDays, LocalDate latestFrom) {
    this.from = Objects.requireNonNull(from, "from");
    this.until = Objects.requireNonNull(until, "until");
    this.inDays = inDays;
    this.latestFrom = latestFrom;
  }

  /**
   * The span from a start known only as an interval ({@code 1950} is 1950-01-01 to 1950-12-31) up
   * to {@code to}: an age from a birth year. Comparisons are decided only when every possible start
   * gives the same answer.
   */
  public static Elapsed betweenAnyOf(LocalDate earliestFrom, LocalDate latestFrom, LocalDate to) {
    return latestFrom.equals(earliestFrom)
        ? between(earliestFrom, to)
        : new Elapsed(earliestFrom, to, false, latestFrom);
  }

  /**
   * Whether the span stands in this relation to the duration: for a span with an uncertain start,
   * {@code UNKNOWN} unless the longest and the shortest possible spans agree.
   */
  public TruthValue test(ComparisonOp op, CalendarDuration duration) {
    boolean longest = op.test(compareTo(duration));
    if (latestFrom == null) {
      return TruthValue.of(longest);
    }
    boolean shortest = op.test(new Elapsed(latestFrom, until, inDays).compareTo(duration));
    return longest == shortest ? TruthValue.of(longest) : TruthValue.UNKNOWN;
  }

  /**
   * The span from {@code from} up to but excluding {@code to}, as {@link Period#between} counts it:
   * an age at a date, the time between two events. Negative when {@code to} is before {@code from}.
   */
  public static Elapsed between(LocalDate from, LocalDate to) {
    return new Elapsed(from, to, false);
  }

  /**
   * The span of the days {@code first} to {@code last}, both counted: a course given from 1 to 7
   * March lasts 7 days.
   */
  public static Elapsed inclusive(LocalDate first, LocalDate last) {
    return new Elapsed(first, last.plusDays(1), true);
  }

  /** The first day of the span. */
  public LocalDate from() {
    return from;
  }

  /** The day after the span ends (the span excludes it). */
  public LocalDate until() {
    return until;
  }

  /**
   * Compares with a calendar duration: negative when shorter, zero when equal, positive when
   * longer. The duration is laid from the start of the span ({@code from + 3 months}), so months
   * and years follow the calendar and days and weeks count days.
   */
  public int compareTo(CalendarDuration duration) {
    ChronoUnit unit = duration.unit();
    if (unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS) {
      // As Period counts: someone born on 29 February 2008 is 17 on 28 February 2026.
      Period period = Period.between(from, until);
      long target = unit == ChronoUnit.YEARS ? duration.amount() * 12 : duration.amount();
      long months = period.toTotalMonths();
      return months != target ? Long.signum(months - target) : Integer.signum(period.getDays());
    }
    return Integer.signum(until.compareTo(duration.after(from)));
  }

  /**
   * The span as a number of units: days exactly, weeks as days / 7, months and years in whole
   * calendar units as {@link Period#between} counts them (an age in years). Empty when the start is
   * known only as an interval and its possible days give different numbers.
   */
  public java.util.Optional<java.math.BigDecimal> in(ChronoUnit unit) {
    java.math.BigDecimal longest = count(from, unit);
    if (latestFrom != null && count(latestFrom, unit).compareTo(longest) != 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(longest);
  }

  private java.math.BigDecimal count(LocalDate start, ChronoUnit unit) {
    switch (unit) {
      case DAYS:
        return java.math.BigDecimal.valueOf(ChronoUnit.DAYS.between(start, until));
      case WEEKS:
        return java.math.BigDecimal.valueOf(ChronoUnit.DAYS.between(start, until))
            .divide(java.math.BigDecimal.valueOf(7), java.math.MathContext.DECIMAL128)
            .stripTrailingZeros();
      case MONTHS:
        return java.math.BigDecimal.valueOf(Period.between(start, until).toTotalMonths());
      case YEARS:
        return java.math.BigDecimal.valueOf(Period.between(start, until).getYears());
      default:
        throw new IllegalArgumentException("no span is counted in " + unit);
    }
  }

  /** The number of days in the span. */
  public long days() {
    return ChronoUnit.DAYS.between(from, until);
  }

  /** The whole calendar years in the span, as {@link Period#between} counts them (an age). */
  public int wholeYears() {
    return Period.between(from, until).getYears();
  }

  /** The whole calendar months in the span, as {@link Period#between} counts them. */
  public long wholeMonths() {
    return Period.between(from, until).toTotalMonths();
  }

  /**
   * Text such as {@code 67 years} (whole years, for a span measured between dates of a year or
   * more) or {@code 9 days} (course lengths and shorter spans).
   */
  @Override
  public String toString() {
    if (latestFrom != null) {
      int shortest = Period.between(latestFrom, until).getYears();
      return shortest == wholeYears()
          ? plural(shortest, "year")
          : shortest + " to " + plural(wholeYears(), "year");
    }
    int years = wholeYears();
    if (!inDays && Math.abs(years) >= 1) {
      return plural(years, "year");
    }
    return plural(days(), "day");
  }

  private static String plural(long amount, String unit) {
    return amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s");
  }

  /** Two spans are equal when they run between the same dates and were measured the same way. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Elapsed e
        && from.equals(e.from)
        && until.equals(e.until)
        && inDays == e.inDays
        && Objects.equals(latestFrom, e.latestFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until, inDays, latestFrom);
  }
}
