package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The days of a series as the screener sees them: each day's value in the concept's unit (saying
 * how it was written), named by its day and records; a day of only uncertain records only possible,
 * with their reasons; the points up to a point, all only possible when that point is unknown.
 */
class SeriesPointsTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");

  private static Items<Point> series(Observation... observations) {
    PatientRecord.Builder builder = patient();
    for (Observation o : observations) {
      builder.add(o);
    }
    Evaluation ctx = evaluate(builder.build());
    return Series.of(ctx.observations(PSA));
  }

  @Test
  void aDaysValue_isInTheConceptsUnit_namedByItsDayAndRecords() {
    Items<Point> points =
        series(
            quantity("a", "2857-1", "2026-09-01", "4", "ug/L"),
            quantity("b", "2857-1", "2026-10-01", "5", "ng/mL"));
    Point first = points.definite().get(0);
    assertThat(first.value().get()).isEqualTo(Quantity.of("4", "ng/mL"));
    assertThat(first.value().shown()).isEqualTo("4 ng/mL (written 4 ug/L)");
    assertThat(first.value().label()).isEqualTo("PSA on 2026-09-01 (Observation/a)");
    assertThat(first.value().evidence().used())
        .extracting(Object::toString)
        .containsExactly("Observation/a");
    assertThat(points.definite().get(1).value().shown()).isEqualTo("5 ng/mL");
    assertThat(first).hasToString("4 ng/mL (written 4 ug/L) on 2026-09-01 (Observation/a)");
    assertThat(first.date().label()).isEqualTo("date of 2026-09-01 (Observation/a)");
    assertThat(first.observations()).extracting(o -> o.ref().id()).containsExactly("a");
  }

  @Test
  void aDayOfOnlyUncertainRecords_isOnlyPossible_withTheirReasons() {
    Items<Point> points =
        series(
            quantity("p1", "2857-1", "2026-09-01", "4", "ng/mL", ObservationStatus.UNKNOWN),
            quantity("p2", "2857-1", "2026-09-01", "4", "ng/mL", ObservationStatus.UNKNOWN),
            quantity("sure", "2857-1", "2026-10-01", "5", "ng/mL"),
            quantity("maybe", "2857-1", "2026-10-01", "5", "ng/mL", ObservationStatus.UNKNOWN));
    assertThat(points.definite())
        .extracting(p -> p.day())
        .containsExactly(LocalDate.of(2026, 10, 1));
    Possible<Point> uncertainDay = points.possible().get(0);
    assertThat(uncertainDay.reason()).isEqualTo("status unknown; status unknown");
    assertThat(uncertainDay.missing()).hasSize(2);
  }

  @Test
  void differentValuesOnADay_nameTheUncertainRecordsReason() {
    // records of one day in the order of their references
    Items<Point> points =
        series(
            quantity("sure", "2857-1", "2026-10-01", "5", "ng/mL"),
            quantity("maybe", "2857-1", "2026-10-01", "6", "ng/mL", ObservationStatus.UNKNOWN));
    Point day = points.definite().get(0);
    assertThat(day.conflict().value()).isEqualTo(TruthValue.TRUE);
    assertThat(day.value().reason())
        .isEqualTo(
            "different values on the same day: 6 ng/mL (Observation/maybe, status unknown), 5"
                + " ng/mL (Observation/sure)");
    assertThat(day.conflict().statement())
        .isEqualTo("different values on 2026-10-01 (Observation/maybe, Observation/sure)");
  }

  @Test
  void upTo_keepsThePointsAtOrBeforeIt_allOnlyPossibleWhenItIsUnknown() {
    Items<Point> points =
        series(
            quantity("a", "2857-1", "2026-09-01", "4", "ng/mL"),
            quantity("b", "2857-1", "2026-10-01", "5", "ng/mL"),
            quantity("c", "2857-1", "2026-11-01", "6", "ng/mL"));
    Value<Point> second = Value.of(points.definite().get(1));
    Items<Point> upToSecond = Series.upTo(points, second);
    assertThat(upToSecond.definite())
        .extracting(Point::day)
        .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
    assertThat(upToSecond.where()).isEqualTo("at or before 2026-10-01 (Observation/b)");
    assertThat(Series.upTo(points, second)).isSameAs(upToSecond);

    Value<Point> unknown =
        Value.<Point>unknown("no nadir", List.of(new Missing("PSA", "nadir")), Evidence.none())
            .labelled("first of run");
    Items<Point> uncertain = Series.upTo(points, unknown);
    assertThat(uncertain.definite()).isEmpty();
    assertThat(uncertain.possible()).hasSize(3);
    assertThat(uncertain.possible().get(0).reason())
        .isEqualTo("it may be after first of run: no nadir");
    assertThat(uncertain.possible().get(0).missing()).containsExactly(new Missing("PSA", "nadir"));
  }

  @Test
  void aValueThatCannotBeConverted_isAnUnknownPoint() {
    Items<Point> points = series(quantity("pct", "2857-1", "2026-09-01", "4", "%"));
    Value<Quantity> value = points.definite().get(0).value();
    assertThat(value.isKnown()).isFalse();
    assertThat(value.reason()).endsWith("(Observation/pct)");
  }
}
