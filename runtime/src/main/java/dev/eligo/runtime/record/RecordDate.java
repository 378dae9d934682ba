package dev.eligo.runtime.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a record states it: a day, or a partial date ({@code 2024}, {@code 2024-05}) that
 * stands for every day it names, with an optional time of day. A time counts on its own written
 * calendar date: {@code 2026-03-01T23:30:00-10:00} is 1 March, whatever the machine's zone.
 *
 * @param first the first day the date can be
 * @param last the last day the date can be (equal to {@code first} for a full date)
 * @param time the time of day as written, or {@code null}
 */
public record RecordDate(LocalDate first, LocalDate last, LocalTime time)
    implements Comparable<RecordDate> {

  private static final Comparator<RecordDate> ORDER =
      Comparator.comparing(RecordDate::first)
          .thenComparing(RecordDate::last)
          .thenComparing(d -> d.time, Comparator.nullsFirst(Comparator.naturalOrder()));

  public RecordDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
  }

  /** A full calendar day. */
  public static RecordDate of(LocalDate day) {
    return new RecordDate(day, day, null);
  }

  /** A full calendar day with the time written on the record. */
  public static RecordDate of(LocalDate day, LocalTime time) {
    return new RecordDate(day, day, time);
  }

  /** A whole month, as a record that says only {@code 2024-05}. */
  public static RecordDate ofMonth(YearMonth month) {
    return new RecordDate(month.atDay(1), month.atEndOfMonth(), null);
  }

  /** A whole year, as a record that says only {@code 2024}. */
  public static RecordDate ofYear(int year) {
    return new RecordDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
  }

  /**
   * Reads an ISO 8601 / FHIR date or dateTime ({@code 2024}, {@code 2024-05}, {@code 2024-05-17},
   * {@code 2024-05-17T08:30:00+02:00}); the calendar date is taken as written, never shifted.
   *
   * @throws IllegalArgumentException when the text is not such a date
   */
  public static RecordDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    RecordDate common = RecordDates.parseCommon(t);
    if (common != null) {
      return common;
    }
    try {
      if (t.matches("\\d{4}")) {
        return ofYear(Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return ofMonth(YearMonth.parse(t));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return of(LocalDate.parse(t));
      }
      if (t.matches(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?")) {
        LocalDate day = LocalDate.parse(t.substring(0, 10));
        String rest = t.substring(11).replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
        return of(day, LocalTime.parse(rest));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a valid date: '" + text + "' (" + e.getMessage() + ")");
    }
    throw new IllegalArgumentException(
        "not a date: '" + text + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)");
  }

  /** True when the date names exactly one day. */
  public boolean isFullDate() {
    return first.equals(last);
  }

  /** The one day this date names, if it names exactly one. */
  public Optional<LocalDate> day() {
    return isFullDate() ? Optional.of(first) : Optional.empty();
  }

  @Override
  public int compareTo(RecordDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    if (isFullDate()) {
      return time == null ? first.toString() : first + "T" + time;
    }
    if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
      return String.valueOf(first.getYear());
    }
    if (first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()))) {
      return YearMonth.from(first).toString();
    }
    return first + ".." + last;
  }
}
