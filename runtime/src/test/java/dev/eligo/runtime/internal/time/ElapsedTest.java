package dev.eligo.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElapsedTest {

  @ParameterizedTest(name = "born {0}, at {1}: {2} years")
  @CsvSource({
    "1959-11-24, 2026-11-24, 67",
    "1959-11-25, 2026-11-24, 66",
    "1960-02-29, 2026-02-28, 65",
    "1960-02-29, 2026-03-01, 66",
  })
  void wholeYears_ageAsPeriodCountsIt(LocalDate birth, LocalDate at, int years) {
    assertThat(Elapsed.between(birth, at).wholeYears()).isEqualTo(years);
  }

  @Test
  void inclusive_courseFromFirstToSeventh_lastsSevenDays() {
    Elapsed course = Elapsed.inclusive(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));

    assertThat(course.days()).isEqualTo(7);
    assertThat(course.compareTo(CalendarDuration.of(7, ChronoUnit.DAYS))).isZero();
    assertThat(course.compareTo(CalendarDuration.of(1, ChronoUnit.WEEKS))).isZero();
    assertThat(course.compareTo(CalendarDuration.of(8, ChronoUnit.DAYS))).isNegative();
    assertThat(course).hasToString("7 days");
  }

  @Test
  void between_excludesTheEnd() {
    Elapsed span = Elapsed.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));

    assertThat(span.days()).isEqualTo(6);
    assertThat(span).hasToString("6 days");
  }

  @ParameterizedTest(name = "{0}..{1} vs {2} {3}: {4}")
  @CsvSource({
    "2026-01-31, 2026-02-28, 1, MONTHS, -1",
    "2026-01-31, 2026-03-01, 1, MONTHS,  1",
    "2026-01-15, 2026-02-15, 1, MONTHS,  0",
    "2025-11-24, 2026-11-24, 1, YEARS,   0",
    "2025-11-24, 2026-11-23, 1, YEARS,  -1",
    "2024-02-29, 2025-02-28, 1, YEARS,  -1",
    "2008-02-29, 2026-02-28, 18, YEARS, -1",
    "2008-02-29, 2026-03-01, 18, YEARS,  1",
    "2026-01-01, 2026-04-01, 90, DAYS,   0",
    "2026-01-01, 2026-04-01, 3, MONTHS,  0",
    "2026-01-01, 2026-03-31, 3, MONTHS, -1",
    "2026-10-13, 2026-11-24, 6, WEEKS,   0",
    "2026-10-13, 2026-11-25, 6, WEEKS,   1",
  })
  void compareTo_calendarDuration_isCalendarCorrect(
      LocalDate from, LocalDate to, long amount, ChronoUnit unit, int expected) {
    assertThat(Elapsed.between(from, to).compareTo(CalendarDuration.of(amount, unit)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "born in {0}, at {1}: age {2} {3} years is {4}")
  @CsvSource({
    "1950, 2026-11-24, GE, 18, TRUE",
    "1950, 2026-11-24, GE, 76, UNKNOWN",
    "1950, 2026-11-24, GE, 77, FALSE",
    "2008, 2026-06-30, GE, 18, UNKNOWN",
    "2008, 2027-01-01, GE, 18, TRUE",
  })
  void test_birthYearOnly_decidesWhenEveryDayOfTheYearAgrees(
      int year, LocalDate at, ComparisonOp op, long years, TruthValue expected) {
    Elapsed age = Elapsed.betweenAnyOf(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), at);

    assertThat(age.test(op, CalendarDuration.of(years, ChronoUnit.YEARS))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}..{1}: ''{2}''")
  @CsvSource({
    "1959-06-01, 2026-11-24, 67 years",
    "2025-11-24, 2026-11-24, 1 year",
    "2026-11-15, 2026-11-24, 9 days",
    "2026-11-23, 2026-11-24, 1 day",
    "2025-12-01, 2026-11-24, 358 days",
  })
  void toString_yearsForLongSpansElseDays(LocalDate from, LocalDate to, String expected) {
    assertThat(Elapsed.between(from, to)).hasToString(expected);
  }

  @Test
  void toString_courseLongerThanAYear_staysInDays() {
    assertThat(Elapsed.inclusive(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
        .hasToString("366 days");
  }

  @Test
  void wholeMonths_countsCalendarMonths() {
    assertThat(Elapsed.between(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30)).wholeMonths())
        .isEqualTo(2);
  }

  @Test
  void equals_sameDatesAndSameMeasure() {
    LocalDate a = LocalDate.of(2026, 3, 1);
    LocalDate b = LocalDate.of(2026, 3, 7);

    assertThat(Elapsed.between(a, b)).isEqualTo(Elapsed.between(a, b));
    assertThat(Elapsed.between(a, b).hashCode()).isEqualTo(Elapsed.between(a, b).hashCode());
    assertThat(Elapsed.inclusive(a, b)).isNotEqualTo(Elapsed.between(a, b));
  }
}
