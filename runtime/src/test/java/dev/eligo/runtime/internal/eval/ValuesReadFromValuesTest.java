package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * A value read from another keeps what explains it: the records used, what is missing, the name,
 * where it came from; an unknown value stays unknown with its reason; a function with no answer
 * gives an unknown value.
 */
class ValuesReadFromValuesTest {
  private static final RecordRef LIST = RecordRef.of("Observation", "list");
  private static final RecordRef O1 = RecordRef.of("Observation", "o1");
  private static final Missing WHY = new Missing("PSA", "status of o2");

  @Test
  void flatMap_joinsTheEvidenceAndMissingDataOfBoth_andKeepsTheNameOfTheRead() {
    Value<String> outer = Value.<String>known("o1", Evidence.used(LIST)).labelled("latest PSA");
    Value<Quantity> read =
        outer.flatMap(
            s -> Value.known(Quantity.of("4", "ng/mL"), Evidence.used(O1)).labelled("value of o1"));
    assertThat(read.get()).isEqualTo(Quantity.of("4", "ng/mL"));
    assertThat(read.label()).isEqualTo("value of o1");
    assertThat(read.evidence().used()).containsExactly(LIST, O1);

    Value<Quantity> unnamed = outer.flatMap(s -> Value.of(Quantity.of("4", "ng/mL")));
    assertThat(unnamed.label()).isEqualTo("latest PSA");
    assertThat(unnamed.describe()).isEqualTo("latest PSA: 4 ng/mL");

    Value<Quantity> unknownRead =
        outer.flatMap(
            s -> Value.<Quantity>unknown("no value recorded", List.of(WHY), Evidence.used(O1)));
    assertThat(unknownRead.isKnown()).isFalse();
    assertThat(unknownRead.missing()).containsExactly(WHY);
    assertThat(unknownRead.describe()).isEqualTo("latest PSA: no value recorded");
  }

  @Test
  void flatMap_ofAValueWithNothingToAdd_isTheReadValueItself() {
    Value<Quantity> inner = Value.known(Quantity.of("4", "ng/mL"), Evidence.used(O1));
    assertThat(Value.of("o1").flatMap(s -> inner)).isSameAs(inner);
    Value<Quantity> namedInner = inner.labelled("value");
    assertThat(Value.of("o1").labelled("x").flatMap(s -> namedInner)).isSameAs(namedInner);
  }

  @Test
  void flatMap_keepsTheMissingDataOfAnUncertainOuterValue() {
    Value<String> outer = Value.<String>known("o1", Evidence.none()).labelled("latest PSA");
    Value<String> uncertainOuter =
        Value.<String>unknown("two values", List.of(WHY), Evidence.none()).labelled("latest PSA");
    assertThat(uncertainOuter.flatMap(s -> Value.of(s)).missing()).containsExactly(WHY);
    assertThat(uncertainOuter.flatMap(s -> Value.of(s)).reason()).isEqualTo("two values");
    assertThat(outer.flatMap(s -> Value.of(s)).get()).isEqualTo("o1");
  }

  @Test
  void map_ofAKnownValue_appliesTheFunction_aNullAnswerIsNoValue() {
    Value<Quantity> psa =
        Value.known(Quantity.of("4", "ng/mL"), Evidence.used(O1)).labelled("latest PSA");
    Value<String> unit = psa.map(Quantity::unit);
    assertThat(unit.get()).isEqualTo("ng/mL");
    assertThat(unit.label()).isEqualTo("latest PSA");
    assertThat(unit.evidence().used()).containsExactly(O1);

    Value<String> none = psa.map(q -> null);
    assertThat(none.isKnown()).isFalse();
    assertThat(none.reason()).isEqualTo("no value");
    assertThat(none.evidence().used()).containsExactly(O1);

    Value<Quantity> unknown =
        Value.<Quantity>unknown("none recorded", List.of(WHY), Evidence.none())
            .labelled("latest PSA");
    Value<String> stillUnknown = unknown.map(Quantity::unit);
    assertThat(stillUnknown.reason()).isEqualTo("none recorded");
    assertThat(stillUnknown.missing()).containsExactly(WHY);
  }

  @Test
  void anUnknownValue_hasNoValueToGive_andSaysWhy() {
    Value<Quantity> unknown =
        Value.<Quantity>unknown("none recorded", List.of(WHY), Evidence.none())
            .labelled("latest PSA");
    assertThatThrownBy(unknown::get)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("unknown value: latest PSA: none recorded");
    assertThat(unknown).hasToString("latest PSA: none recorded");
    assertThat(Value.of(Quantity.of("4", "ng/mL")).reason()).isEmpty();
    assertThat(Value.of("x").labelled("").label()).isEmpty();
    assertThat(Value.of("x").labelled("").describe()).isEqualTo("x");
  }

  @Test
  void labelledAsAndOrigin_carryOver() {
    Value<String> named = Value.of("a").labelled("latest PSA");
    assertThat(Value.of("b").labelledAs(named).label()).isEqualTo("latest PSA");
    assertThat(Value.of("b").labelledAs(Value.of("c")).hasLabel()).isFalse();

    Evaluation evaluation =
        new Evaluation(
            Fixtures.PROTOCOL,
            dev.eligo.runtime.record.PatientRecord.builder("p").build(),
            Fixtures.S);
    Origin fromEvaluation = new Origin(evaluation, null, null);
    Value<String> withOrigin = Value.of("b").withOrigin(fromEvaluation);
    assertThat(withOrigin.origin().evaluation()).isSameAs(evaluation);
    assertThat(withOrigin.withEvidence(Evidence.used(O1)).origin()).isSameAs(withOrigin.origin());
  }

  @Test
  void origins_completeEachOther() {
    Evaluation evaluation =
        new Evaluation(
            Fixtures.PROTOCOL,
            dev.eligo.runtime.record.PatientRecord.builder("p").build(),
            Fixtures.S);
    ObservationConcept psa = ObservationConcept.quantity("psa", "PSA", Fixtures.PSA_CODES, "ng/mL");
    Origin records = new Origin(evaluation, null, null);
    Origin concept = new Origin(null, psa, null);
    Items<String> list = Items.of("PSA", "in 2026", List.of("a"));

    assertThat(records.or(null)).isSameAs(records);
    assertThat(records.or(Origin.NONE)).isSameAs(records);
    assertThat(records.or(records)).isSameAs(records);
    assertThat(Origin.NONE.or(records)).isSameAs(records);
    Origin both = records.or(concept);
    assertThat(both.evaluation()).isSameAs(evaluation);
    assertThat(both.concept()).isSameAs(psa);
    assertThat(concept.or(records).evaluation()).isSameAs(evaluation);
    assertThat(concept.or(records).concept()).isSameAs(psa);
    Origin looked = concept.from(list);
    assertThat(looked.source()).isEqualTo(new Missing("PSA", "in 2026"));
    assertThat(records.or(looked).lookedFor()).isSameAs(list);
    assertThat(looked.or(records).lookedFor()).isSameAs(list);
    assertThat(Origin.NONE.source()).isNull();
    assertThat(concept.converter()).isSameAs(psa.converter());
  }
}
