package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.medication;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows next to a date other than the screening date (a treatment start, a record's period):
 * which ends are included, how the window is named, and what an unknown anchor leaves.
 */
class AnchoredWindowsTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");
  private static final Value<LocalDate> START = Value.of(LocalDate.of(2026, 9, 1));
  private static final CalendarDuration WEEK = CalendarDuration.of(7, ChronoUnit.DAYS);

  private final Evaluation ctx =
      evaluate(
          patient()
              .add(psa("before-week", "2026-08-24"))
              .add(psa("week-start", "2026-08-25"))
              .add(psa("day-before", "2026-08-31"))
              .add(psa("on-start", "2026-09-01"))
              .add(psa("day-after", "2026-09-02"))
              .add(psa("week-end", "2026-09-08"))
              .add(psa("after-week", "2026-09-09"))
              .build());

  private static Observation psa(String id, String date) {
    return quantity(id, "2857-1", date, "4", "ng/mL");
  }

  private static List<String> ids(Items<Observation> items) {
    return items.definite().stream().map(o -> o.ref().id()).toList();
  }

  @Test
  void beforeAfterAndAround_includeBothEnds() {
    assertThat(ids(Windows.before(ctx, ctx.observations(PSA), WEEK, START)))
        .containsExactly("week-start", "day-before", "on-start");
    assertThat(ids(Windows.after(ctx, ctx.observations(PSA), WEEK, START)))
        .containsExactly("on-start", "day-after", "week-end");
    assertThat(ids(Windows.around(ctx, ctx.observations(PSA), WEEK, START)))
        .containsExactly("week-start", "day-before", "on-start", "day-after", "week-end");
  }

  @Test
  void beforeAndAfterADate_excludeTheDate_onOrBeforeAndOnOrAfter_includeIt() {
    assertThat(ids(Windows.beforeDate(ctx, ctx.observations(PSA), START)))
        .containsExactly("before-week", "week-start", "day-before");
    assertThat(ids(Windows.onOrBefore(ctx, ctx.observations(PSA), START)))
        .containsExactly("before-week", "week-start", "day-before", "on-start");
    assertThat(ids(Windows.afterDate(ctx, ctx.observations(PSA), START)))
        .containsExactly("day-after", "week-end", "after-week");
    assertThat(ids(Windows.onOrAfter(ctx, ctx.observations(PSA), START)))
        .containsExactly("on-start", "day-after", "week-end", "after-week");
    assertThat(ids(Windows.at(ctx, ctx.observations(PSA), START))).containsExactly("on-start");
  }

  @Test
  void windows_areNamedForWhatIsMissing() {
    assertThat(Windows.after(ctx, ctx.observations(PSA), WEEK, START).missing().toString())
        .isEqualTo("PSA in the 7 days after 2026-09-01");
    assertThat(Windows.before(ctx, ctx.observations(PSA), WEEK, START).missing().toString())
        .isEqualTo("PSA in the 7 days before 2026-09-01");
    assertThat(Windows.around(ctx, ctx.observations(PSA), WEEK, START).missing().toString())
        .isEqualTo("PSA within 7 days of 2026-09-01");
    assertThat(Windows.beforeDate(ctx, ctx.observations(PSA), START).missing().toString())
        .isEqualTo("PSA before 2026-09-01");
    assertThat(Windows.onOrAfter(ctx, ctx.observations(PSA), START).missing().toString())
        .isEqualTo("PSA on or after 2026-09-01");
  }

  @Test
  void between_includesBothDates() {
    Value<LocalDate> to = Value.of(LocalDate.of(2026, 9, 8));
    Items<Observation> between = Windows.between(ctx, ctx.observations(PSA), START, to);

    assertThat(ids(between)).containsExactly("on-start", "day-after", "week-end");
    assertThat(between.missing().toString()).isEqualTo("PSA from 2026-09-01 to 2026-09-08");
  }

  @Test
  void between_endingBeforeItStarts_holdsNothing_andSaysWhy() {
    Value<LocalDate> to = Value.of(LocalDate.of(2026, 8, 31));
    Items<Observation> between = Windows.between(ctx, ctx.observations(PSA), START, to);

    assertThat(between.isEmpty()).isTrue();
    assertThat(Lists.exists(between).value()).isEqualTo(TruthValue.FALSE);
    assertThat(between.missing().toString())
        .isEqualTo("PSA from 2026-09-01 to 2026-08-31 (which ends before it starts)");
  }

  @Test
  void anUnknownAnchor_leavesEveryItemOnlyPossible() {
    Value<LocalDate> unknown = Value.unknown("no start date", List.of(), Evidence.none());

    for (Items<Observation> items :
        List.of(
            Windows.after(ctx, ctx.observations(PSA), WEEK, unknown),
            Windows.between(ctx, ctx.observations(PSA), unknown, START),
            Windows.between(ctx, ctx.observations(PSA), START, unknown),
            Windows.during(ctx, ctx.observations(PSA), unknown))) {
      assertThat(items.definite()).isEmpty();
      assertThat(items.possible()).hasSize(7);
      assertThat(items.possible().get(0).reason())
          .startsWith("the window depends on ")
          .endsWith(", which is unknown");
      assertThat(Lists.exists(items).value()).isEqualTo(TruthValue.UNKNOWN);
    }
  }

  @Test
  void during_aRecordsPeriod_toScreeningWhileOngoing() {
    MedicationUse ended =
        medication(
            "m1",
            atc("J01CA04"),
            MedicationStatus.COMPLETED,
            "2026-08-31",
            "2026-09-02",
            List.of());
    MedicationUse ongoing =
        medication("m2", atc("J01CA04"), MedicationStatus.ACTIVE, "2026-09-08", null, List.of());

    assertThat(ids(Windows.during(ctx, ctx.observations(PSA), Value.of(ended))))
        .containsExactly("day-before", "on-start", "day-after");
    assertThat(ids(Windows.during(ctx, ctx.observations(PSA), Value.of(ongoing))))
        .containsExactly("week-end", "after-week");
  }

  @Test
  void during_aRecordWithoutReadableDates_leavesEveryItemOnlyPossible() {
    MedicationUse backwards =
        medication(
            "m3",
            atc("J01CA04"),
            MedicationStatus.COMPLETED,
            "2026-09-08",
            "2026-09-01",
            List.of());

    Items<Observation> items = Windows.during(ctx, ctx.observations(PSA), Value.of(backwards));

    assertThat(items.definite()).isEmpty();
    assertThat(items.possible()).hasSize(7);
    assertThat(items.where()).endsWith("(whose dates cannot be read)");
  }

  @Test
  void during_aMedicationUseOfThePatient() {
    Evaluation withUse =
        evaluate(
            patient()
                .add(psa("inside", "2026-09-03"))
                .add(psa("outside", "2026-09-10"))
                .add(
                    medication(
                        "m",
                        atc("J01CA04"),
                        MedicationStatus.COMPLETED,
                        "2026-09-01",
                        "2026-09-05",
                        List.of()))
                .build());
    Value<MedicationUse> use = Lists.latest(withUse.medications(ANTI_INFECTIVE));

    assertThat(ids(Windows.during(withUse, withUse.observations(PSA), use)))
        .containsExactly("inside");
  }
}
