package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.observation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue.CodedValue;
import dev.eligo.runtime.record.ObservationValue.IntegerValue;
import dev.eligo.runtime.record.ObservationValue.QuantityValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Data-dictionary rows read from Observations: labs, scores and imaging results. */
class ObservationMappingTest {

  @Test
  void testosterone_massAndMolar_keepUcumCodesAndExactValues() {
    PatientRecord record = Fixtures.map("testosterone");

    Observation mass = observation(record, "testo-mass");
    assertThat(mass.codes())
        .containsExactly(
            new Coding(
                "http://loinc.org", "2986-8", "Testosterone [Mass/volume] in Serum or Plasma"));
    assertThat(mass.value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(new QuantityValue(new BigDecimal("32.0"), "ng/dL", null));
    assertThat(mass.issued()).isEqualTo(Instant.parse("2026-11-02T13:02:11Z"));
    // the UCUM code wins over the display unit "nmol/l"
    assertThat(observation(record, "testo-molar").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(new QuantityValue(new BigDecimal("1.10"), "nmol/L", null));
  }

  @Test
  void psa_effectiveWithOffset_keepsWrittenDate() {
    Observation psa = observation(Fixtures.map("psa"), "psa-4");

    // 23:30 at -10:00 is already 25 November in UTC and in the test JVM's zone (+14:00)
    assertThat(psa.effective())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 24), LocalTime.of(23, 30)));
    assertThat(((QuantityValue) psa.value()).value()).isEqualByComparingTo("12.5");
    assertThat(((QuantityValue) psa.value()).value().scale())
        .as("12.50 keeps its written scale")
        .isEqualTo(2);
    assertThat(psa.referenceRanges())
        .containsExactly(new ReferenceRange(null, null, new BigDecimal("4.0"), "ng/mL", null));
  }

  @Test
  void psa_comparatorAndMicrogramsPerLitre_areKept() {
    Observation nadir = observation(Fixtures.map("psa"), "psa-nadir");

    assertThat(nadir.codes()).extracting(Coding::code).containsExactly("35741-8");
    assertThat(nadir.value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(new QuantityValue(new BigDecimal("0.1"), "ug/L", "<"));
    assertThat(nadir.effective()).isEqualTo(RecordDate.of(LocalDate.of(2026, 3, 14)));
  }

  @Test
  void boneScan_newLesionCount_isAnInteger() {
    Observation scan = observation(Fixtures.map("bone-scan"), "bone-scan-2");

    assertThat(scan.codes())
        .extracting(Coding::system, Coding::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "http://example.org/fhir/CodeSystem/nct07298239", "bone-scan-new-lesions"));
    assertThat(scan.value()).isEqualTo(new IntegerValue(2));
    assertThat(scan.effective().first()).isEqualTo(LocalDate.of(2026, 10, 30));
  }

  @Test
  void recist_codedResponse_andEffectivePeriodStartIsTheDate() {
    Observation recist = observation(Fixtures.map("recist"), "recist-1");

    assertThat(recist.value())
        .isEqualTo(
            new CodedValue(
                java.util.List.of(
                    new Coding(
                        "http://example.org/fhir/CodeSystem/nct07298239",
                        "PD",
                        "Progressive disease")),
                "Progressive disease"));
    assertThat(recist.effective())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 9, 12), LocalTime.of(8, 0)));
  }

  @Test
  void ecog_score_isAnInteger() {
    Observation ecog = observation(Fixtures.map("ecog"), "ecog-1");

    assertThat(ecog.codes()).extracting(Coding::code).containsExactly("89247-1");
    assertThat(ecog.value()).isEqualTo(new IntegerValue(1));
  }

  @Test
  void psmaExpression_partialDate_isTheMonthItNames() {
    Observation psma = observation(Fixtures.map("psma"), "psma-ihc");

    assertThat(psma.effective()).isEqualTo(RecordDate.ofMonth(java.time.YearMonth.of(2025, 6)));
    assertThat(((CodedValue) psma.value()).codings())
        .containsExactly(new Coding("http://snomed.info/sct", "10828004", "Positive"));
  }

  @Test
  void bloodCounts_ancPlateletsHemoglobin_keepUcumCodesNotDisplayUnits() {
    PatientRecord record = Fixtures.map("blood-counts");

    assertThat(observation(record, "anc-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("2.1", "10*9/L"));
    assertThat(observation(record, "anc-1").referenceRanges())
        .containsExactly(
            new ReferenceRange(
                new BigDecimal("1.8"), "10*9/L", new BigDecimal("7.5"), "10*9/L", null));
    assertThat(observation(record, "plt-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("187", "10*3/uL"));
    assertThat(observation(record, "hgb-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("11.8", "g/dL"));
  }

  @Test
  void altAst_referenceRanges_keepTypeAndSkipTextOnly() {
    PatientRecord record = Fixtures.map("liver-kidney");

    assertThat(observation(record, "alt-1").referenceRanges())
        .containsExactly(
            new ReferenceRange(null, null, new BigDecimal("41"), "U/L", "normal"),
            new ReferenceRange(null, null, new BigDecimal("100"), "U/L", "treatment"));
    // a high without a unit stays without one: the runtime reads it in the value's unit
    assertThat(observation(record, "ast-1").referenceRanges())
        .containsExactly(new ReferenceRange(null, null, new BigDecimal("40"), null, null));
  }

  @Test
  void creatinine_massAndMolar_withLowAndHighRange() {
    PatientRecord record = Fixtures.map("liver-kidney");

    assertThat(observation(record, "crea-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("1.02", "mg/dL"));
    assertThat(observation(record, "crea-1").referenceRanges())
        .containsExactly(
            new ReferenceRange(
                new BigDecimal("0.70"), "mg/dL", new BigDecimal("1.20"), "mg/dL", null));
    assertThat(observation(record, "crea-2").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("90", "umol/L"));
  }

  @Test
  void coagulation_ptApttInr_unitsFromUcumCode() {
    PatientRecord record = Fixtures.map("coagulation");

    assertThat(observation(record, "pt-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("12.9", "s"));
    assertThat(observation(record, "aptt-1").value())
        .as("display 'sec', UCUM code 's'")
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("31", "s"));
    assertThat(observation(record, "inr-1").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("1.1", "{INR}"));
    assertThat(observation(record, "inr-1").referenceRanges())
        .containsExactly(new ReferenceRange(null, null, new BigDecimal("1.2"), "{INR}", null));
  }

  @Test
  void hbvDna_unitWithoutSystem_isTheWrittenUnit() {
    PatientRecord record = Fixtures.map("hbv-dna");

    assertThat(observation(record, "hbv-copies").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("350", "copies/mL"));
    assertThat(observation(record, "hbv-iu").value())
        .usingRecursiveComparison()
        .ignoringFields("unitText")
        .isEqualTo(QuantityValue.of("60", "[IU]/mL"));
  }

  @ParameterizedTest
  @EnumSource(ObservationStatus.class)
  void observation_everyStatus_isMappedAsWritten(ObservationStatus status) {
    PatientRecord record =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\""
                + status.code()
                + "\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
                + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"effectiveDateTime\":\"2026-11-01\","
                + "\"valueQuantity\":{\"value\":3.2,\"system\":\"http://unitsofmeasure.org\",\"code\":\"ng/mL\"}}");

    assertThat(observation(record, "o1").status()).isEqualTo(status);
    assertThat(record.problems()).isEmpty();
  }

  @Test
  void observation_effectiveInstantInUtc_keepsItsWrittenDate() {
    PatientRecord record =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"718-7\"}]},"
                + "\"effectiveInstant\":\"2026-11-24T12:00:00Z\",\"valueQuantity\":{\"value\":13,\"unit\":\"g/dL\"}}");

    // the test JVM runs at +14:00, where this instant is already 25 November
    assertThat(observation(record, "o1").effective().first()).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void observation_valueOfUnusableType_isAProblemNotAValue() {
    PatientRecord record =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
                + "\"effectiveDateTime\":\"2026-11-01\",\"valueRatio\":{\"numerator\":{\"value\":1},\"denominator\":{\"value\":2}}}");

    assertThat(observation(record, "o1").value()).isNull();
    assertThat(record.problems())
        .singleElement()
        .hasToString("Observation/o1: value[x] of type Ratio cannot be used; the value is unknown");
  }
}
