package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What an observation concept declares: its kind, the conversions its values need beyond UCUM
 * (molar mass, a lab's unit factor, a unit spelling), and the plausible range values are judged by,
 * which further declarations keep.
 */
class ObservationConceptKindsTest {

  private static BigDecimal converted(ObservationConcept c, String value, String from, String to) {
    Conversion conversion = c.converter().convert(Quantity.of(value, from), to);
    assertThat(conversion).isInstanceOf(Conversion.Converted.class);
    return ((Conversion.Converted) conversion).result().value();
  }

  @Test
  void kinds_andWhatTheirValuesAreJudgedBy() {
    assertThat(ObservationConcept.coded("recist", "RECIST", PSA_CODES).kind())
        .isEqualTo(ObservationConcept.Kind.CODED);
    assertThat(ObservationConcept.coded("recist", "RECIST", PSA_CODES).plausibility()).isNull();
    assertThat(ObservationConcept.yesNo("central", "central read", PSA_CODES).kind())
        .isEqualTo(ObservationConcept.Kind.YES_NO);
    assertThat(ObservationConcept.yesNo("central", "central read", PSA_CODES).plausibility())
        .isNull();
    assertThat(ObservationConcept.text("note", "note", PSA_CODES).kind())
        .isEqualTo(ObservationConcept.Kind.TEXT);
    assertThat(ObservationConcept.count("lesions", "lesions", PSA_CODES).plausibility())
        .isNotNull();
    assertThat(ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL").plausibility())
        .isNotNull();
  }

  @Test
  void conversionsBeyondUcum_andADeclaredRange_areKeptByLaterDeclarations() {
    ObservationConcept testosterone =
        ObservationConcept.quantity("t", "testosterone", PSA_CODES, "nmol/L")
            .withPlausibleRange(BigDecimal.ZERO, new BigDecimal("100"), "nmol/L")
            .withMolarMass(new BigDecimal("288.42"), "g/mol")
            .withUnitFactor("[IU]/L", new BigDecimal("2"), "nmol/L")
            .withUnitAlias("nmol/l", "nmol/L");

    assertThat(converted(testosterone, "288.42", "ng/dL", "nmol/L")).isEqualByComparingTo("10");
    assertThat(converted(testosterone, "3", "[IU]/L", "nmol/L")).isEqualByComparingTo("6");
    assertThat(testosterone.converter().ucumUnit("nmol/l")).isEqualTo("nmol/L");
    assertThat(testosterone.plausibility().high()).isEqualByComparingTo("100");
    assertThat(testosterone.kind()).isEqualTo(ObservationConcept.Kind.QUANTITY);
    assertThat(testosterone.label()).isEqualTo("testosterone");
  }
}
