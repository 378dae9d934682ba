package dev.eligo.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observation values as explanations show them, and the FHIR comparators a quantity accepts. */
class ObservationValuesShownTest {

  @Test
  void eachKindOfValue_isShownAsTheRecordGaveIt() {
    assertThat(ObservationValue.QuantityValue.of("4.20", "ng/mL")).hasToString("4.20 ng/mL");
    assertThat(new ObservationValue.QuantityValue(new BigDecimal("0.1"), "ng/mL", "<"))
        .hasToString("<0.1 ng/mL");
    assertThat(new ObservationValue.QuantityValue(new BigDecimal("3"), " ", null)).hasToString("3");
    assertThat(new ObservationValue.IntegerValue(2)).hasToString("2");
    assertThat(new ObservationValue.BooleanValue(true)).hasToString("yes");
    assertThat(new ObservationValue.BooleanValue(false)).hasToString("no");
    assertThat(new ObservationValue.TextValue("haemolysed")).hasToString("haemolysed");
    Coding pd = Coding.of("http://example.org/recist", "PD");
    assertThat(new ObservationValue.CodedValue(List.of(pd), "progressive disease"))
        .hasToString("progressive disease");
    assertThat(new ObservationValue.CodedValue(List.of(pd), " ")).hasToString("PD");
    assertThat(new ObservationValue.CodedValue(List.of(pd), null)).hasToString("PD");
    assertThat(new ObservationValue.CodedValue(List.of(), null)).hasToString("(no code)");
    assertThat(
            new ObservationValue.Unusable(
                ObservationValue.QuantityValue.of("-5", "10*9/L"), "-5 10*9/L is below 0"))
        .hasToString("-5 10*9/L");
  }

  @Test
  void aQuantityAcceptsOnlyFhirComparators() {
    for (String comparator : List.of("<", "<=", ">=", ">")) {
      assertThat(new ObservationValue.QuantityValue(BigDecimal.ONE, "mg", comparator).comparator())
          .isEqualTo(comparator);
    }
    assertThatThrownBy(() -> new ObservationValue.QuantityValue(BigDecimal.ONE, "mg", "ad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown Quantity.comparator 'ad'");
  }
}
