package dev.eligo.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RecordDate#parse} reads by position what it used to read by regular expressions; on any
 * text, valid or not, it must answer exactly as the regular expressions did (the reference below),
 * down to the exception's message.
 */
class RecordDateParseProperty {

  @Property(tries = 3000)
  void answersAsTheRegularExpressionsDid(@ForAll("dateLike") String text) {
    Object expected = outcome(() -> reference(text));
    Object actual = outcome(() -> RecordDate.parse(text));
    assertThat(actual).isEqualTo(expected);
  }

  /** Texts near the dates FHIR writes: valid ones, and ones a character or a field away. */
  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> valid =
        Arbitraries.of(
            "2024",
            "2024-05",
            "2024-05-17",
            "2024-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-04-31",
            "0000-01-01",
            "2024-05-17T08:30",
            "2024-05-17T08:30:15",
            "2024-05-17T08:30:15.5Z",
            "2024-05-17T23:59:59.123456789+02:00",
            "2024-05-17T23:59:59.1234567890-10:00",
            "2024-05-17T24:00:00Z",
            "2024-05-17T08:60",
            "2024-05-17T08:30:61",
            " 2024-05-17 ",
            "2024-05-17T08:30+0200",
            "2024-05-17T08:30:15.Z",
            "2024-05-17T08:30.5");
    Arbitrary<String> edited =
        Arbitraries.oneOf(
                valid, Arbitraries.strings().withChars("0123456789-T:.Z+ x").ofMaxLength(36))
            .flatMap(
                t ->
                    Arbitraries.integers()
                        .between(0, Math.max(0, t.length()))
                        .flatMap(
                            at ->
                                Arbitraries.of("", "0", "9", "-", ":", "T", ".", "Z", "+", "1", "x")
                                    .map(
                                        c ->
                                            t.substring(0, at)
                                                + c
                                                + t.substring(
                                                    Math.min(
                                                        t.length(), at + (c.isEmpty() ? 1 : 0))))));
    return Arbitraries.oneOf(valid, edited);
  }

  private static Object outcome(java.util.function.Supplier<RecordDate> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The parser as it was, with regular expressions. */
  private static RecordDate reference(String text) {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}")) {
        return RecordDate.ofYear(Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return RecordDate.ofMonth(YearMonth.parse(t));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return RecordDate.of(LocalDate.parse(t));
      }
      if (t.matches(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?")) {
        LocalDate day = LocalDate.parse(t.substring(0, 10));
        String rest = t.substring(11).replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
        return RecordDate.of(day, LocalTime.parse(rest));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a valid date: '" + text + "' (" + e.getMessage() + ")");
    }
    throw new IllegalArgumentException(
        "not a date: '" + text + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)");
  }

  @Property(tries = 1)
  void theCommonFormsAreRead() {
    assertThat(RecordDate.parse("2024-05-17T23:59:59.123456789+02:00"))
        .isEqualTo(RecordDate.of(LocalDate.of(2024, 5, 17), LocalTime.of(23, 59, 59, 123456789)));
    assertThat(RecordDate.parse("2024-05-17T08:30:15.5Z"))
        .isEqualTo(RecordDate.of(LocalDate.of(2024, 5, 17), LocalTime.of(8, 30, 15, 500_000_000)));
    assertThat(RecordDate.parse("2024-05-17")).isEqualTo(RecordDate.of(LocalDate.of(2024, 5, 17)));
    assertThat(catchThrowable(() -> RecordDate.parse("2024-02-30")))
        .hasMessageStartingWith("not a valid date: '2024-02-30'");
  }
}
