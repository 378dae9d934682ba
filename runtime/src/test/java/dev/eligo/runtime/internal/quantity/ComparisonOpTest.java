package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonOpTest {

  @ParameterizedTest(name = "{0}: below={2} equal={3} above={4}")
  @CsvSource({
    "LT, <,  true,  false, false",
    "LE, <=, true,  true,  false",
    "GT, >,  false, false, true",
    "GE, >=, false, true,  true",
    "EQ, =,  false, true,  false",
    "NE, !=, true,  false, true",
  })
  void test_eachOperator_decidesFromCompareToResult(
      ComparisonOp op, String symbol, boolean below, boolean equal, boolean above) {
    assertThat(op.symbol()).isEqualTo(symbol);
    assertThat(op.test(-7)).isEqualTo(below);
    assertThat(op.test(0)).isEqualTo(equal);
    assertThat(op.test(3)).isEqualTo(above);
    assertThat(ComparisonOp.ofSymbol(symbol)).contains(op);
  }

  @Test
  void ofSymbol_unknownSymbol_isEmpty() {
    assertThat(ComparisonOp.ofSymbol("=>")).isEmpty();
    assertThat(ComparisonOp.ofSymbol("≥")).isEmpty();
  }
}
