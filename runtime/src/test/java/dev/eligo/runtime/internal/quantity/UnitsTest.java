package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

  private final Units units = Units.ucum();

  @Test
  void ucum_isOneSharedInstance() {
    assertThat(Units.ucum()).isSameAs(units);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ng/dL",
        "nmol/L",
        "10*9/L",
        "10*3/uL",
        "{copies}/mL",
        "/mL",
        "[IU]/mL",
        "U/L",
        "{INR}",
        "s",
        "mg/dl",
        "%",
        "1",
        "mL/min/{1.73_m2}",
        "Cel",
        "kg/m2"
      })
  void problem_validUcumUnit_isEmpty(String unit) {
    assertThat(units.problem(unit)).isEmpty();
  }

  @Test
  void problem_unknownAtom_isOneLineNamingUnitAndPosition() {
    assertThat(units.problem("foo"))
        .contains("'foo' is not a UCUM unit: The unit 'foo' is unknown at position 0");
    assertThat(units.problem("copies/mL"))
        .contains("'copies/mL' is not a UCUM unit: The unit 'copies' is unknown at position 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mg/", "m g", "[IU", "ng/mL)", "(ng", "ng/mL]", "mg/dL)x"})
  void problem_malformedExpression_isReported(String unit) {
    assertThat(units.problem(unit))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("'" + unit + "' is not a UCUM unit: ")
                    .doesNotContain("\n"));
  }

  @Test
  void problem_closingParenthesisWithoutOpening_namesPosition() {
    assertThat(units.problem("ng/mL)"))
        .contains("'ng/mL)' is not a UCUM unit: ')' without '(' at position 5");
  }

  @Test
  void problem_nullOrBlank_isReported() {
    assertThat(units.problem(null)).contains("no unit given");
    assertThat(units.problem("")).contains("no unit given");
    assertThat(units.problem("  ")).contains("no unit given");
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "ng/mL,        ug/L,         true",
    "10*3/uL,      10*9/L,       true",
    "g/L,          g/dL,         true",
    "nmol/L,       umol/L,       true",
    "U/L,          ukat/L,       true",
    "{copies}/mL,  /mL,          true",
    "{INR},        1,            true",
    "%,            1,            true",
    "[IU]/mL,      [iU]/L,       true",
    "[IU]/mL,      [IU]/L,       true",
    // UCUM's own canonical units are equal for these, but the values are not convertible:
    "nmol/L,       /mL,          false",
    "nmol/L,       {copies}/mL,  false",
    "mol,          1,            false",
    "[IU]/mL,      /mL,          false",
    "[IU]/mL,      {copies}/mL,  false",
    "[IU],         1,            false",
    "[IU]/L,       [arb'U]/L,    false",
    "nmol/L,       ng/dL,        false",
    "mmol/mol,     ng/dL,        false",
    "s,            d,            true",
    "Cel,          K,            false",
    "Cel,          Cel,          true",
    "foo,          foo,          false",
  })
  void comparable_keepsSubstanceAndArbitraryUnitsApart(String a, String b, boolean expected) {
    assertThat(units.comparable(a, b)).isEqualTo(expected);
    assertThat(units.comparable(b, a)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ng/dL,         mass concentration",
    "g/L,           mass concentration",
    "nmol/L,        substance concentration",
    "10*9/L,        number concentration",
    "{copies}/mL,   number concentration",
    "d,             time",
    "U/L,           catalytic activity concentration",
    "ukat/L,        catalytic activity concentration",
    "{INR},         dimensionless",
    "%,             dimensionless",
    "g/mol,         molar mass",
    "[IU]/mL,       arbitrary concentration in [iU]",
    "[IU],          arbitrary amount in [iU]",
    "kg/m2,         g.m-2",
    "mg/d,          mass per time",
    "mmol/h,        catalytic activity",
    "km/h,          length per time",
    "/min,          frequency",
    "Cel,           temperature",
    "foo,           unknown unit",
  })
  void dimensionName_namesWhatTheUnitMeasures(String unit, String expected) {
    assertThat(units.dimensionName(unit)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
    "1.5,   10*3/uL, 10*9/L,  1.5",
    "90,    g/L,     g/dL,    9",
    "7.25,  ng/mL,   ug/L,    7.25",
    "60,    U/L,     ukat/L,  1",
    "1,     [lb_av], kg,      0.45359237",
    "2,     d,       h,       48",
    "1,     mL,      L,       0.001",
    "50,    %,       1,       0.5",
  })
  void convert_ucumUnits_isExact(String value, String from, String to, String expected) {
    BigDecimal converted = units.convert(new BigDecimal(value), from, to);

    assertThat(converted).isEqualByComparingTo(expected);
  }

  @Test
  void convert_minuteToHours_isDividedOnceWithDecimal128() {
    assertThat(units.convert(BigDecimal.ONE, "min", "h").toPlainString())
        .isEqualTo("0.01666666666666666666666666666666667");
  }

  @Test
  void convert_notComparable_throws() {
    assertThatThrownBy(() -> units.convert(BigDecimal.ONE, "nmol/L", "/mL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'nmol/L' cannot be converted to '/mL'");
  }

  @Test
  void read_fromManyThreadsAtOnce_givesTheSameAnswers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<BigDecimal>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String unit = "10*" + (i % 8) + "/uL";
        tasks.add(() -> Units.ucum().convert(BigDecimal.ONE, unit, "/L"));
      }
      List<Future<BigDecimal>> results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualByComparingTo(BigDecimal.TEN.pow(6 + i % 8));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void problem_hugeExponent_isRefusedAtOnce() {
    long start = System.nanoTime();
    assertThat(Units.ucum().problem("10*-99999999/L"))
        .get()
        .asString()
        .contains("the exponent -99999999 of '10*' is beyond 30");
    assertThat(System.nanoTime() - start).as("nanoseconds to refuse it").isLessThan(5_000_000_000L);
  }

  @Test
  void disagreement_sameMeaningDifferentSpelling_isNone() {
    assertThat(Units.ucum().disagreement("ng/ml", "ng/mL")).isEmpty();
    assertThat(Units.ucum().disagreement("x10^9/L", "10*9/L"))
        .as("a readable unit that is not UCUM")
        .isEmpty();
    assertThat(Units.ucum().disagreement("mg/dL", "g/L"))
        .get()
        .asString()
        .isEqualTo("its unit 'mg/dL' and its code 'g/L' disagree (1 mg/dL = 0.01 g/L)");
    assertThat(Units.ucum().disagreement("{INR}", "1.5")).isPresent();
  }
}
