package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.INFECTION;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.condition;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records that could not be read in full are unknown members, never dropped or guessed. */
class UnreadableDataTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");
  private static final CalendarDuration YEAR = CalendarDuration.of(12, ChronoUnit.MONTHS);

  @Test
  void conditionWithAnUnusableProblem_isAPossibleMemberOfItsConcept() {
    Condition infection = condition("c1", icd10("J18.9"), "2026-11-20");
    PatientRecord p =
        patient()
            .add(infection)
            .add(new RecordProblem(infection.ref(), "onsetDateTime: not a valid date"))
            .build();
    Items<Condition> items = evaluate(p).conditions(INFECTION);
    assertThat(items.definite()).isEmpty();
    assertThat(items.possible())
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.reason())
                    .isEqualTo("not all of it could be read: onsetDateTime: not a valid date"));
    assertThat(Lists.exists(items).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void notedProblem_leavesTheRecordAsRead() {
    Condition infection = condition("c1", icd10("J18.9"), "2026-11-20");
    PatientRecord p =
        patient()
            .add(infection)
            .add(RecordProblem.noted(infection.ref(), "appears 2 times with the same content"))
            .build();
    assertThat(evaluate(p).conditions(INFECTION).definite()).containsExactly(infection);
  }

  @Test
  void unreadableRecordWithoutCodes_mayBeAnyConceptOfItsKind_butNoneOfAnother() {
    RecordRef lost = RecordRef.of("Condition", "lost");
    PatientRecord p =
        patient()
            .add(Condition.unreadable(lost))
            .add(new RecordProblem(lost, "not valid JSON"))
            .build();
    Evaluation ctx = evaluate(p);
    assertThat(ctx.conditions(INFECTION).possible()).hasSize(1);
    assertThat(ctx.observations(PSA).isEmpty()).isTrue();
  }

  @Test
  void observationWithoutCodes_mayBeTheLatestOfAnyConcept() {
    RecordRef lost = RecordRef.of("Observation", "o9");
    PatientRecord p =
        patient()
            .add(quantity("psa1", "2857-1", "2026-10-01", "4.1", "ng/mL"))
            .add(Observation.unreadable(lost))
            .add(new RecordProblem(lost, "code is missing"))
            .build();
    Evaluation ctx = evaluate(p);
    Value<Observation> latest = Lists.latest(Windows.within(ctx, ctx.observations(PSA), YEAR));
    assertThat(latest.isKnown()).isFalse();
    assertThat(latest.reason()).contains("Observation/o9");
  }

  @Test
  void implausibleValue_isUnusableWithTheReasonAndNoFallBack() {
    PatientRecord p =
        patient()
            .add(quantity("old", "2857-1", "2026-09-01", "3.0", "ng/mL"))
            .add(quantity("new", "2857-1", "2026-11-01", "-2", "ng/mL"))
            .build();
    Evaluation ctx = evaluate(p);
    Truth t =
        Compare.observation(
            Lists.latest(Windows.within(ctx, ctx.observations(PSA), YEAR)),
            ComparisonOp.GT,
            Value.of(Quantity.of("2", "ng/mL")));
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.evidence().unusable())
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.reason())
                    .isEqualTo(
                        "PSA: the value -2 ng/mL is below 0 g/L, the least a mass concentration can be"));
  }

  @Test
  void declaredPlausibleRange_judgesInItsOwnUnit() {
    ObservationConcept ecog =
        ObservationConcept.count("ecog", "ECOG", PSA_CODES)
            .withPlausibleRange(BigDecimal.ZERO, new BigDecimal("5"), "1");
    PatientRecord p =
        patient()
            .add(
                new Observation(
                    RecordRef.of("Observation", "e"),
                    List.of(Fixtures.loinc("2857-1")),
                    dev.eligo.runtime.record.ObservationStatus.FINAL,
                    dev.eligo.runtime.record.RecordDate.parse("2026-11-20"),
                    null,
                    new ObservationValue.IntegerValue(7),
                    List.of()))
            .build();
    Observation read = evaluate(p).observations(ecog).definite().get(0);
    assertThat(read.value()).isInstanceOf(ObservationValue.Unusable.class);
    assertThat(((ObservationValue.Unusable) read.value()).reason())
        .isEqualTo("ECOG: the value 7 is above 5, the most ECOG can be");
    assertThatThrownBy(() -> ecog.withPlausibleRange(BigDecimal.TEN, BigDecimal.ONE, "1"))
        .hasMessageContaining("is empty");
  }

  @Test
  void unitAndCodeThatDisagree_makeTheValueUnusable() {
    Observation o =
        new Observation(
            RecordRef.of("Observation", "t"),
            List.of(Fixtures.loinc("2857-1")),
            dev.eligo.runtime.record.ObservationStatus.FINAL,
            dev.eligo.runtime.record.RecordDate.parse("2026-11-20"),
            null,
            new ObservationValue.QuantityValue(new BigDecimal("18"), "ng/mL", null, "ng/dL"),
            List.of());
    Observation read = evaluate(patient().add(o).build()).observations(PSA).definite().get(0);
    assertThat(((ObservationValue.Unusable) read.value()).reason())
        .isEqualTo("its unit 'ng/dL' and its code 'ng/mL' disagree (1 ng/dL = 0.01 ng/mL)");
  }

  @Test
  void interruptedEvaluation_stops() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> evaluate(patient().build()).observations(PSA))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
