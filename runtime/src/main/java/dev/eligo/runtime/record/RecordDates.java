package dev.eligo.runtime.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The fast path of {@link RecordDate#parse}: a day ({@code 2024-05-17}) or a date-time with a time
 * of day, offset and fraction of a second as FHIR writes them, read by position instead of by
 * regular expressions (a Synthea Bundle carries thousands of them). Anything else, and any text
 * whose fields are out of range, gets {@code null}, and the full parser decides with its own
 * message; so this class can only make {@code parse} faster, never change what it accepts.
 */
final class RecordDates {
  private static final int DAY_LENGTH = 10;
  private static final int MAX_FRACTION_DIGITS = 9;

  private RecordDates() {}

  /** The date {@code text} names, or {@code null} when the full parser should look at it. */
  static RecordDate parseCommon(String text) {
    if (text.length() < DAY_LENGTH || !isDay(text)) {
      return null;
    }
    try {
      LocalDate day =
          LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, DAY_LENGTH));
      if (text.length() == DAY_LENGTH) {
        return RecordDate.of(day);
      }
      LocalTime time = timeOfDay(text);
      return time == null ? null : RecordDate.of(day, time);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDay(String t) {
    return digits(t, 0, 4)
        && t.charAt(4) == '-'
        && digits(t, 5, 7)
        && t.charAt(7) == '-'
        && digits(t, 8, DAY_LENGTH);
  }

  /** {@code Thh:mm[:ss[.f+]]} then {@code Z}, {@code ±hh:mm} or nothing, up to the end. */
  private static LocalTime timeOfDay(String t) {
    int n = t.length();
    if (n < 16
        || t.charAt(10) != 'T'
        || !digits(t, 11, 13)
        || t.charAt(13) != ':'
        || !digits(t, 14, 16)) {
      return null;
    }
    int hour = number(t, 11, 13);
    int minute = number(t, 14, 16);
    int second = 0;
    int nanos = 0;
    int at = 16;
    if (at < n && t.charAt(at) == ':') {
      if (at + 3 > n || !digits(t, at + 1, at + 3)) {
        return null;
      }
      second = number(t, at + 1, at + 3);
      at += 3;
      if (at < n && t.charAt(at) == '.') {
        int end = at + 1;
        while (end < n && isDigit(t.charAt(end))) {
          end++;
        }
        int count = end - at - 1;
        if (count == 0 || count > MAX_FRACTION_DIGITS) {
          return null;
        }
        nanos = number(t, at + 1, end);
        for (int i = count; i < MAX_FRACTION_DIGITS; i++) {
          nanos *= 10;
        }
        at = end;
      }
    }
    return isOffset(t, at) ? LocalTime.of(hour, minute, second, nanos) : null;
  }

  private static boolean isOffset(String t, int at) {
    int rest = t.length() - at;
    if (rest == 0) {
      return true;
    }
    if (rest == 1) {
      return t.charAt(at) == 'Z';
    }
    char sign = t.charAt(at);
    return rest == 6
        && (sign == '+' || sign == '-')
        && digits(t, at + 1, at + 3)
        && t.charAt(at + 3) == ':'
        && digits(t, at + 4, at + 6);
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    return value;
  }
}
