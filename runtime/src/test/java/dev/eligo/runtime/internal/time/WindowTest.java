package dev.eligo.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {

  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);
  private static final Window LAB =
      Window.before(SCREENING, CalendarDuration.of(28, ChronoUnit.DAYS));

  @Test
  void before_isClosedIntervalEndingAtAnchor() {
    assertThat(LAB).isEqualTo(new Window(LocalDate.of(2026, 10, 27), SCREENING));
    assertThat(LAB).hasToString("2026-10-27..2026-11-24");
  }

  @Test
  void before_threeMonthsFromEndOfMonth_usesCalendarArithmetic() {
    Window window =
        Window.before(LocalDate.of(2026, 5, 31), CalendarDuration.of(3, ChronoUnit.MONTHS));

    assertThat(window.from()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void on_isASingleDay() {
    assertThat(Window.on(SCREENING)).hasToString("2026-11-24..2026-11-24");
    assertThat(Window.on(SCREENING).contains(RecordDate.of(SCREENING))).isEqualTo(TruthValue.TRUE);
    assertThat(Window.on(SCREENING).contains(RecordDate.of(SCREENING.minusDays(1))))
        .isEqualTo(TruthValue.FALSE);
  }

  @Test
  void new_endBeforeStart_isRejected() {
    assertThatThrownBy(() -> new Window(SCREENING, SCREENING.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} in 2026-10-27..2026-11-24: {1}")
  @CsvSource({
    "2026-10-27, TRUE",
    "2026-11-24, TRUE",
    "2026-11-01T23:30:00-10:00, TRUE",
    "2026-10-26, FALSE",
    "2026-11-25, FALSE",
    "2026-11, UNKNOWN",
    "2026-10, UNKNOWN",
    "2026-09, FALSE",
    "2026-12, FALSE",
    "2026, UNKNOWN",
    "2025, FALSE",
  })
  void contains_recordDate_isThreeValuedForPartialDates(String date, TruthValue expected) {
    assertThat(LAB.contains(RecordDate.parse(date))).isEqualTo(expected);
  }

  @Test
  void contains_monthWhollyInsideLongWindow_isTrue() {
    Window fiveYears = Window.before(SCREENING, CalendarDuration.of(5, ChronoUnit.YEARS));

    assertThat(fiveYears.contains(RecordDate.parse("2024-05"))).isEqualTo(TruthValue.TRUE);
    assertThat(fiveYears.contains(RecordDate.parse("2021"))).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void contains_missingDate_isUnknown() {
    assertThat(LAB.contains(null)).isEqualTo(TruthValue.UNKNOWN);
  }

  private static RecordPeriod period(String start, String end) {
    RecordDate from = RecordDate.parse(start);
    return end.isEmpty()
        ? RecordPeriod.ongoingFrom(from)
        : new RecordPeriod(from, RecordDate.parse(end));
  }

  @ParameterizedTest(name = "{0} to {1} overlaps 2026-10-27..2026-11-24: {2}")
  @CsvSource({
    "2026-10-01, 2026-10-27, TRUE",
    "2026-11-24, 2026-12-31, TRUE",
    "2026-01-01, 2026-12-31, TRUE",
    "2026-11-01, 2026-11-02, TRUE",
    "2026-10-01, 2026-10-26, FALSE",
    "2026-11-25, 2026-12-01, FALSE",
    "2026-10-01, '',         TRUE",
    "2026-11-25, '',         FALSE",
    "2026-10-01, 2026-10,    UNKNOWN",
    "2026-10-01, 2026-11,    TRUE",
    "2026-11,    2026-12-31, UNKNOWN",
    "2026-10,    2026-12-31, TRUE",
    "2026-12,    2026-12-31, FALSE",
    "2026,       2026-12-31, UNKNOWN",
    "2026,       '',         TRUE",
    "2026,       2026-12,    UNKNOWN",
    "2025,       2025,       FALSE",
    "2026,       2026-10-27, TRUE",
    "2026-11-10, 2026-11-01, UNKNOWN",
  })
  void overlaps_period_isThreeValuedForPartialDates(String start, String end, TruthValue expected) {
    assertThat(LAB.overlaps(period(start, end), SCREENING)).isEqualTo(expected);
  }

  @Test
  void overlaps_ongoingPeriod_runsToGivenDate() {
    RecordPeriod ongoing = period("2026-01-01", "");

    assertThat(LAB.overlaps(ongoing, LocalDate.of(2026, 10, 26))).isEqualTo(TruthValue.FALSE);
    assertThat(LAB.overlaps(ongoing, LocalDate.of(2026, 10, 27))).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void overlaps_missingPeriodOrOngoingEnd_isUnknown() {
    assertThat(LAB.overlaps(null, SCREENING)).isEqualTo(TruthValue.UNKNOWN);
    assertThat(LAB.overlaps(period("2026-01-01", ""), null)).isEqualTo(TruthValue.UNKNOWN);
  }
}
