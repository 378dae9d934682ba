package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Series operations, and PSA progression written from them as a criteria file would. */
class SeriesTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");

  private static Items<Point> series(Observation... observations) {
    PatientRecord.Builder builder = patient();
    for (Observation o : observations) {
      builder.add(o);
    }
    Evaluation ctx = evaluate(builder.build());
    return Series.of(
        Windows.within(ctx, ctx.observations(PSA), CalendarDuration.of(12, ChronoUnit.MONTHS)));
  }

  private static Observation psa(String id, String date, String value) {
    return quantity(id, "2857-1", date, value, "ng/mL");
  }

  private static Value<Quantity> valueOf(Value<Point> point) {
    return point.flatMap(Point::value);
  }

  /** The data dictionary's PSA progression, from general pieces only. */
  private static Truth psaProgression(Items<Point> series) {
    Truth someRun =
        Lists.anyList(
            Lists.runs(series, 4),
            run -> {
              Truth rises =
                  Lists.allList(
                      Lists.pairs(run),
                      p ->
                          Logic.and(
                              Compare.quantities(
                                  valueOf(p.next()), ComparisonOp.GT, valueOf(p.previous())),
                              Compare.elapsed(
                                  Dates.between(Fields.date(p.previous()), Fields.date(p.next())),
                                  ComparisonOp.GE,
                                  CalendarDuration.of(7, ChronoUnit.DAYS))));
              Value<Point> nadir = Lists.min(Series.upTo(series, Lists.first(run)));
              Value<Quantity> limit =
                  Arithmetic.times(Arithmetic.constant("1.5", "1"), valueOf(nadir));
              Items<Point> high =
                  Lists.whereList(
                      Lists.rest(run),
                      "at least 1.5 x nadir",
                      pt -> Compare.quantities(pt.value(), ComparisonOp.GE, limit));
              Truth twoHigh =
                  Compare.quantities(
                      Lists.count(high), ComparisonOp.GE, Arithmetic.constant("2", "1"));
              Truth lastOver2 =
                  Compare.quantities(
                      valueOf(Lists.last(run)), ComparisonOp.GT, Arithmetic.constant("2", "ng/mL"));
              return Logic.and(rises, twoHigh, lastOver2);
            });
    Truth enough =
        Compare.quantities(Lists.count(series), ComparisonOp.GE, Arithmetic.constant("4", "1"));
    return Logic.or(
        someRun,
        Logic.ifThenElse(
            enough, () -> Logic.constant(false), () -> Logic.unknown("fewer than 4 PSA values")));
  }

  @Test
  void of_onePointPerDayInTimeOrder_equalSameDayValuesCountOnce() {
    Items<Point> s =
        series(
            psa("b", "2026-03-05", "3.5"),
            psa("a", "2026-01-05", "2.0"),
            psa("b2", "2026-03-05", "3.50"));
    assertThat(s.definite())
        .extracting(p -> p.date().get())
        .containsExactly(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-03-05"));
    assertThat(s.definite().get(1).value().get()).isEqualTo(Quantity.of("3.5", "ng/mL"));
    assertThat(s.definite().get(1).observations()).hasSize(2);
  }

  @Test
  void of_differentSameDayValues_makeThatPointUnknown() {
    Items<Point> s = series(psa("a", "2026-03-05", "3.5"), psa("b", "2026-03-05", "3.9"));
    Value<Quantity> value = s.definite().get(0).value();
    assertThat(value.isKnown()).isFalse();
    assertThat(value.reason())
        .startsWith("different values on the same day")
        .contains("Observation/a")
        .contains("Observation/b");
  }

  @Test
  void of_sameDayValuesInConvertibleUnits_areEqual() {
    Items<Point> s =
        series(psa("a", "2026-03-05", "3.5"), quantity("b", "2857-1", "2026-03-05", "3.5", "ug/L"));
    assertThat(s.definite().get(0).value().isKnown()).isTrue();
  }

  @Test
  void psaProgression_threeRisesTwoOverOneAndAHalfNadirLastOver2_isMet() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "2.5"),
            psa("c", "2026-03-05", "3.5"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void psaProgression_nadirBeforeTheRun_counts() {
    // nadir 1.0 before the run makes 1.5 x nadir = 1.5: m1..m3 all above it
    Items<Point> s =
        series(
            psa("n", "2025-12-01", "1.0"),
            psa("a", "2026-01-05", "2.4"),
            psa("b", "2026-02-05", "2.5"),
            psa("c", "2026-03-05", "2.6"),
            psa("d", "2026-04-05", "2.7"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void psaProgression_onlyOneOverOneAndAHalfNadir_isNotMet() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "2.5"),
            psa("c", "2026-03-05", "2.9"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void psaProgression_valueInBetweenBreaksTheRun_isNotMet() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "2.5"),
            psa("x", "2026-02-20", "2.2"),
            psa("c", "2026-03-05", "3.5"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void psaProgression_risesLessThanSevenDaysApart_isNotMet() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-01-11", "2.5"),
            psa("c", "2026-03-05", "3.5"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void psaProgression_exactlySevenDaysApart_isMet() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-01-12", "2.5"),
            psa("c", "2026-01-19", "3.5"),
            psa("d", "2026-01-26", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void psaProgression_runThroughADayWithDifferentValues_isUnknown() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "2.5"),
            psa("c", "2026-03-05", "3.5"),
            psa("c2", "2026-03-05", "3.7"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void psaProgression_fewerThanFourValues_isUnknown() {
    Items<Point> s = series(psa("a", "2026-01-05", "2.0"), psa("b", "2026-02-05", "2.5"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void psaProgression_valueWithComparatorInTheRun_isUnknown() {
    Observation below =
        new Observation(
            dev.eligo.runtime.record.RecordRef.of("Observation", "lt"),
            java.util.List.of(Fixtures.loinc("2857-1")),
            ObservationStatus.FINAL,
            dev.eligo.runtime.record.RecordDate.parse("2026-01-05"),
            null,
            new dev.eligo.runtime.record.ObservationValue.QuantityValue(
                new java.math.BigDecimal("0.1"), "ng/mL", "<"),
            java.util.List.of());
    Items<Point> s =
        series(
            below,
            psa("b", "2026-02-05", "2.5"),
            psa("c", "2026-03-05", "3.5"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void psaProgression_possibleValueInsideTheRun_isUnknown() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "2.5"),
            quantity("x", "2857-1", "2026-02-20", "2.2", "ng/mL", ObservationStatus.UNKNOWN),
            psa("c", "2026-03-05", "3.5"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(psaProgression(s).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void min_lowestValueEarliestOnTies_max_highest() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "1.0"),
            psa("c", "2026-03-05", "1.0"),
            psa("d", "2026-04-05", "4.0"));
    assertThat(Lists.min(s).get().date().get()).isEqualTo(LocalDate.parse("2026-02-05"));
    assertThat(Lists.max(s).get().date().get()).isEqualTo(LocalDate.parse("2026-04-05"));
  }

  @Test
  void min_withAnUnknownPoint_isUnknown() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "1.0"),
            psa("b2", "2026-02-05", "1.2"));
    assertThat(Lists.min(s).isKnown()).isFalse();
  }

  @Test
  void upTo_keepsPointsAtOrBefore() {
    Items<Point> s =
        series(
            psa("a", "2026-01-05", "2.0"),
            psa("b", "2026-02-05", "1.0"),
            psa("c", "2026-03-05", "3.0"));
    Value<Point> second = Value.known(s.definite().get(1), Evidence.none());
    assertThat(Series.upTo(s, second).definite()).hasSize(2);
  }
}
