package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogicTest {
  private static final Missing ANC = new Missing("ANC", "in 2026-10-27..2026-11-24");
  private static final Missing PSA = new Missing("PSA", "in 2025-11-24..2026-11-24");

  private static Truth truth(String value) {
    switch (value) {
      case "T":
        return Truth.of(true, "t", Evidence.none());
      case "F":
        return Truth.of(false, "f", Evidence.none());
      default:
        return Truth.unknown("u", List.of(ANC), Evidence.none());
    }
  }

  private static TruthValue value(String text) {
    return text.equals("T")
        ? TruthValue.TRUE
        : text.equals("F") ? TruthValue.FALSE : TruthValue.UNKNOWN;
  }

  @ParameterizedTest(name = "{0} and {1} = {2}, {0} or {1} = {3}")
  @CsvSource({
    "T,T,T,T", "T,F,F,T", "T,U,U,T",
    "F,T,F,T", "F,F,F,F", "F,U,F,U",
    "U,T,U,T", "U,F,F,U", "U,U,U,U"
  })
  void andOr_followKleeneTables(String a, String b, String and, String or) {
    assertThat(Logic.and(truth(a), truth(b)).value()).isEqualTo(value(and));
    assertThat(Logic.or(truth(a), truth(b)).value()).isEqualTo(value(or));
  }

  @ParameterizedTest
  @CsvSource({"T,F", "F,T", "U,U"})
  void not_followsKleeneTable(String a, String expected) {
    assertThat(Logic.not(truth(a)).value()).isEqualTo(value(expected));
  }

  @Test
  void not_unknown_keepsMissing() {
    assertThat(Logic.not(truth("U")).missing()).containsExactly(ANC);
  }

  @Test
  void and_false_keepsOnlyFalsePartsAsReasons() {
    Truth f = truth("F");
    Truth result = Logic.and(truth("T"), f, truth("U"));
    assertThat(result.because()).containsExactly(f);
    assertThat(result.missing()).isEmpty();
  }

  @Test
  void or_true_keepsOnlyTruePartsAsReasons() {
    Truth t = truth("T");
    assertThat(Logic.or(truth("F"), truth("U"), t).because()).containsExactly(t);
  }

  @Test
  void and_unknown_unionsMissingOfUnknownPartsWithoutRepeats() {
    Truth anc = Truth.unknown("anc", List.of(ANC), Evidence.none());
    Truth psa = Truth.unknown("psa", List.of(PSA, ANC), Evidence.none());
    Truth result = Logic.and(anc, truth("T"), psa);
    assertThat(result.because()).containsExactly(anc, psa);
    assertThat(result.missing()).containsExactly(ANC, PSA);
  }

  @Test
  void and_true_keepsEveryPart() {
    assertThat(Logic.and(truth("T"), truth("T")).because()).hasSize(2);
  }

  @Test
  void andOr_ofNothing_areTheirNeutralValues() {
    assertThat(Logic.and(List.of()).isTrue()).isTrue();
    assertThat(Logic.or(List.of()).isFalse()).isTrue();
  }

  @ParameterizedTest(name = "if {0} then {1} else {2} = {3}")
  @CsvSource({
    "T,T,F,T", "T,F,T,F", "T,U,T,U", "F,T,F,F", "F,F,T,T", "F,T,U,U", "U,T,T,T", "U,F,F,F",
    "U,T,F,U", "U,U,U,U", "U,T,U,U"
  })
  void ifThenElse_unknownConditionDecidedOnlyWhenBranchesAgree(
      String cond, String then, String otherwise, String expected) {
    Truth result = Logic.ifThenElse(truth(cond), () -> truth(then), () -> truth(otherwise));
    assertThat(result.value()).isEqualTo(value(expected));
  }

  @Test
  void ifThenElse_knownCondition_evaluatesOnlyTheChosenBranch() {
    AtomicInteger calls = new AtomicInteger();
    Logic.ifThenElse(
        truth("T"),
        () -> truth("T"),
        () -> {
          calls.incrementAndGet();
          return truth("F");
        });
    assertThat(calls).hasValue(0);
  }

  @Test
  void ifThenElse_unknownConditionAndDisagreeingBranches_missesTheCondition() {
    Truth cond = Truth.unknown("liver metastases", List.of(PSA), Evidence.none());
    Truth result = Logic.ifThenElse(cond, () -> truth("T"), () -> truth("F"));
    assertThat(result.missing()).containsExactly(PSA);
    assertThat(result.because()).hasSize(3);
  }

  @Test
  void choose_unknownCondition_agreeingBranches_isKnown() {
    Truth cond = Logic.unknown("liver metastases unknown");
    Value<String> result =
        Logic.choose(
            cond, () -> Value.known("x", Evidence.none()), () -> Value.known("x", Evidence.none()));
    assertThat(result.isKnown()).isTrue();
    assertThat(result.get()).isEqualTo("x");
  }

  @Test
  void choose_unknownCondition_differentBranches_isUnknownWithConditionsMissing() {
    Truth cond = Truth.unknown("liver metastases", List.of(PSA), Evidence.none());
    Value<String> result =
        Logic.choose(
            cond,
            () -> Value.known("5", Evidence.none()),
            () -> Value.known("2.5", Evidence.none()));
    assertThat(result.isKnown()).isFalse();
    assertThat(result.missing()).containsExactly(PSA);
  }

  @Test
  void choose_knownCondition_takesItsBranch() {
    Value<String> result =
        Logic.choose(
            truth("F"),
            () -> Value.known("5", Evidence.none()),
            () -> Value.known("2.5", Evidence.none()));
    assertThat(result.get()).isEqualTo("2.5");
  }

  @Test
  void named_labelsAndKeepsValueAndMissing() {
    Truth inner = truth("U");
    Truth named = Logic.named("psaProgression", inner);
    assertThat(named.statement()).isEqualTo("psaProgression");
    assertThat(named.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(named.because()).containsExactly(inner);
    assertThat(named.missing()).containsExactly(ANC);
  }

  @Test
  void constantAndUnknown() {
    assertThat(Logic.constant(true).isTrue()).isTrue();
    assertThat(Logic.constant(false).isFalse()).isTrue();
    assertThat(Logic.unknown("no data").statement()).isEqualTo("no data");
    assertThat(Logic.unknown("no data").isUnknown()).isTrue();
  }

  @Test
  void truth_knownValue_dropsMissing() {
    Truth t = Truth.of(TruthValue.TRUE, "x", List.of(), List.of(ANC), Evidence.none());
    assertThat(t.missing()).isEmpty();
  }
}
