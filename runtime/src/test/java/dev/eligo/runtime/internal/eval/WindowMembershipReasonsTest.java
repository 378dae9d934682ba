package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PROSTATE_CANCER;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Missing;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why a record only may be in a time window, as the explanation says it: its partial date, its
 * period, a condition no longer active whose end the record does not give; and items during the day
 * of a dated record.
 */
class WindowMembershipReasonsTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");
  private static final CalendarDuration DAYS_90 = CalendarDuration.of(90, ChronoUnit.DAYS);

  private static Condition cancer(String id, String onset, ClinicalStatus status) {
    return new Condition(
        RecordRef.of("Condition", id),
        List.of(icd10("C61")),
        status,
        VerificationStatus.CONFIRMED,
        onset == null ? null : RecordDate.parse(onset),
        null);
  }

  private static String reasonFor(Items<?> items, String id) {
    return items.possible().stream()
        .filter(p -> Timing.refs(p.item()).get(0).id().equals(id))
        .findFirst()
        .orElseThrow()
        .reason();
  }

  @Test
  void aPartialDateOnTheWindowsEdge_mayOrMayNotBeInIt() {
    Evaluation ctx =
        evaluate(
            patient()
                .add(quantity("aug", "2857-1", "2026-08", "4", "ng/mL"))
                .add(quantity("in", "2857-1", "2026-09-10", "4", "ng/mL"))
                .build());
    Items<Observation> recent = Windows.within(ctx, ctx.observations(PSA), DAYS_90);

    assertThat(recent.definite()).extracting(o -> o.ref().id()).containsExactly("in");
    String where = recent.where();
    assertThat(reasonFor(recent, "aug")).isEqualTo("its date 2026-08 may or may not be " + where);
    assertThat(recent.possible().get(0).missing()).containsExactly(new Missing("PSA", where));
  }

  @Test
  void aConditionsPeriod_isSaid_withAnEndTheRecordDoesNotGive() {
    Evaluation ctx =
        evaluate(
            patient()
                .add(
                    new Condition(
                        RecordRef.of("Condition", "partial"),
                        List.of(icd10("C61")),
                        ClinicalStatus.RESOLVED,
                        VerificationStatus.CONFIRMED,
                        RecordDate.parse("2026-05"),
                        RecordDate.parse("2026-08")))
                .add(cancer("resolved", "2026-01-15", ClinicalStatus.RESOLVED))
                .add(cancer("old-active", "2020-01-15", ClinicalStatus.ACTIVE))
                .build());
    Items<Condition> recent = Windows.within(ctx, ctx.conditions(PROSTATE_CANCER), DAYS_90);

    String where = recent.where();
    assertThat(recent.definite()).extracting(c -> c.ref().id()).containsExactly("old-active");
    assertThat(reasonFor(recent, "partial"))
        .isEqualTo("its period 2026-05 to 2026-08 may or may not be " + where);
    assertThat(reasonFor(recent, "resolved"))
        .isEqualTo(
            "its period from 2026-01-15 to an end the record does not give may or may not be "
                + where);
  }

  @Test
  void duringTheDayOfAnObservation_takesItemsOfThatDay() {
    Observation biopsyDay = quantity("b", "2857-1", "2026-09-10", "4", "ng/mL");
    Evaluation ctx =
        evaluate(
            patient()
                .add(quantity("before", "2857-1", "2026-09-09", "4", "ng/mL"))
                .add(quantity("same", "2857-1", "2026-09-10T08:00", "5", "ng/mL"))
                .add(quantity("after", "2857-1", "2026-09-11", "4", "ng/mL"))
                .build());
    Items<Observation> sameDay = Windows.during(ctx, ctx.observations(PSA), Value.of(biopsyDay));
    assertThat(sameDay.definite()).extracting(o -> o.ref().id()).containsExactly("same");

    Observation undated =
        new Observation(
            RecordRef.of("Observation", "u"),
            List.of(Fixtures.loinc("2857-1")),
            ObservationStatus.FINAL,
            null,
            null,
            ObservationValue.QuantityValue.of("4", "ng/mL"),
            List.of());
    Items<Observation> none = Windows.during(ctx, ctx.observations(PSA), Value.of(undated));
    assertThat(none.definite()).isEmpty();
    assertThat(none.possible()).hasSize(3);
    assertThat(none.where()).endsWith("(whose dates cannot be read)");
  }
}
