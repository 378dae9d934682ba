package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whether a value is plausible is told in doubles when it is far from a bound; the answer must be
 * the exact one for values on, just inside and just outside the bounds, in the range's unit,
 * through a finite factor (ng/dL to ng/mL) and through a scale without one (min to h).
 */
class PlausibleRangeBoundsProperty {
  private static final UnitConverter PLAIN = UnitConverter.plain();
  private static final BigDecimal LOW = new BigDecimal("0.01");
  private static final BigDecimal HIGH = new BigDecimal("10000");
  private static final PlausibleRange PSA = new PlausibleRange(LOW, HIGH, "ng/mL", "a PSA");
  private static final PlausibleRange HOURS =
      new PlausibleRange(new BigDecimal("-0.5"), new BigDecimal("24"), "h", "a day's hours");

  @Property(tries = 3000)
  void inTheRangesUnit_asExactly(@ForAll("nearPsaBounds") BigDecimal value) {
    assertThat(PSA.judge(value, "ng/mL", PLAIN).isEmpty()).isEqualTo(inside(value, LOW, HIGH));
  }

  @Property(tries = 3000)
  void throughAFactor_asExactly(@ForAll("nearPsaBounds") BigDecimal inNgPerMl) {
    BigDecimal inNgPerDl = inNgPerMl.scaleByPowerOfTen(2); // 1 ng/mL = 100 ng/dL, exactly
    assertThat(PSA.judge(inNgPerDl, "ng/dL", PLAIN).isEmpty())
        .isEqualTo(inside(inNgPerMl, LOW, HIGH));
  }

  @Property(tries = 3000)
  void throughAScale_asExactly(@ForAll("nearHourBoundsInMinutes") BigDecimal minutes) {
    // minutes / 60 compared without dividing: 60 × low <= minutes <= 60 × high
    BigDecimal sixty = BigDecimal.valueOf(60);
    boolean exact =
        minutes.compareTo(new BigDecimal("-0.5").multiply(sixty)) >= 0
            && minutes.compareTo(new BigDecimal("24").multiply(sixty)) <= 0;
    assertThat(HOURS.judge(minutes, "min", PLAIN).isEmpty()).isEqualTo(exact);
  }

  private static boolean inside(BigDecimal value, BigDecimal low, BigDecimal high) {
    return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
  }

  @Provide
  Arbitrary<BigDecimal> nearPsaBounds() {
    return Arbitraries.oneOf(near(LOW), near(HIGH), anywhere());
  }

  @Provide
  Arbitrary<BigDecimal> nearHourBoundsInMinutes() {
    return Arbitraries.oneOf(near(new BigDecimal("-30")), near(new BigDecimal("1440")), anywhere());
  }

  /**
   * The bound itself, or a few steps of 10^-k (k up to 25) above or below it: at most 30
   * significant digits, within the 34 that conversions keep (a value written with more is judged as
   * rounded to 34).
   */
  private static Arbitrary<BigDecimal> near(BigDecimal bound) {
    Arbitrary<Integer> digits = Arbitraries.integers().between(0, 25);
    Arbitrary<Integer> steps = Arbitraries.integers().between(-3, 3);
    return digits.flatMap(k -> steps.map(n -> bound.add(new BigDecimal(BigInteger.valueOf(n), k))));
  }

  private static Arbitrary<BigDecimal> anywhere() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1E+6"), new BigDecimal("1E+6"))
        .ofScale(6);
  }
}
