package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Units that measure something per time (a daily dose, a rate), comparisons over an interval a
 * value surely lies in, and a comparison without a value, as explained.
 */
class RatesAndIntervalComparisonsTest {
  private static final UnitConverter UCUM = UnitConverter.plain();

  @Test
  void perTime_isADoseOrCountPerTimeUnit_notAnAmountOrAConcentration() {
    Units units = Units.ucum();
    assertThat(units.isPerTime("mg/d")).isTrue();
    assertThat(units.isPerTime("/min")).isTrue();
    assertThat(units.isPerTime("mL/min/{1.73_m2}")).isTrue();
    assertThat(units.isPerTime("mg")).isFalse();
    assertThat(units.isPerTime("mg/dL")).isFalse();
    assertThat(units.isPerTime("h")).isFalse();
    assertThat(units.isPerTime("1")).isFalse();
    assertThat(units.isPerTime("[pH]")).isFalse();
    assertThat(units.isPerTime("mg per day")).isFalse();
  }

  @Test
  void between_decidesWhenTheWholeIntervalAgrees() {
    Quantity threshold = Quantity.of("100", "mg");
    assertThat(
            QuantityComparison.between(
                new BigDecimal("0.2"), null, "g", ComparisonOp.GE, threshold, UCUM))
        .isEqualTo(TruthValue.TRUE);
    assertThat(
            QuantityComparison.between(
                new BigDecimal("0.05"),
                new BigDecimal("0.2"),
                "g",
                ComparisonOp.GE,
                threshold,
                UCUM))
        .isEqualTo(TruthValue.UNKNOWN);
    assertThat(
            QuantityComparison.between(
                null, new BigDecimal("0.09"), "g", ComparisonOp.GE, threshold, UCUM))
        .isEqualTo(TruthValue.FALSE);
    assertThat(
            QuantityComparison.between(
                new BigDecimal("1"), null, "mL", ComparisonOp.GE, threshold, UCUM))
        .isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void noValue_isUnknown_sayingThereIsNothingToCompare() {
    ComparisonOutcome outcome =
        QuantityComparison.compare(null, null, "mg", ComparisonOp.LT, Quantity.of("5", "mg"), UCUM);
    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.shown()).isEqualTo("no value < 5 mg");
    assertThat(outcome.unknownReason()).isEqualTo("there is no value to compare");
    assertThat(outcome).hasToString("no value < 5 mg: UNKNOWN (there is no value to compare)");

    ComparisonOutcome decided =
        QuantityComparison.compare(
            new BigDecimal("4"), null, "mg", ComparisonOp.LT, Quantity.of("5", "mg"), UCUM);
    assertThat(decided).hasToString("4 mg < 5 mg: TRUE");
  }
}
