package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityComparisonTest {

  private static final UnitConverter TESTOSTERONE =
      UnitConverter.plain().withMolarMass(new BigDecimal("288.42"), "g/mol");
  private static final UnitConverter HBV_DNA =
      UnitConverter.plain()
          .withUnitFactor("[IU]", new BigDecimal("5.82"), "{copies}")
          .withUnitAlias("copies/mL", "{copies}/mL");

  private static ComparisonOutcome compare(
      String value, String comparator, String unit, ComparisonOp op, Quantity threshold) {
    return QuantityComparison.compare(
        value == null ? null : new BigDecimal(value),
        comparator,
        unit,
        op,
        threshold,
        TESTOSTERONE);
  }

  @Test
  void compare_testosteroneInNmol_withThresholdInNgPerDl_showsThresholdInPatientsUnit() {
    ComparisonOutcome outcome =
        compare("0.9", null, "nmol/L", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.TRUE);
    assertThat(outcome.shown())
        .isEqualTo("0.9 nmol/L < 1.7336 nmol/L (= 50 ng/dL via molar mass 288.42 g/mol)");
    assertThat(outcome.unknownReason()).isNull();
  }

  @Test
  void compare_valueEqualToRoundedThreshold_decidesOnExactValueAndShowsMoreDigits() {
    // 50 ng/dL is 1.73358... nmol/L: 1.7336 is above it although both round to 1.7336.
    ComparisonOutcome above =
        compare("1.7336", null, "nmol/L", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(above.result()).isEqualTo(TruthValue.FALSE);
    assertThat(above.shown()).startsWith("1.7336 nmol/L < 1.73358 nmol/L (= 50 ng/dL");
  }

  @Test
  void compare_testosteroneInNgPerDl_withThresholdInNmol_convertsExactly() {
    ComparisonOutcome outcome =
        compare("49.0314", null, "ng/dL", ComparisonOp.GE, Quantity.of("1.7", "nmol/L"));

    assertThat(outcome.result()).isEqualTo(TruthValue.TRUE);
    assertThat(outcome.shown())
        .isEqualTo("49.0314 ng/dL >= 49.031 ng/dL (= 1.7 nmol/L via molar mass 288.42 g/mol)");
  }

  @Test
  void compare_sameUnit_showsNoConversion() {
    ComparisonOutcome outcome =
        compare("3", null, "ng/mL", ComparisonOp.GT, Quantity.of("2", "ng/mL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.TRUE);
    assertThat(outcome.shown()).isEqualTo("3 ng/mL > 2 ng/mL");
  }

  @Test
  void compare_ucumEquivalentUnit_showsOriginalThresholdWithoutHow() {
    ComparisonOutcome outcome =
        compare("3", null, "ug/L", ComparisonOp.GT, Quantity.of("2", "ng/mL"));

    assertThat(outcome.shown()).isEqualTo("3 ug/L > 2 ug/L (= 2 ng/mL)");
  }

  @Test
  void compare_hbvDnaWrittenAsCopies_withThresholdInIu() {
    ComparisonOutcome outcome =
        QuantityComparison.compare(
            new BigDecimal("1500"),
            null,
            "copies/mL",
            ComparisonOp.GT,
            Quantity.of("200", "[IU]/mL"),
            HBV_DNA);

    assertThat(outcome.result()).isEqualTo(TruthValue.TRUE);
    assertThat(outcome.shown())
        .isEqualTo("1500 copies/mL > 1164 copies/mL (= 200 [IU]/mL via 1 [IU] = 5.82 {copies})");
  }

  @Test
  void compare_unitThatCannotBeConverted_isUnknownWithReason() {
    ComparisonOutcome outcome =
        compare("5", null, "mmol/mol", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.shown()).isEqualTo("5 mmol/mol < 50 ng/dL");
    assertThat(outcome.unknownReason())
        .startsWith("unit 'mmol/mol' cannot be converted to 'ng/dL'");
  }

  @Test
  void compare_dailyDoseWithALimitNotPerDay_saysSoInTheWrittenUnits() {
    ComparisonOutcome outcome =
        compare("200", null, "mg/d", ComparisonOp.GT, Quantity.of("100", "mg"));

    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.unknownReason())
        .isEqualTo(
            "unit 'mg/d' cannot be converted to 'mg' (mass per time to mass): the value is a"
                + " rate, so write the limit per time, such as 'mg/d'");
  }

  @Test
  void compare_unitNotUcum_isUnknownWithReason() {
    ComparisonOutcome outcome =
        compare("5", null, "ng/dl/x(", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.unknownReason()).startsWith("'ng/dl/x(' is not a UCUM unit");
  }

  @Test
  void compare_valueWithoutUnit_isUnknownAgainstQuantityButComparesWithNumber() {
    ComparisonOutcome withUnit =
        compare("5", null, null, ComparisonOp.LT, Quantity.of("50", "ng/dL"));
    ComparisonOutcome number = compare("5", null, " ", ComparisonOp.LT, Quantity.number(50));

    assertThat(withUnit.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(withUnit.unknownReason())
        .isEqualTo("the value 5 has no unit, so it cannot be converted to 'ng/dL'");
    assertThat(number.result()).isEqualTo(TruthValue.TRUE);
    assertThat(number.shown()).isEqualTo("5 < 50");
  }

  @Test
  void compare_missingValue_isUnknown() {
    ComparisonOutcome outcome =
        compare(null, null, "ng/dL", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.unknownReason()).isEqualTo("there is no value to compare");
  }

  @Test
  void compare_unknownComparator_isUnknown() {
    ComparisonOutcome outcome =
        compare("5", "~", "ng/dL", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(outcome.unknownReason()).isEqualTo("the value has an unknown comparator '~'");
  }

  /** Value 20 (with comparator) against threshold 10, 20 or 30 in the same unit. */
  @ParameterizedTest(name = "{0}20 {1} {2}: {3}")
  @CsvSource({
    // exact values
    "'',  LT, 30, TRUE",
    "'',  LT, 20, FALSE",
    "'',  LE, 20, TRUE",
    "'',  EQ, 20, TRUE",
    "'',  NE, 20, FALSE",
    "'',  GT, 10, TRUE",
    // < 20 is (-inf, 20)
    "<,   LT, 20, TRUE",
    "<,   LT, 30, TRUE",
    "<,   LT, 10, UNKNOWN",
    "<,   LE, 20, TRUE",
    "<,   GE, 20, FALSE",
    "<,   GT, 20, FALSE",
    "<,   GT, 10, UNKNOWN",
    "<,   EQ, 20, FALSE",
    "<,   EQ, 10, UNKNOWN",
    "<,   NE, 20, TRUE",
    "<,   NE, 10, UNKNOWN",
    // <= 20 is (-inf, 20]
    "<=,  LT, 20, UNKNOWN",
    "<=,  LE, 20, TRUE",
    "<=,  GT, 20, FALSE",
    "<=,  GE, 20, UNKNOWN",
    "<=,  EQ, 30, FALSE",
    "<=,  NE, 30, TRUE",
    // > 20 is (20, inf)
    ">,   GT, 20, TRUE",
    ">,   GE, 20, TRUE",
    ">,   GT, 30, UNKNOWN",
    ">,   LE, 20, FALSE",
    ">,   LT, 20, FALSE",
    ">,   LT, 30, UNKNOWN",
    ">,   EQ, 20, FALSE",
    // >= 20 is [20, inf)
    ">=,  GE, 20, TRUE",
    ">=,  GT, 20, UNKNOWN",
    ">=,  LT, 20, FALSE",
    ">=,  LE, 20, UNKNOWN",
    ">=,  EQ, 10, FALSE",
    ">=,  EQ, 20, UNKNOWN",
    ">=,  NE, 10, TRUE",
  })
  void compare_valueWithComparator_decidesOnlyWhenWholeIntervalAgrees(
      String comparator, ComparisonOp op, String threshold, TruthValue expected) {
    ComparisonOutcome outcome =
        compare(
            "20",
            comparator.isEmpty() ? null : comparator,
            "ng/mL",
            op,
            Quantity.of(threshold, "ng/mL"));

    assertThat(outcome.result()).isEqualTo(expected);
    assertThat(outcome.unknownReason() == null).isEqualTo(expected != TruthValue.UNKNOWN);
  }

  @Test
  void compare_comparatorValueUndecided_explainsTheRange() {
    ComparisonOutcome outcome =
        compare("20", "<", "ng/mL", ComparisonOp.GE, Quantity.of("10", "ug/L"));

    assertThat(outcome.shown()).isEqualTo("<20 ng/mL >= 10 ng/mL (= 10 ug/L)");
    assertThat(outcome.unknownReason())
        .isEqualTo("the value <20 ng/mL is a range that is partly >= 10 ng/mL and partly not");
  }

  @Test
  void compare_comparatorValueAfterConversion_usesExactThreshold() {
    // < 1.7335 nmol/L lies wholly below 50 ng/dL (1.73358... nmol/L).
    ComparisonOutcome outcome =
        compare("1.7335", "<", "nmol/L", ComparisonOp.LT, Quantity.of("50", "ng/dL"));

    assertThat(outcome.result()).isEqualTo(TruthValue.TRUE);
    assertThat(outcome.shown()).startsWith("<1.7335 nmol/L < 1.7336 nmol/L");
  }
}
