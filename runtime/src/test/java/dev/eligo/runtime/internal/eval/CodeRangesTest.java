package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ATC;
import static dev.eligo.runtime.internal.eval.Fixtures.ICD10;
import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Code ranges as each code system compares codes: ICD-10 by prefix ignoring dots and case (also for
 * codes written with letters beyond ASCII), ATC by prefix, LOINC and local codes exactly; and code
 * systems told apart by name, matching and URIs.
 */
class CodeRangesTest {
  private static final CodeSystemRef LOCAL_EXACT =
      CodeSystemRef.of("local", CodeMatch.EXACT, "http://example.org/codes");

  @ParameterizedTest(name = "ICD-10 {0} in {1}..{2}: {3}")
  @CsvSource({
    "C61, C61, C61, true",
    "c61.9, C61, C61, true",
    "' C61 ', C61, C61, true",
    "C6, C61, C61, false",
    "C60.9, C61, C62, false",
    "C62.1, C61, C62, true",
    "C63, C61, C62, false",
    "A00, A00, B89, true",
    "B89.9, A00, B89, true",
    "B90, A00, B89, false",
    "'', A00, B89, false",
    "Cß1, C61, C62, false",
    "Cß1, CA, CZ, true",
    "C6ß, C61, C62, false",
    "B2ä, A00, B89, true",
    "c9ä, A00, B89, false"
  })
  void icd10_comparesPrefixesIgnoringDotsAndCase(
      String code, String low, String high, boolean expected) {
    assertThat(ICD10.inRange(code, low, high)).isEqualTo(expected);
    assertThat(ICD10.inNormalizedRange(code, ICD10.normalize(low), ICD10.normalize(high)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "ATC {0} in {1}..{2}: {3}")
  @CsvSource({
    "J01CA04, J01, J05, true",
    "J05AB01, J01, J05, true",
    "J06BA01, J01, J05, false",
    "J00, J01, J05, false",
    "J0, J01, J05, false",
    "j01CA04, J01, J05, false",
    "L01XL, L01XL, L01XL, true"
  })
  void atc_comparesPrefixesAsWritten(String code, String low, String high, boolean expected) {
    assertThat(ATC.inRange(code, low, high)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "local {0} in {1}..{2}: {3}")
  @CsvSource({
    "100, 100, 200, true",
    "200, 100, 200, true",
    "' 150 ', 100, 200, true",
    "099, 100, 200, false",
    "201, 100, 200, false",
    "1500, 100, 200, true",
    "2000, 100, 200, false"
  })
  void exactSystems_compareWholeCodes(String code, String low, String high, boolean expected) {
    assertThat(LOCAL_EXACT.inRange(code, low, high)).isEqualTo(expected);
  }

  @Test
  void normalize_dropsDotsAndUpperCasesOnlyForIcd10() {
    assertThat(ICD10.normalize(" c79.51 ")).isEqualTo("C7951");
    assertThat(ATC.normalize(" j01.ca ")).isEqualTo("j01.ca");
    assertThat(LOINC.normalize("2857-1")).isEqualTo("2857-1");
  }

  @Test
  void identifies_anyOfItsUris_trimmed() {
    assertThat(ICD10.identifies("http://hl7.org/fhir/sid/icd-10-cm ")).isTrue();
    assertThat(ICD10.identifies("http://hl7.org/fhir/sid/icd-9-cm")).isFalse();
    assertThat(ICD10.identifies(null)).isFalse();
    assertThat(ICD10.uris())
        .containsExactly("http://hl7.org/fhir/sid/icd-10", "http://hl7.org/fhir/sid/icd-10-cm");
  }

  @Test
  void systemsAreEqual_byNameMatchingAndUris() {
    CodeSystemRef same =
        CodeSystemRef.of(
            "ICD10",
            CodeMatch.PREFIX_IGNORING_DOTS,
            "http://hl7.org/fhir/sid/icd-10",
            "http://hl7.org/fhir/sid/icd-10-cm");
    assertThat(same).isEqualTo(ICD10).hasSameHashCodeAs(ICD10);
    assertThat(same.name()).isEqualTo("ICD10");
    assertThat(same.match()).isEqualTo(CodeMatch.PREFIX_IGNORING_DOTS);
    assertThat(same).hasToString("ICD10");
    assertThat(CodeSystemRef.of("ICD10", CodeMatch.PREFIX, "http://hl7.org/fhir/sid/icd-10"))
        .isNotEqualTo(CodeSystemRef.of("ICD10", CodeMatch.EXACT, "http://hl7.org/fhir/sid/icd-10"));
    assertThat(CodeSystemRef.of("a", CodeMatch.EXACT, "u"))
        .isNotEqualTo(CodeSystemRef.of("b", CodeMatch.EXACT, "u"))
        .isNotEqualTo(CodeSystemRef.of("a", CodeMatch.EXACT, "v"))
        .isNotEqualTo("a");
    assertThat(List.of(ICD10, ATC)).doesNotHaveDuplicates();
  }

  @Test
  void aSystemNeedsAUri() {
    assertThatThrownBy(() -> CodeSystemRef.of("empty", CodeMatch.EXACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code system empty needs at least one URI");
  }
}
