package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @Test
  void equals_sameNumberWrittenWithMoreZeros_isEqualWithSameHash() {
    Quantity a = Quantity.of("1.5", "10*9/L");
    Quantity b = Quantity.of("1.50", "10*9/L");

    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Test
  void equals_zeroWrittenWithScale_isEqualWithSameHash() {
    assertThat(Quantity.of("0.000", "g/L")).isEqualTo(Quantity.of("0", "g/L"));
    assertThat(Quantity.of("0.000", "g/L").hashCode())
        .isEqualTo(Quantity.of("0", "g/L").hashCode());
  }

  @Test
  void equals_differentUnitOrNumber_isNotEqual() {
    assertThat(Quantity.of("9", "g/dL")).isNotEqualTo(Quantity.of("90", "g/L"));
    assertThat(Quantity.of("9", "g/dL")).isNotEqualTo(Quantity.of("9.1", "g/dL"));
  }

  @ParameterizedTest(name = "{0} {1} -> ''{2}''")
  @CsvSource({
    "1E+3,     ng/mL, 1000 ng/mL",
    "1.5E-7,   g/L,   0.00000015 g/L",
    "50,       ng/dL, 50 ng/dL",
    "1.50,     1,     1.50",
    "-2.5,     Cel,   -2.5 Cel",
  })
  void toString_plainDecimalAndUnit_neverScientific(String value, String unit, String expected) {
    assertThat(Quantity.of(new BigDecimal(value), unit)).hasToString(expected);
  }

  @Test
  void number_hasUnitOneAndPrintsWithoutUnit() {
    assertThat(Quantity.number(3).unit()).isEqualTo("1");
    assertThat(Quantity.number(new BigDecimal("2.5"))).hasToString("2.5");
    assertThat(Quantity.number(3)).isEqualTo(Quantity.of("3", "1"));
  }

  @Test
  void of_missingOrBlankUnit_isTheEmptyUnitNotANumber() {
    Quantity missing = Quantity.of(new BigDecimal("5"), null);

    assertThat(missing.unit()).isEmpty();
    assertThat(missing.hasNoUnit()).isTrue();
    assertThat(Quantity.of("5", "  ")).isEqualTo(missing);
    assertThat(missing).isNotEqualTo(Quantity.number(5)).hasToString("5");
  }

  @ParameterizedTest(name = "{0} {1} is shown as {2}")
  @CsvSource({
    "80.53260683211178260683211178260683, mL/min, 80.5326… mL/min",
    "80.5, mL/min, 80.5 mL/min",
    "1234567.5, 1, 1234570…",
    "0.000123456, g, 0.000123456 g",
    "2, 1, 2"
  })
  void shown_roundsAComputedValueTo6SignificantDigitsAndSaysSo(
      String value, String unit, String expected) {
    assertThat(Quantity.of(new BigDecimal(value), unit).shown()).isEqualTo(expected);
  }
}
