package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Truth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nadir (and peak) of a PSA series: the lowest (highest) value, the earliest on ties; unknown
 * when an unreadable value or an uncertain point could change the pick.
 */
class ExtremesTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");

  /**
   * A PSA reading: its id, day and value; an id starting with {@code maybe} is uncertain (status
   * unknown).
   */
  private static Observation psa(String id, String date, String value) {
    ObservationStatus status =
        id.startsWith("maybe") ? ObservationStatus.UNKNOWN : ObservationStatus.FINAL;
    return quantity(id, "2857-1", date, value, "ng/mL", status);
  }

  private static Items<Point> series(List<Observation> observations) {
    PatientRecord.Builder builder = patient();
    observations.forEach(builder::add);
    Evaluation ctx = evaluate(builder.build());
    return Series.of(
        Windows.within(ctx, ctx.observations(PSA), CalendarDuration.of(12, ChronoUnit.MONTHS)));
  }

  static Stream<Arguments> series() {
    return Stream.of(
        // name, readings, the nadir's record (or what the unknown says), the peak's record (or ...)
        Arguments.of("one reading is both", List.of(psa("a", "2026-01-05", "2.0")), "a", "a"),
        Arguments.of(
            "lowest and highest in the middle",
            List.of(
                psa("a", "2026-01-05", "2.0"),
                psa("b", "2026-02-05", "1.0"),
                psa("c", "2026-03-05", "5.0"),
                psa("d", "2026-04-05", "3.0")),
            "b",
            "c"),
        Arguments.of(
            "ties keep the earliest",
            List.of(
                psa("a", "2026-01-05", "3.0"),
                psa("b", "2026-02-05", "1.0"),
                psa("c", "2026-03-05", "3.0"),
                psa("d", "2026-04-05", "1.0")),
            "b",
            "a"),
        Arguments.of(
            "the same amount in another unit ties",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                quantity("b", "2857-1", "2026-02-05", "1000", "pg/mL"),
                quantity("c", "2857-1", "2026-03-05", "0.002", "mg/L")),
            "a",
            "c"),
        Arguments.of(
            "an uncertain reading above the nadir and below the peak changes neither",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                psa("maybe1", "2026-02-05", "2.0"),
                psa("c", "2026-03-05", "3.0")),
            "a",
            "c"),
        Arguments.of(
            "an uncertain reading equal to them changes neither",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                psa("maybe1", "2026-02-05", "1.0"),
                psa("maybe2", "2026-02-20", "3.0"),
                psa("c", "2026-03-05", "3.0")),
            "a",
            "c"),
        Arguments.of(
            "an uncertain reading below the nadir leaves it unknown, not the peak",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                psa("maybe1", "2026-02-05", "0.5"),
                psa("c", "2026-03-05", "3.0")),
            "cannot tell because of 0.5 ng/mL on 2026-02-05 (Observation/maybe1) [",
            "c"),
        Arguments.of(
            "an uncertain reading above the peak leaves it unknown, not the nadir",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                psa("maybe1", "2026-02-05", "4.0"),
                psa("c", "2026-03-05", "3.0")),
            "a",
            "cannot tell because of 4 ng/mL on 2026-02-05 (Observation/maybe1) ["),
        Arguments.of(
            "only uncertain readings: unknown",
            List.of(psa("maybe1", "2026-02-05", "4.0")),
            "cannot tell because of 4 ng/mL",
            "cannot tell because of 4 ng/mL"),
        Arguments.of(
            "two values on one day: that day is unknown, so is the pick",
            List.of(
                psa("a", "2026-01-05", "1.0"),
                psa("b1", "2026-02-05", "0.5"),
                psa("b2", "2026-02-05", "0.7")),
            "cannot tell because of",
            "cannot tell because of"),
        Arguments.of("no readings", List.of(), "none recorded", "none recorded"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void nadir(String name, List<Observation> readings, String expected, String peak) {
    assertPick(Lists.min(series(readings)), "lowest PSA", expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void peak(String name, List<Observation> readings, String nadir, String expected) {
    assertPick(Lists.max(series(readings)), "highest PSA", expected);
  }

  @Test
  void theNadirNamesItsObservation_soDoesAComparisonOfItsValue() {
    Items<Point> psa =
        series(
            List.of(
                psa("a", "2026-01-05", "2.0"),
                psa("b", "2026-02-05", "1.0"),
                psa("c", "2026-03-05", "5.0")));
    Value<Point> nadir = Lists.min(psa);
    assertThat(nadir.evidence().used()).extracting(RecordRef::toString).contains("Observation/b");
    Truth below =
        Compare.quantities(
            Fields.pointValue(nadir), ComparisonOp.LT, Arithmetic.constant("1.5", "ng/mL"));
    assertThat(below.isTrue()).isTrue();
    assertThat(below.evidence().used()).extracting(RecordRef::toString).contains("Observation/b");
  }

  /**
   * A reading without a value leaves the pick unknown and is named in the reason; an uncertain one
   * also says why it is uncertain, a definite one does not.
   */
  @Test
  void aReadingWithoutAValue_isNamed_withWhyItIsUncertainOnlyWhenItIs() {
    Observation definite = withoutValue("a", ObservationStatus.FINAL);
    Observation uncertain = withoutValue("maybe1", ObservationStatus.UNKNOWN);

    Value<Point> fromDefinite = Lists.min(series(List.of(definite)));
    Value<Point> fromUncertain = Lists.min(series(List.of(uncertain)));

    assertThat(fromDefinite.isKnown()).isFalse();
    assertThat(fromDefinite.reason()).contains("Observation/a").doesNotContain("[");
    assertThat(fromUncertain.isKnown()).isFalse();
    assertThat(fromUncertain.reason()).contains("Observation/maybe1) [");
  }

  private static Observation withoutValue(String id, ObservationStatus status) {
    return new Observation(
        dev.eligo.runtime.record.RecordRef.of("Observation", id),
        List.of(Fixtures.loinc("2857-1")),
        status,
        dev.eligo.runtime.record.RecordDate.parse("2026-02-05"),
        null,
        null,
        List.of());
  }

  /** {@code expected}: the id of the picked reading, or the start of the unknown's reason. */
  private static void assertPick(Value<Point> pick, String label, String expected) {
    assertThat(pick.label()).startsWith(label);
    if (expected.length() <= 2) {
      assertThat(pick.isKnown()).as(pick.describe()).isTrue();
      assertThat(pick.get().observations())
          .extracting(o -> o.ref().toString())
          .containsExactly("Observation/" + expected);
      assertThat(pick.evidence().used())
          .extracting(RecordRef::toString)
          .contains("Observation/" + expected);
    } else {
      assertThat(pick.isKnown()).as(pick.describe()).isFalse();
      assertThat(pick.reason()).startsWith(expected);
      assertThat(pick.missing()).isNotEmpty();
    }
  }
}
