package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ATC;
import static dev.eligo.runtime.internal.eval.Fixtures.ICD10;
import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static dev.eligo.runtime.internal.eval.Fixtures.SNOMED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSetTest {
  private static final ValueSet OTHER_MALIGNANCY =
      ValueSet.builder()
          .includeRange(ICD10, "C00", "C96")
          .includeRange(ICD10, "D00", "D09")
          .exclude(ICD10, "C61")
          .excludeRange(ICD10, "C77", "C79")
          .build();
  private static final ValueSet METASTATIC =
      ValueSet.builder().includeRange(ICD10, "C77", "C79").include(SNOMED, "94381002").build();
  private static final ValueSet AUTOIMMUNE =
      ValueSet.builder()
          .include(ICD10, "E05.0")
          .include(ICD10, "M35.0")
          .include(ICD10, "G70.0")
          .build();
  private static final ValueSet CELL_THERAPY =
      ValueSet.builder().include(ATC, "L01XL").include(ATC, "L03AX17").build();
  private static final ValueSet PSA = ValueSet.builder().include(LOINC, "2857-1").build();

  @ParameterizedTest(name = "{0} {1} in C77-C79 or SNOMED liver: {2}")
  @CsvSource({
    "http://hl7.org/fhir/sid/icd-10, C79.51, true",
    "http://hl7.org/fhir/sid/icd-10, C7951, true",
    "http://hl7.org/fhir/sid/icd-10-cm, C77.0, true",
    "http://hl7.org/fhir/sid/icd-10, C78, true",
    "http://hl7.org/fhir/sid/icd-10, c78.7, true",
    "http://hl7.org/fhir/sid/icd-10, C76.9, false",
    "http://hl7.org/fhir/sid/icd-10, C80.1, false",
    "http://hl7.org/fhir/sid/icd-10, C7, false",
    "http://snomed.info/sct, 94381002, true",
    "http://snomed.info/sct, 943810021, false",
    "http://loinc.org, C78, false"
  })
  void range_prefixesIgnoringDots(String system, String code, boolean expected) {
    assertThat(METASTATIC.contains(Coding.of(system, code))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is another malignancy: {1}")
  @CsvSource({
    "C34.1, true",
    "C00, true",
    "C96.9, true",
    "D05.1, true",
    "D09, true",
    "C61, false",
    "C61.0, false",
    "C78.7, false",
    "C79.51, false",
    "C97, false",
    "D10, false"
  })
  void excludes_removeCodesAndRangesFromIncludes(String code, boolean expected) {
    assertThat(OTHER_MALIGNANCY.contains(Fixtures.icd10(code))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is autoimmune: {1}")
  @CsvSource({
    "E05.00, true",
    "E050, true",
    "E05.1, false",
    "E05, false",
    "M35.0, true",
    "M35.1, false"
  })
  void code_isPrefixOfTheCodesItCovers(String code, boolean expected) {
    assertThat(AUTOIMMUNE.contains(Fixtures.icd10(code))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "ATC {0} is cell therapy: {1}")
  @CsvSource({
    "L01XL01, true",
    "L01XL, true",
    "L03AX17, true",
    "L03AX1, false",
    "L01XC, false",
    "L01X, false"
  })
  void atc_prefixMatch(String code, boolean expected) {
    assertThat(CELL_THERAPY.contains(Fixtures.atc(code))).isEqualTo(expected);
  }

  @Test
  void exactSystem_needsTheWholeCode() {
    assertThat(PSA.contains(Fixtures.loinc("2857-1"))).isTrue();
    assertThat(PSA.contains(Fixtures.loinc("2857-10"))).isFalse();
    assertThat(PSA.contains(Fixtures.loinc("2857"))).isFalse();
  }

  @Test
  void systems_inOrderOfFirstUse() {
    assertThat(METASTATIC.systems()).containsExactly(ICD10, SNOMED);
  }

  @Test
  void classifies_onlyCodingsInItsSystems() {
    assertThat(OTHER_MALIGNANCY.classifies(List.of(Fixtures.snomed("254637007")))).isFalse();
    assertThat(OTHER_MALIGNANCY.classifies(List.of(Fixtures.icd10("Z99")))).isTrue();
    assertThat(OTHER_MALIGNANCY.classifies(List.of())).isFalse();
  }

  @Test
  void contents_readAsTheProtocolWritesThem() {
    assertThat(OTHER_MALIGNANCY.toString())
        .isEqualTo("ICD10 C00-C96, ICD10 D00-D09 except ICD10 C61, ICD10 C77-C79");
    assertThat(ValueSet.builder().named("autoimmune disease").build().toString())
        .isEqualTo("autoimmune disease");
  }

  @Test
  void exactKeys_singleExactCodes_areTheirSystemAndCode() {
    ValueSet nested = ValueSet.builder().includeAll(PSA).include(LOINC, "35741-8").build();

    assertThat(nested.exactKeys())
        .hasValue(java.util.Set.of("http://loinc.org|2857-1", "http://loinc.org|35741-8"));
  }

  @Test
  void exactKeys_prefixOrRangeSystems_areNotIndexable() {
    assertThat(METASTATIC.exactKeys()).isEmpty();
    assertThat(CELL_THERAPY.exactKeys()).isEmpty();
  }
}
