package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConverterTest {

  private static final UnitConverter TESTOSTERONE =
      UnitConverter.plain().withMolarMass(new BigDecimal("288.42"), "g/mol");
  private static final UnitConverter CREATININE =
      UnitConverter.plain().withMolarMass(new BigDecimal("113.12"), "g/mol");
  private static final UnitConverter HBV_DNA =
      UnitConverter.plain()
          .withUnitFactor("[IU]", new BigDecimal("5.82"), "{copies}")
          .withUnitAlias("copies/mL", "{copies}/mL");

  private static Conversion.Converted converted(Conversion conversion) {
    assertThat(conversion).isInstanceOf(Conversion.Converted.class);
    return (Conversion.Converted) conversion;
  }

  private static String reason(Conversion conversion) {
    assertThat(conversion).isInstanceOf(Conversion.NotConvertible.class);
    return ((Conversion.NotConvertible) conversion).reason();
  }

  @Test
  void convert_nmolPerLitreTestosterone_toNgPerDl() {
    Conversion.Converted result =
        converted(TESTOSTERONE.convert(Quantity.of("1.7", "nmol/L"), "ng/dL"));

    assertThat(result.result().value().toPlainString()).isEqualTo("49.0314");
    assertThat(result.result().unit()).isEqualTo("ng/dL");
    assertThat(result.how()).isEqualTo("via molar mass 288.42 g/mol");
  }

  @Test
  void convert_ngPerDlTestosterone_toNmolPerLitre_dividesWithDecimal128() {
    Conversion.Converted result =
        converted(TESTOSTERONE.convert(Quantity.of("50", "ng/dL"), "nmol/L"));

    BigDecimal expected =
        new BigDecimal("500").divide(new BigDecimal("288.42"), java.math.MathContext.DECIMAL128);
    assertThat(result.result().value()).isEqualByComparingTo(expected);
    assertThat(result.result().value().precision()).isEqualTo(34);
    assertThat(result.result().value().toPlainString()).startsWith("1.73358");
  }

  @Test
  void convert_umolPerLitreCreatinine_toMgPerDl() {
    Conversion.Converted result =
        converted(CREATININE.convert(Quantity.of("110", "umol/L"), "mg/dL"));

    assertThat(result.result().value()).isEqualByComparingTo("1.24432");
    assertThat(result.how()).isEqualTo("via molar mass 113.12 g/mol");
  }

  @Test
  void convert_molarMassInKgPerMol_givesSameResultAsInGramPerMol() {
    UnitConverter inKg = UnitConverter.plain().withMolarMass(new BigDecimal("0.28842"), "kg/mol");

    assertThat(converted(inKg.convert(Quantity.of("1.7", "nmol/L"), "ng/dL")).result().value())
        .isEqualByComparingTo("49.0314");
  }

  @ParameterizedTest(name = "{0} {1} -> {3} {2}")
  @CsvSource({
    "1.5, 10*3/uL, 10*9/L, 1.5",
    "90,  g/L,     g/dL,   9",
    "3.2, ng/mL,   ug/L,   3.2",
    "0.9, nmol/L,  pmol/mL, 0.9",
  })
  void convert_plainUcum_needsNoDeclarationAndSaysNothingOfHow(
      String value, String from, String to, String expected) {
    Conversion.Converted result =
        converted(UnitConverter.plain().convert(Quantity.of(value, from), to));

    assertThat(result.result()).isEqualTo(Quantity.of(expected, to));
    assertThat(result.how()).isEmpty();
  }

  @Test
  void convert_iuPerMl_toCopiesPerMl_withDeclaredFactor() {
    Conversion.Converted result =
        converted(HBV_DNA.convert(Quantity.of("200", "[IU]/mL"), "{copies}/mL"));

    assertThat(result.result()).isEqualTo(Quantity.of("1164", "{copies}/mL"));
    assertThat(result.how()).isEqualTo("via 1 [IU] = 5.82 {copies}");
  }

  @Test
  void convert_copiesPerMl_toIuPerMl_usesTheFactorBackwards() {
    Conversion.Converted result =
        converted(HBV_DNA.convert(Quantity.of("1164", "{copies}/mL"), "[IU]/mL"));

    assertThat(result.result()).isEqualTo(Quantity.of("200", "[IU]/mL"));
  }

  @Test
  void convert_factorInsideOtherCompoundUnits_isApplied() {
    assertThat(
            converted(HBV_DNA.convert(Quantity.of("200", "[IU]/L"), "{copies}/mL"))
                .result()
                .value())
        .isEqualByComparingTo("1.164");
    assertThat(
            converted(HBV_DNA.convert(Quantity.of("1", "[IU]2"), "{copies}.{copies}"))
                .result()
                .value())
        .isEqualByComparingTo("33.8724");
  }

  @Test
  void convert_recordSpellingCopiesPerMl_isReadThroughAlias() {
    Conversion.Converted result =
        converted(HBV_DNA.convert(Quantity.of("1164", "copies/mL"), "[IU]/mL"));

    assertThat(result.result()).isEqualTo(Quantity.of("200", "[IU]/mL"));
    assertThat(HBV_DNA.ucumUnit(" copies/mL ")).isEqualTo("{copies}/mL");
  }

  @Test
  void convert_toAliasSpelling_keepsTheSpellingAsked() {
    Conversion.Converted result =
        converted(HBV_DNA.convert(Quantity.of("200", "[IU]/mL"), "copies/mL"));

    assertThat(result.result()).isEqualTo(Quantity.of("1164", "copies/mL"));
  }

  @Test
  void convert_aliasNotDeclared_isNotConvertibleBecauseNotUcum() {
    UnitConverter withoutAlias =
        UnitConverter.plain().withUnitFactor("[IU]", new BigDecimal("5.82"), "{copies}");

    assertThat(reason(withoutAlias.convert(Quantity.of("1164", "copies/mL"), "[IU]/mL")))
        .isEqualTo("'copies/mL' is not a UCUM unit: The unit 'copies' is unknown at position 0");
  }

  @Test
  void convert_iuPerMlToCopiesPerMl_withoutFactor_isNotConvertible() {
    assertThat(reason(UnitConverter.plain().convert(Quantity.of("200", "[IU]/mL"), "{copies}/mL")))
        .startsWith("unit '[IU]/mL' cannot be converted to '{copies}/mL'");
    assertThat(UnitConverter.plain().canConvert("[IU]/mL", "{copies}/mL")).isFalse();
  }

  @Test
  void convert_mmolPerLitreToMgPerDl_withoutMolarMass_isNotConvertible() {
    assertThat(reason(UnitConverter.plain().convert(Quantity.of("5", "mmol/L"), "mg/dL")))
        .isEqualTo(
            "unit 'mmol/L' cannot be converted to 'mg/dL'"
                + " (substance concentration to mass concentration)");
  }

  @Test
  void convert_molarMassDoesNotRelateSubstanceToCounts() {
    assertThat(TESTOSTERONE.canConvert("nmol/L", "/mL")).isFalse();
    assertThat(TESTOSTERONE.canConvert("nmol/L", "[IU]/mL")).isFalse();
    assertThat(reason(TESTOSTERONE.convert(Quantity.of("5", "mmol/mol"), "ng/dL")))
        .startsWith("unit 'mmol/mol' cannot be converted to 'ng/dL'");
  }

  @Test
  void convert_valueWithoutUnit_isConvertibleOnlyToPlainNumber() {
    Quantity noUnit = Quantity.of(new BigDecimal("5"), null);

    assertThat(reason(TESTOSTERONE.convert(noUnit, "ng/dL")))
        .isEqualTo("the value 5 has no unit, so it cannot be converted to 'ng/dL'");
    assertThat(converted(TESTOSTERONE.convert(noUnit, "1")).result()).isEqualTo(Quantity.number(5));
  }

  @Test
  void convert_invalidTargetOrNothingToConvert_isNotConvertible() {
    assertThat(reason(TESTOSTERONE.convert(Quantity.of("5", "ng/dL"), "foo")))
        .startsWith("'foo' is not a UCUM unit");
    assertThat(reason(TESTOSTERONE.convert(Quantity.of("5", "ng/dL"), null))).isNotBlank();
    assertThat(reason(TESTOSTERONE.convert(null, "ng/dL"))).isNotBlank();
  }

  @Test
  void convert_specialUnits_onlyToThemselves() {
    assertThat(converted(UnitConverter.plain().convert(Quantity.of("37.5", "Cel"), "Cel")).result())
        .isEqualTo(Quantity.of("37.5", "Cel"));
    assertThat(UnitConverter.plain().canConvert("Cel", "K")).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "nmol/L,      ng/dL,        true",
    "ng/dL,       nmol/L,       true",
    "nmol/L,      nmol/L,       true",
    "mmol/mol,    ng/dL,        false",
    "ng/dL,       ng,           false",
  })
  void canConvert_withMolarMass(String from, String to, boolean expected) {
    assertThat(TESTOSTERONE.canConvert(from, to)).isEqualTo(expected);
    assertThat(UnitConverter.plain().canConvert(from, to)).isEqualTo(expected && from.equals(to));
  }

  @Test
  void withMolarMass_unitNotAMolarMass_isRejected() {
    assertThatThrownBy(() -> UnitConverter.plain().withMolarMass(new BigDecimal("288.42"), "g/L"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g/mol");
    assertThatThrownBy(() -> UnitConverter.plain().withMolarMass(BigDecimal.ZERO, "g/mol"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withUnitFactor_unitsUcumAlreadyRelates_isRejected() {
    assertThatThrownBy(() -> UnitConverter.plain().withUnitFactor("mg", BigDecimal.TEN, "g"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already related by UCUM");
  }

  @Test
  void withUnitAlias_targetNotUcum_isRejected() {
    assertThatThrownBy(() -> UnitConverter.plain().withUnitAlias("copies/mL", "copies/mL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a UCUM unit");
  }

  @Test
  void with_returnsNewConverterAndLeavesOriginalUnchanged() {
    UnitConverter plain = UnitConverter.plain();
    UnitConverter declared = plain.withMolarMass(new BigDecimal("288.42"), "g/mol");

    assertThat(plain.canConvert("nmol/L", "ng/dL")).isFalse();
    assertThat(declared.canConvert("nmol/L", "ng/dL")).isTrue();
  }

  @Test
  void toString_listsDeclarationsInAStableOrder() {
    UnitConverter converter =
        UnitConverter.plain()
            .withUnitAlias("copies/mL", "{copies}/mL")
            .withUnitAlias("IU/mL", "[IU]/mL");

    assertThat(converter)
        .hasToString(
            "UCUM conversions and 'IU/mL' means '[IU]/mL', 'copies/mL' means '{copies}/mL'");
  }
}
