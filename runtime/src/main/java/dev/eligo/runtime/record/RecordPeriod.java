package dev.eligo.runtime.record;

import java.util.Objects;

/**
 * The time a record covers: from {@code start} to {@code end} inclusive. An {@code end} of {@code
 * null} means the period is still going on (an active medication, a condition not abated).
 */
public record RecordPeriod(RecordDate start, RecordDate end) {
  public RecordPeriod {
    Objects.requireNonNull(start, "start");
  }

  /** A period of a single date (a dose given on one day). */
  public static RecordPeriod on(RecordDate date) {
    return new RecordPeriod(date, date);
  }

  /** A period that has started and not ended. */
  public static RecordPeriod ongoingFrom(RecordDate start) {
    return new RecordPeriod(start, null);
  }

  public boolean isOngoing() {
    return end == null;
  }

  @Override
  public String toString() {
    return isOngoing()
        ? start + " to ongoing"
        : start.equals(end) ? start.toString() : start + " to " + end;
  }
}
