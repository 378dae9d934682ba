package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time between dates of the record, dates a calendar duration apart, and spans counted in days,
 * weeks, months or years (an age in whole years); unknown when a date is, or when a start known
 * only as a year gives different counts.
 */
class DateArithmeticTest {
  private static final RecordRef BIOPSY = RecordRef.of("Procedure", "biopsy");

  private static Value<LocalDate> day(String date, String label) {
    return Value.known(LocalDate.parse(date), Evidence.used(BIOPSY)).labelled(label);
  }

  @Test
  void between_isTheTimeFromOneDateToTheOther_withBothDatesEvidence() {
    Value<Elapsed> time =
        Dates.between(day("2026-01-10", "date of biopsy"), Dates.constant(2026, 3, 10));

    assertThat(time.get())
        .isEqualTo(Elapsed.between(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 10)));
    assertThat(time.shown()).isEqualTo("59 days (2026-01-10 to 2026-03-10)");
    assertThat(time.label()).isEqualTo("time from date of biopsy to 2026-03-10");
    assertThat(time.evidence().used()).containsExactly(BIOPSY);
  }

  @Test
  void between_anUnknownDate_givesItsReasonAndWhatIsMissing() {
    Value<LocalDate> none =
        Value.<LocalDate>unknown(
                "no biopsy recorded", List.of(new Missing("biopsy", "procedures")), Evidence.none())
            .labelled("date of biopsy");
    Value<LocalDate> screening = Dates.constant(2026, 11, 24);

    Value<Elapsed> fromUnknown = Dates.between(none, screening);
    assertThat(fromUnknown.isKnown()).isFalse();
    assertThat(fromUnknown.reason()).isEqualTo("date of biopsy: no biopsy recorded");
    assertThat(fromUnknown.missing()).containsExactly(new Missing("biopsy", "procedures"));

    Value<LocalDate> noSecond =
        Value.<LocalDate>unknown("no progression", List.of(new Missing("p", "")), Evidence.none());
    Value<Elapsed> toUnknown = Dates.between(screening, noSecond);
    assertThat(toUnknown.reason()).isEqualTo("no progression");
    Value<Elapsed> both = Dates.between(none, noSecond);
    assertThat(both.reason()).isEqualTo("date of biopsy: no biopsy recorded");
    assertThat(both.missing())
        .containsExactly(new Missing("biopsy", "procedures"), new Missing("p", ""));
  }

  @Test
  void plusAndMinus_followTheCalendar() {
    Value<LocalDate> later =
        Dates.plus(Dates.constant(2026, 1, 31), CalendarDuration.of(1, ChronoUnit.MONTHS));
    assertThat(later.get()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(later.label()).isEqualTo("2026-01-31 + 1 month");

    Value<LocalDate> earlier =
        Dates.minus(day("2026-05-31", "date of biopsy"), CalendarDuration.of(3, ChronoUnit.MONTHS));
    assertThat(earlier.get()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(earlier.label()).isEqualTo("date of biopsy - 3 months");
    assertThat(earlier.evidence().used()).containsExactly(BIOPSY);
  }

  @Test
  void numberOf_countsWholeUnits_weeksAsDaysOverSeven() {
    Value<Elapsed> span =
        Value.of(Elapsed.between(LocalDate.of(2024, 3, 15), LocalDate.of(2026, 3, 14)))
            .labelled("time on treatment");

    Value<Quantity> years = Dates.numberOf(ChronoUnit.YEARS, span);
    assertThat(years.get()).isEqualTo(Quantity.number(1));
    assertThat(years.label()).isEqualTo("time on treatment in years");
    assertThat(years.shown()).isEqualTo("1");
    assertThat(Dates.numberOf(ChronoUnit.MONTHS, span).get()).isEqualTo(Quantity.number(23));
    assertThat(Dates.numberOf(ChronoUnit.DAYS, span).get()).isEqualTo(Quantity.number(729));
    assertThat(Dates.numberOf(ChronoUnit.WEEKS, span).get())
        .isEqualTo(
            Quantity.number(
                new BigDecimal("729")
                    .divide(new BigDecimal("7"), java.math.MathContext.DECIMAL128)));
    assertThat(
            Dates.numberOf(
                    ChronoUnit.WEEKS,
                    Value.of(Elapsed.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15))))
                .get())
        .isEqualTo(Quantity.number(2));

    Value<Quantity> unnamed =
        Dates.numberOf(
            ChronoUnit.DAYS,
            Value.of(Elapsed.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4))));
    assertThat(unnamed.label()).isEqualTo("3 days in days");
  }

  @Test
  void numberOf_aStartKnownOnlyAsAYear_isKnownOnlyWhenEveryDayOfItAgrees() {
    // born in 1950, screened on 2026-11-24: 75 or 76
    Elapsed age =
        Elapsed.betweenAnyOf(
            LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), LocalDate.of(2026, 11, 24));
    Value<Quantity> years = Dates.numberOf(ChronoUnit.YEARS, Value.of(age).labelled("age"));
    assertThat(years.isKnown()).isFalse();
    assertThat(years.reason())
        .isEqualTo(
            "the number of years depends on a date known only as an interval (75 to 76 years)");
    assertThat(years.label()).isEqualTo("age in years");

    // born in 1950, 76 years on 2026-12-31 whatever the day (the span excludes its last day)
    Elapsed sure =
        Elapsed.betweenAnyOf(
            LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), LocalDate.of(2026, 12, 31));
    assertThat(Dates.numberOf(ChronoUnit.YEARS, Value.of(sure)).get())
        .isEqualTo(Quantity.number(76));
    assertThat(sure.toString()).isEqualTo("76 years");
  }

  @Test
  void numberOf_anUnknownSpan_staysUnknown() {
    Value<Elapsed> none =
        Value.<Elapsed>unknown("no dates", List.of(new Missing("dates", "")), Evidence.none());
    Value<Quantity> n = Dates.numberOf(ChronoUnit.DAYS, none);
    assertThat(n.isKnown()).isFalse();
    assertThat(n.missing()).containsExactly(new Missing("dates", ""));
    assertThat(n.label()).isEqualTo("no dates in days");
  }
}
