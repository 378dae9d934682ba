package dev.eligo.fhir;

import dev.eligo.runtime.record.RecordDate;
import java.time.LocalDate;

/**
 * Dates that no record means literally: systems write {@code 9999-12-31} for "not yet", {@code
 * 1900-01-01} or {@code 0001-01-01} for "unknown". Taken at face value, a diagnosis "dated 9999"
 * would be ignored as after the screening date. Such a date is read as unknown.
 */
final class PlaceholderDates {
  /** No record of a living patient is dated before this year. */
  static final int EARLIEST_YEAR = 1850;

  /** Nor after this one. */
  static final int LATEST_YEAR = 2200;

  private static final LocalDate USUAL_PLACEHOLDER = LocalDate.of(1900, 1, 1);

  private PlaceholderDates() {}

  /** Why a date is a placeholder rather than a date, or null when it may be a real date. */
  static String why(RecordDate date) {
    if (date.last().getYear() > LATEST_YEAR) {
      return "a date after " + LATEST_YEAR + " is a placeholder (such as 9999-12-31), not a date";
    }
    if (date.first().getYear() < EARLIEST_YEAR) {
      return "a date before "
          + EARLIEST_YEAR
          + " is a placeholder (such as 0001-01-01), not a date";
    }
    if (date.isFullDate() && date.first().equals(USUAL_PLACEHOLDER)) {
      return "1900-01-01 is the usual placeholder for an unknown date";
    }
    return null;
  }
}
