package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.condition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Data-dictionary rows read from Conditions. */
class ConditionMappingTest {
  private final PatientRecord record = Fixtures.map("conditions");

  @Test
  void prostateCancer_icd10AndSnomedCodings_withStatusesAndOnset() {
    Condition prostate = condition(record, "dx-prostate");

    assertThat(prostate.codes())
        .containsExactly(
            new Coding("http://hl7.org/fhir/sid/icd-10", "C61", "Malignant neoplasm of prostate"),
            new Coding("http://snomed.info/sct", "399068003", "Malignant tumor of prostate"));
    assertThat(prostate.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
    assertThat(prostate.verificationStatus()).isEqualTo(VerificationStatus.CONFIRMED);
    assertThat(prostate.onset())
        .as("onsetDateTime wins over recordedDate")
        .isEqualTo(RecordDate.of(LocalDate.of(2019, 4, 17)));
    assertThat(prostate.abatement()).isNull();
  }

  @Test
  void metastatic_icd10CmBoneCode_onsetPeriodStartIsPartial() {
    Condition bone = condition(record, "dx-bone-mets");

    assertThat(bone.codes()).extracting(Coding::code).containsExactly("C79.51", "94222008");
    assertThat(bone.onset())
        .as("onsetPeriod.start wins over recordedDate")
        .isEqualTo(RecordDate.ofMonth(YearMonth.of(2024, 5)));
  }

  @Test
  void liverMetastases_resolvedWithAbatement_keepWrittenDates() {
    Condition liver = condition(record, "dx-liver-mets");

    assertThat(liver.clinicalStatus()).isEqualTo(ClinicalStatus.RESOLVED);
    assertThat(liver.onset())
        .isEqualTo(RecordDate.of(LocalDate.of(2025, 1, 10), LocalTime.of(16, 0)));
    // 22:00 at -08:00 is 1 January 2026 in UTC; the record says 31 December
    assertThat(liver.abatement())
        .isEqualTo(RecordDate.of(LocalDate.of(2025, 12, 31), LocalTime.of(22, 0)));
  }

  @Test
  void otherMalignancy_recordedYearOnly_andAbatementPeriodEnd() {
    Condition bladder = condition(record, "dx-bladder");

    assertThat(bladder.codes()).extracting(Coding::code).containsExactly("D09.0");
    assertThat(bladder.clinicalStatus()).isEqualTo(ClinicalStatus.REMISSION);
    assertThat(bladder.onset())
        .as("recordedDate when there is no onset")
        .isEqualTo(RecordDate.ofYear(2022));
    assertThat(bladder.abatement()).isEqualTo(RecordDate.of(LocalDate.of(2023, 3, 15)));
  }

  @Test
  void infection_onsetLateEveningWithOffset_staysOnItsDay() {
    Condition uti = condition(record, "dx-uti");

    assertThat(uti.codes()).extracting(Coding::code).containsExactly("N39.0");
    assertThat(uti.onset())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 19), LocalTime.of(21, 40)));
  }

  @Test
  void autoimmune_withoutVerificationStatus_isNotStated() {
    Condition sle = condition(record, "dx-sle");

    assertThat(sle.codes()).extracting(Coding::code).containsExactly("M32.9");
    assertThat(sle.verificationStatus()).isNull();
    assertThat(sle.onset()).isEqualTo(RecordDate.ofYear(2011));
  }

  @Test
  void hepatitisB_chronicAndCarrier_areMapped() {
    assertThat(condition(record, "dx-hbv").codes())
        .extracting(Coding::code)
        .containsExactly("B18.1");
    Condition carrier = condition(record, "dx-hbv-carrier");
    assertThat(carrier.codes())
        .containsExactly(
            new Coding(
                "http://hl7.org/fhir/sid/icd-10-cm", "Z22.51", "Carrier of viral hepatitis B"));
    assertThat(carrier.onset())
        .isEqualTo(RecordDate.of(LocalDate.of(2015, 2, 11), LocalTime.of(10, 0)));
  }

  @Test
  void hepatitisC_relapseAndProvisional_areMappedAsWritten() {
    Condition hcv = condition(record, "dx-hcv");

    assertThat(hcv.clinicalStatus()).isEqualTo(ClinicalStatus.RELAPSE);
    assertThat(hcv.verificationStatus()).isEqualTo(VerificationStatus.PROVISIONAL);
  }

  @ParameterizedTest
  @EnumSource(VerificationStatus.class)
  void condition_everyVerificationStatus_isMappedAsWritten(VerificationStatus status) {
    PatientRecord one =
        Fixtures.mapResources(
            conditionWith(
                "\"verificationStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\""
                    + status.code()
                    + "\"}]}"));

    assertThat(condition(one, "c1").verificationStatus()).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(ClinicalStatus.class)
  void condition_everyClinicalStatus_isMappedAsWritten(ClinicalStatus status) {
    PatientRecord one =
        Fixtures.mapResources(
            conditionWith(
                "\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\""
                    + status.code()
                    + "\"}]}"));

    assertThat(condition(one, "c1").clinicalStatus()).isEqualTo(status);
  }

  @Test
  void condition_unknownClinicalStatusCode_isNotStatedWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            conditionWith(
                "\"clinicalStatus\":{\"coding\":[{\"system\":\"http://example.org/local-status\",\"code\":\"A\"}],\"text\":\"Aktiv\"}"));

    assertThat(condition(one, "c1").clinicalStatus()).isNull();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "Condition/c1: clinicalStatus has no known code ('Aktiv'); it was read as not stated");
  }

  @Test
  void condition_abatementAsAge_isNoDateWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            conditionWith(
                "\"abatementAge\":{\"value\":60,\"unit\":\"a\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"a\"}"));

    assertThat(condition(one, "c1").abatement()).isNull();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "Condition/c1: abatement[x] of type Age gives no date; the condition's end date is unknown");
  }

  private static String conditionWith(String field) {
    return "{\"resourceType\":\"Condition\",\"id\":\"c1\","
        + field
        + ","
        + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"C61\"}]},"
        + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"onsetDateTime\":\"2020-01-01\"}";
  }
}
