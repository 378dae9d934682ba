package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;

/**
 * Dates and periods against windows, three-valued: a partial date ({@code 2024-05}) is inside a
 * window only when wholly inside, outside when wholly outside, else unknown.
 */
final class Dated {
  private Dated() {}

  /** Whether a date lies in [from, to]; a missing date is unknown. */
  static TruthValue inWindow(RecordDate date, LocalDate from, LocalDate to) {
    if (date == null) {
      return TruthValue.UNKNOWN;
    }
    if (date.last().isBefore(from) || date.first().isAfter(to)) {
      return TruthValue.FALSE;
    }
    boolean firstIn = !date.first().isBefore(from) && !date.first().isAfter(to);
    boolean lastIn = !date.last().isBefore(from) && !date.last().isAfter(to);
    return firstIn && lastIn ? TruthValue.TRUE : TruthValue.UNKNOWN;
  }

  /**
   * Whether the period from {@code start} to {@code end} shares a day with [from, to]; a null end
   * means still going on at {@code screening}; a missing start is unknown.
   */
  static TruthValue overlaps(
      RecordDate start, RecordDate end, LocalDate from, LocalDate to, LocalDate screening) {
    if (start == null) {
      return TruthValue.UNKNOWN;
    }
    RecordDate last = end == null ? RecordDate.of(screening) : end;
    if (start.first().isAfter(to) || last.last().isBefore(from)) {
      return TruthValue.FALSE;
    }
    if (last.last().isBefore(start.first())) {
      return TruthValue.UNKNOWN;
    }
    LocalDate latestStart = start.last().isBefore(last.last()) ? start.last() : last.last();
    LocalDate earliestEnd = last.first().isAfter(start.first()) ? last.first() : start.first();
    return !latestStart.isAfter(to) && !earliestEnd.isBefore(from)
        ? TruthValue.TRUE
        : TruthValue.UNKNOWN;
  }

  /** Whether {@code a} surely happened before {@code b}: by day, then time of day. */
  static boolean before(RecordDate a, RecordDate b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.last().isBefore(b.first())) {
      return true;
    }
    if (!a.isFullDate() || !b.isFullDate() || !a.first().equals(b.first())) {
      return false;
    }
    return a.time() != null && b.time() != null && a.time().isBefore(b.time());
  }
}
