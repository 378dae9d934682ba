package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Whether a value can be a real measurement: both bounds belong to the range, in any unit. */
class PlausibleRangeTest {
  private final UnitConverter plain = UnitConverter.plain();
  private final PlausibleRange psa =
      new PlausibleRange(new BigDecimal("0.01"), new BigDecimal("10000"), "ng/mL", "a PSA");
  private final PlausibleRange hours =
      new PlausibleRange(BigDecimal.ZERO, new BigDecimal("24"), "h", "a day's hours");

  @Test
  void bounds_areInside_inTheRangesUnit() {
    assertThat(psa.judge(new BigDecimal("0.01"), "ng/mL", plain)).isEmpty();
    assertThat(psa.judge(new BigDecimal("10000"), "ng/mL", plain)).isEmpty();
    assertThat(psa.judge(new BigDecimal("10000.01"), "ng/mL", plain))
        .hasValue("the value 10000.01 ng/mL is above 10000 ng/mL, the most a PSA can be");
    assertThat(psa.judge(new BigDecimal("0.009"), "ng/mL", plain))
        .hasValue("the value 0.009 ng/mL is below 0.01 ng/mL, the least a PSA can be");
  }

  @Test
  void bounds_areInside_throughAFiniteFactor() {
    assertThat(psa.judge(new BigDecimal("1000000"), "ng/dL", plain)).isEmpty();
    assertThat(psa.judge(new BigDecimal("1"), "ng/dL", plain)).isEmpty();
    assertThat(psa.judge(new BigDecimal("1000001"), "ng/dL", plain))
        .hasValue("the value 1000001 ng/dL is above 10000 ng/mL, the most a PSA can be");
    assertThat(psa.judge(new BigDecimal("0.9"), "ng/dL", plain))
        .hasValue("the value 0.9 ng/dL is below 0.01 ng/mL, the least a PSA can be");
  }

  @Test
  void bounds_areInside_throughAScaleWithoutAFiniteFactor() {
    // 1 min = 1/60 h: compared without dividing, so 1440 min is exactly 24 h.
    assertThat(hours.judge(new BigDecimal("1440"), "min", plain)).isEmpty();
    assertThat(hours.judge(BigDecimal.ZERO, "min", plain)).isEmpty();
    assertThat(hours.judge(new BigDecimal("1441"), "min", plain))
        .hasValue("the value 1441 min is above 24 h, the most a day's hours can be");
    assertThat(hours.judge(new BigDecimal("-1"), "min", plain))
        .hasValue("the value -1 min is below 0 h, the least a day's hours can be");
  }

  @Test
  void oneBound_limitsOnlyItsSide() {
    PlausibleRange atLeast = new PlausibleRange(BigDecimal.ZERO, null, "g/L", "a concentration");
    PlausibleRange atMost = new PlausibleRange(null, BigDecimal.TEN, "g/L", "a concentration");

    assertThat(atLeast.judge(new BigDecimal("1E+9"), "g/L", plain)).isEmpty();
    assertThat(atLeast.judge(new BigDecimal("-0.1"), "g/L", plain)).isPresent();
    assertThat(atMost.judge(new BigDecimal("-1E+9"), "g/L", plain)).isEmpty();
    assertThat(atMost.judge(new BigDecimal("10.1"), "g/L", plain)).isPresent();
    assertThat(atLeast.judge(new BigDecimal("1E+9"), "min", plain))
        .as("an unrelated unit is not judged here")
        .isEmpty();
    assertThat(atLeast).hasToString("0.. g/L");
    assertThat(atMost).hasToString("..10 g/L");
    assertThat(psa).hasToString("0.01..10000 ng/mL");
  }

  @Test
  void aValueWithoutUnit_isJudgedAsANumber() {
    PlausibleRange fraction =
        new PlausibleRange(BigDecimal.ZERO, BigDecimal.ONE, "1", "a fraction");

    assertThat(fraction.judge(BigDecimal.ONE, null, plain)).isEmpty();
    assertThat(fraction.judge(new BigDecimal("2"), " ", plain))
        .hasValue("the value 2 is above 1, the most a fraction can be");
  }

  @Test
  void aRangeOfOneValue_isAllowed_anEmptyOneIsNot() {
    PlausibleRange one = new PlausibleRange(BigDecimal.ONE, BigDecimal.ONE, "g", "one gram");
    assertThat(one.judge(BigDecimal.ONE, "g", plain)).isEmpty();

    assertThatThrownBy(
            () -> new PlausibleRange(new BigDecimal("5"), BigDecimal.ONE, "mg", "an empty range"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plausible range 5..1 'mg' is empty");
    assertThatThrownBy(() -> new PlausibleRange(null, null, "mg", "no range"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a plausible range needs a lower or an upper bound");
    assertThatThrownBy(() -> new PlausibleRange(null, BigDecimal.ONE, "foo", "a bad unit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'foo' is not a UCUM unit");
  }

  @Test
  void defaults_byDimension_elseOnlyAMagnitude() {
    assertThat(PlausibleRanges.forUnit("Cel").unit()).isEqualTo("Cel");
    assertThat(PlausibleRanges.forUnit("foo").unit())
        .as("an unreadable unit is bounded as a plain number")
        .isEqualTo("1");
    assertThat(PlausibleRanges.forUnit(null).unit()).isEqualTo("1");
    assertThat(PlausibleRanges.forUnit("Cel").about()).isEqualTo("any measurement in 'Cel'");
  }
}
