package dev.eligo.runtime.internal.time;

import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of calendar days, such as the lab window [S − 28 days, S]. Partial dates in a
 * record are judged three-valued: inside only when wholly inside, outside when wholly outside.
 *
 * @param from the first day in the window
 * @param to the last day in the window
 */
public record Window(LocalDate from, LocalDate to) {

  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
    }
  }

  /** The window {@code [anchor − duration, anchor]}, e.g. the 28 days before screening. */
  public static Window before(LocalDate anchor, CalendarDuration duration) {
    return new Window(duration.before(anchor), anchor);
  }

  /** The window of a single day. */
  public static Window on(LocalDate day) {
    return new Window(day, day);
  }

  /** Whether {@code day} is in the window. */
  public boolean includes(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * Whether a record's date falls in the window: TRUE when every day the date can be is inside,
   * FALSE when none is, UNKNOWN for a partial date that straddles an edge or a missing date.
   */
  public TruthValue contains(RecordDate date) {
    if (date == null) {
      return TruthValue.UNKNOWN;
    }
    if (date.last().isBefore(from) || date.first().isAfter(to)) {
      return TruthValue.FALSE;
    }
    if (includes(date.first()) && includes(date.last())) {
      return TruthValue.TRUE;
    }
    return TruthValue.UNKNOWN;
  }

  /**
   * Whether a record's period shares a day with the window. An ongoing period runs to {@code
   * ongoingUntil} (normally the screening date). Partial dates at either end are the intervals they
   * name: TRUE when every reading of the period overlaps, FALSE when none does, else UNKNOWN (also
   * for a missing period, or an ongoing one with no {@code ongoingUntil}). A period cannot end
   * before it starts, so one that started some time in 2026 and is ongoing at {@code ongoingUntil}
   * started on or before that day.
   */
  public TruthValue overlaps(RecordPeriod period, LocalDate ongoingUntil) {
    if (period == null || period.start() == null) {
      return TruthValue.UNKNOWN;
    }
    RecordDate end;
    if (period.isOngoing()) {
      if (ongoingUntil == null) {
        return TruthValue.UNKNOWN;
      }
      end = RecordDate.of(ongoingUntil);
    } else {
      end = period.end();
    }
    RecordDate start = period.start();
    if (start.first().isAfter(to) || end.last().isBefore(from)) {
      return TruthValue.FALSE;
    }
    if (end.last().isBefore(start.first())) {
      return TruthValue.UNKNOWN; // the period ends before it starts: the record contradicts itself
    }
    LocalDate latestStart = min(start.last(), end.last());
    LocalDate earliestEnd = max(end.first(), start.first());
    if (!latestStart.isAfter(to) && !earliestEnd.isBefore(from)) {
      return TruthValue.TRUE;
    }
    return TruthValue.UNKNOWN;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Text such as {@code 2026-10-27..2026-11-24}. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}
