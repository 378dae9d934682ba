package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a value or a result could be told ({@code is known}, {@code is unknown}), what an {@code
 * if} explains when its condition is decided or not, and values read from values that may be
 * unknown.
 */
class LogicKnownAndChosenTest {
  private static final RecordRef R = RecordRef.of("Observation", "o1");
  private static final Missing WHY = new Missing("PSA", "in 2026");

  private static Value<Quantity> known() {
    return Value.known(Quantity.of("4", "ng/mL"), Evidence.used(R)).labelled("latest PSA");
  }

  private static Value<Quantity> unknown() {
    return Value.<Quantity>unknown("none recorded", List.of(WHY), Evidence.used(R))
        .labelled("latest PSA");
  }

  private static Truth decided(boolean value, String statement) {
    return Truth.of(value, statement, Evidence.used(R));
  }

  private static Truth undecided(String statement) {
    return Truth.unknown(statement, List.of(WHY), Evidence.none());
  }

  @Test
  void isKnownAndIsUnknown_ofAValue_areDecided_sayingTheValue() {
    Truth known = Logic.isKnown(known());
    assertThat(known.value()).isEqualTo(TruthValue.TRUE);
    assertThat(known.statement()).isEqualTo("latest PSA: 4 ng/mL is known");
    assertThat(known.evidence().used()).containsExactly(R);
    assertThat(Logic.isKnown(unknown()).value()).isEqualTo(TruthValue.FALSE);

    Truth isUnknown = Logic.isUnknown(unknown());
    assertThat(isUnknown.value()).isEqualTo(TruthValue.TRUE);
    assertThat(isUnknown.statement()).isEqualTo("latest PSA: none recorded is unknown");
    assertThat(Logic.isUnknown(known()).value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void isKnownAndIsUnknown_ofAResult_areDecided_explainedByIt() {
    Truth open = undecided("PSA rising");
    Truth known = Logic.isKnown(open);
    assertThat(known.value()).isEqualTo(TruthValue.FALSE);
    assertThat(known.statement()).isEqualTo("PSA rising is known");
    assertThat(known.because()).containsExactly(open);
    assertThat(known.missing()).isEmpty();
    assertThat(Logic.isKnown(decided(false, "PSA rising")).value()).isEqualTo(TruthValue.TRUE);

    Truth unknown = Logic.isUnknown(open);
    assertThat(unknown.value()).isEqualTo(TruthValue.TRUE);
    assertThat(unknown.statement()).isEqualTo("PSA rising is unknown");
    assertThat(unknown.because()).containsExactly(open);
    assertThat(Logic.isUnknown(decided(true, "PSA rising")).value()).isEqualTo(TruthValue.FALSE);
    assertThat(Logic.isUnknown(decided(true, "PSA rising")).evidence().used()).containsExactly(R);
  }

  @Test
  void ifThenElse_decided_explainsByTheConditionAndTheChosenBranch() {
    Truth condition = decided(true, "on ADT");
    Truth branch = decided(false, "testosterone < 1.7 nmol/L");
    Truth result = Logic.ifThenElse(condition, () -> branch, () -> Logic.constant(true));
    assertThat(result.value()).isEqualTo(TruthValue.FALSE);
    assertThat(result.statement()).isEqualTo("given on ADT (true)");
    assertThat(result.because()).containsExactly(branch);

    Truth otherwise =
        Logic.ifThenElse(decided(false, "on ADT"), () -> branch, () -> Logic.constant(true));
    assertThat(otherwise.value()).isEqualTo(TruthValue.TRUE);
    assertThat(otherwise.statement()).isEqualTo("given on ADT (false)");

    // "if c then true": the condition says it all
    Truth same = Logic.ifThenElse(condition, () -> Logic.constant(true), () -> branch);
    assertThat(same).isSameAs(condition);
  }

  @Test
  void ifThenElse_undecided_isDecidedOnlyWhenBothBranchesAgree() {
    Truth condition = undecided("on ADT");
    Truth agree = Logic.ifThenElse(condition, () -> decided(true, "a"), () -> decided(true, "b"));
    assertThat(agree.value()).isEqualTo(TruthValue.TRUE);
    assertThat(agree.statement()).isEqualTo("whether or not on ADT");
    assertThat(agree.because()).hasSize(3);

    Truth differ =
        Logic.ifThenElse(condition, () -> Logic.constant(true), () -> Logic.constant(false));
    assertThat(differ.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(differ.statement()).isEqualTo("depends on on ADT, which is unknown");
    assertThat(differ.because()).containsExactly(condition);
    assertThat(differ.missing()).containsExactly(WHY);

    Truth bothUnknown = Logic.ifThenElse(condition, () -> undecided("a"), () -> undecided("b"));
    assertThat(bothUnknown.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(bothUnknown.statement()).isEqualTo("depends on on ADT, which is unknown");
  }

  @Test
  void choose_anUndecidedCondition_saysBothCandidates() {
    Value<Quantity> chosen =
        Logic.choose(
            undecided("on ADT"),
            () -> Arithmetic.constant("1.7", "nmol/L"),
            () -> Arithmetic.constant("50", "ng/dL"));
    assertThat(chosen.isKnown()).isFalse();
    assertThat(chosen.reason())
        .isEqualTo("depends on on ADT, which is unknown (1.7 nmol/L or 50 ng/dL)");
    assertThat(chosen.missing()).containsExactly(WHY);
  }

  @Test
  void thenAndThenList_readFromAKnownValue_andKeepAnUnknownOnesReason() {
    Value<Quantity> doubled =
        Logic.then(known(), q -> Arithmetic.times(Value.of(q), Arithmetic.constant("2", "1")));
    assertThat(doubled.get()).isEqualTo(Quantity.of("8", "ng/mL"));
    assertThat(Logic.then(unknown(), q -> Value.of(q)).reason()).isEqualTo("none recorded");

    Value<Items<String>> list =
        Logic.thenList(known(), q -> Items.of("doses", "", List.of("a", "b")));
    assertThat(list.get().definite()).containsExactly("a", "b");
    Value<Items<String>> none = Logic.thenList(unknown(), q -> Items.of("doses", "", List.of("a")));
    assertThat(none.isKnown()).isFalse();
    assertThat(none.missing()).containsExactly(WHY);
  }
}
