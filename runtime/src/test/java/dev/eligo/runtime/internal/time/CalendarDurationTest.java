package dev.eligo.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarDurationTest {

  @ParameterizedTest(name = "{0} - {1} {2} = {3}")
  @CsvSource({
    "2026-05-31, 3,  MONTHS, 2026-02-28",
    "2024-05-31, 3,  MONTHS, 2024-02-29",
    "2026-03-31, 1,  MONTHS, 2026-02-28",
    "2024-02-29, 1,  YEARS,  2023-02-28",
    "2026-11-24, 28, DAYS,   2026-10-27",
    "2026-11-24, 6,  WEEKS,  2026-10-13",
    "2026-11-24, 5,  YEARS,  2021-11-24",
    "2026-03-01, 1,  DAYS,   2026-02-28",
  })
  void before_usesCalendarArithmetic(
      LocalDate date, long amount, ChronoUnit unit, LocalDate expected) {
    assertThat(CalendarDuration.of(amount, unit).before(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} {2} = {3}")
  @CsvSource({
    "2026-01-31, 1,  MONTHS, 2026-02-28",
    "2026-01-31, 7,  DAYS,   2026-02-07",
    "2026-12-30, 1,  WEEKS,  2027-01-06",
    "2024-02-29, 4,  YEARS,  2028-02-29",
  })
  void after_usesCalendarArithmetic(
      LocalDate date, long amount, ChronoUnit unit, LocalDate expected) {
    assertThat(CalendarDuration.of(amount, unit).after(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> ''{2}''")
  @CsvSource({
    "28, DAYS,   28 days",
    "1,  DAYS,   1 day",
    "1,  YEARS,  1 year",
    "3,  MONTHS, 3 months",
    "1,  WEEKS,  1 week",
    "0,  WEEKS,  0 weeks",
  })
  void toString_amountAndUnitInEnglish(long amount, ChronoUnit unit, String expected) {
    assertThat(CalendarDuration.of(amount, unit)).hasToString(expected);
  }

  @Test
  void of_unitNotACalendarUnit_isRejected() {
    assertThatThrownBy(() -> CalendarDuration.of(3, ChronoUnit.HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days, weeks, months or years");
  }

  @Test
  void of_negativeAmount_isRejected() {
    assertThatThrownBy(() -> CalendarDuration.of(-1, ChronoUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
