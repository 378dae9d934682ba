package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text results compared with a text of the criteria file: case and surrounding spaces ignored. */
class TextsTest {
  private static final RecordRef O = RecordRef.of("Observation", "o1");

  private static Value<String> result(String text) {
    return Value.known(text, "\"" + text + "\"", Evidence.used(O)).labelled("smoking status");
  }

  @Test
  void equalIgnoringCaseAndSurroundingSpaces() {
    Truth eq =
        Texts.compare(result("  Never Smoker "), ComparisonOp.EQ, Texts.constant("never smoker"));
    assertThat(eq.value()).isEqualTo(TruthValue.TRUE);
    assertThat(eq.statement()).isEqualTo("smoking status: \"  Never Smoker \" = \"never smoker\"");
    assertThat(eq.evidence().used()).containsExactly(O);
    assertThat(
            Texts.compare(result("never smoker"), ComparisonOp.NE, Texts.constant("Never smoker"))
                .value())
        .isEqualTo(TruthValue.FALSE);
    assertThat(
            Texts.compare(result("former smoker"), ComparisonOp.EQ, Texts.constant("never smoker"))
                .value())
        .isEqualTo(TruthValue.FALSE);
    assertThat(
            Texts.compare(result("former smoker"), ComparisonOp.NE, Texts.constant("never smoker"))
                .value())
        .isEqualTo(TruthValue.TRUE);
  }

  @Test
  void anUnknownText_isUnknown_withWhatIsMissing() {
    Value<String> none =
        Value.unknown("no smoking status", List.of(new Missing("smoking", "")), Evidence.none());
    Truth t = Texts.compare(none, ComparisonOp.EQ, Texts.constant("never"));
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.missing()).containsExactly(new Missing("smoking", ""));
    assertThat(Texts.compare(Texts.constant("never"), ComparisonOp.NE, none).missing())
        .containsExactly(new Missing("smoking", ""));
  }

  @Test
  void textsHaveNoOrder() {
    assertThatThrownBy(() -> Texts.compare(result("a"), ComparisonOp.LT, Texts.constant("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("texts are compared with = and != only, not <");
  }
}
