package dev.eligo.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A span of time counted in days, weeks, months or years, its ends, and how it is shown: whole
 * years for an age, days for a course, a range of years for an age from a birth year.
 */
class SpanCountsTest {
  private static final LocalDate BIRTH = LocalDate.of(1960, 2, 29);
  private static final LocalDate SCREENING = LocalDate.of(2026, 2, 28);

  @Test
  void countsInEachUnit() {
    Elapsed age = Elapsed.between(BIRTH, SCREENING);
    assertThat(age.in(ChronoUnit.YEARS)).contains(BigDecimal.valueOf(65));
    assertThat(age.in(ChronoUnit.MONTHS)).contains(BigDecimal.valueOf(791));
    assertThat(age.in(ChronoUnit.DAYS)).contains(BigDecimal.valueOf(age.days()));
    Elapsed fortnight = Elapsed.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    assertThat(fortnight.in(ChronoUnit.WEEKS)).contains(BigDecimal.valueOf(2));
    assertThatThrownBy(() -> fortnight.in(ChronoUnit.HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no span is counted in Hours");
  }

  @Test
  void aSpanFromABirthYear_isCountedOnlyWhenEveryStartAgrees() {
    Elapsed age =
        Elapsed.betweenAnyOf(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), SCREENING);
    assertThat(age.in(ChronoUnit.YEARS)).isEmpty();
    assertThat(age.in(ChronoUnit.DAYS)).isEmpty();
    assertThat(age).hasToString("75 to 76 years");
    Elapsed sure =
        Elapsed.betweenAnyOf(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 1, 31), SCREENING);
    assertThat(sure.in(ChronoUnit.YEARS)).contains(BigDecimal.valueOf(76));
    assertThat(sure).hasToString("76 years");
    Elapsed oneDay = Elapsed.betweenAnyOf(SCREENING, SCREENING, SCREENING.plusDays(3));
    assertThat(oneDay).isEqualTo(Elapsed.between(SCREENING, SCREENING.plusDays(3)));
  }

  @Test
  void endsAndShownText() {
    Elapsed course = Elapsed.inclusive(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 7));
    assertThat(course.from()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(course.until()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(course).hasToString("7 days");
    assertThat(Elapsed.inclusive(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 7)))
        .hasToString("372 days");
    assertThat(Elapsed.between(BIRTH, SCREENING)).hasToString("65 years");
    assertThat(Elapsed.between(SCREENING, SCREENING.plusDays(1))).hasToString("1 day");
    assertThat(Elapsed.between(SCREENING, SCREENING.plusYears(1))).hasToString("1 year");
    assertThat(Elapsed.between(SCREENING.plusDays(2), SCREENING)).hasToString("-2 days");
  }

  @Test
  void spansAreEqualWhenMeasuredTheSameWayBetweenTheSameDates() {
    Elapsed a = Elapsed.between(BIRTH, SCREENING);
    assertThat(a).isEqualTo(Elapsed.between(BIRTH, SCREENING));
    assertThat(a).hasSameHashCodeAs(Elapsed.between(BIRTH, SCREENING));
    assertThat(Elapsed.inclusive(BIRTH, SCREENING.minusDays(1))).isNotEqualTo(a);
    assertThat(a.hashCode()).isNotEqualTo(Elapsed.between(BIRTH, SCREENING.plusDays(1)).hashCode());
  }
}
