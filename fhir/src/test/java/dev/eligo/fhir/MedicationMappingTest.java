package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.medication;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data-dictionary rows read from medication uses: anti-infectives, immunosuppressants, cell
 * therapy.
 */
class MedicationMappingTest {
  private static final Coding IV =
      new Coding("http://snomed.info/sct", "47625008", "Intravenous route");
  private static final Coding ORAL = new Coding("http://snomed.info/sct", "26643006", "Oral route");

  private final PatientRecord record = Fixtures.map("medications", "conditions");

  @Test
  void antiInfective_administrationOfBundledMedication_getsItsCodesRouteAndPeriod() {
    MedicationUse cefuroxime = medication(record, "MedicationAdministration", "ma-cefuroxime");

    assertThat(cefuroxime.codes()).extracting(Coding::code).containsExactly("J01DC02", "2194");
    assertThat(cefuroxime.status()).isEqualTo(MedicationStatus.COMPLETED);
    assertThat(cefuroxime.routes()).containsExactly(IV);
    assertThat(cefuroxime.period())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2026, 11, 10), LocalTime.of(8, 0)),
                RecordDate.of(LocalDate.of(2026, 11, 17), LocalTime.of(8, 30))));
    assertThat(cefuroxime.reasonRefs()).containsExactly(RecordRef.of("Condition", "dx-uti"));
  }

  @Test
  void antiInfective_activeStatementWithoutEnd_isOngoingOralWithReasonCode() {
    MedicationUse amoxicillin = medication(record, "MedicationStatement", "ms-amoxicillin");

    assertThat(amoxicillin.codes())
        .containsExactly(new Coding("http://www.whocc.no/atc", "J01CA04", "amoxicillin"));
    assertThat(amoxicillin.period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 11, 20))));
    assertThat(amoxicillin.routes()).containsExactly(ORAL);
    assertThat(amoxicillin.reasonCodes()).extracting(Coding::code).containsExactly("N39.0");
  }

  @Test
  void glucocorticoid_containedMedication_andReasonReference() {
    MedicationUse prednisone = medication(record, "MedicationStatement", "ms-prednisone");

    assertThat(prednisone.codes())
        .containsExactly(new Coding("http://www.whocc.no/atc", "H02AB07", "prednisone"));
    assertThat(prednisone.period())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2025, 1, 15)),
                RecordDate.of(LocalDate.of(2025, 6, 30))));
    assertThat(prednisone.reasonRefs()).containsExactly(RecordRef.of("Condition", "dx-sle"));
  }

  @Test
  void immunosuppressant_activeRequest_isOngoingFromAuthoredOnWrittenDate() {
    MedicationUse mycophenolate = medication(record, "MedicationRequest", "mr-mycophenolate");

    assertThat(mycophenolate.codes()).extracting(Coding::code).containsExactly("L04AA06");
    assertThat(mycophenolate.status()).isEqualTo(MedicationStatus.ACTIVE);
    assertThat(mycophenolate.period())
        .isEqualTo(
            RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 6, 1), LocalTime.of(13, 5))));
    assertThat(mycophenolate.routes()).containsExactly(ORAL);
  }

  @ParameterizedTest
  @EnumSource(
      value = MedicationStatus.class,
      names = {
        "ACTIVE",
        "COMPLETED",
        "ENTERED_IN_ERROR",
        "INTENDED",
        "STOPPED",
        "ON_HOLD",
        "UNKNOWN",
        "NOT_TAKEN"
      })
  void medicationStatement_everyStatus_isMappedAsWritten(MedicationStatus status) {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms1\",\"status\":\""
                + status.code()
                + "\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"L04AX03\"}]},"
                + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"effectiveDateTime\":\"2026-01-05\"}");

    assertThat(medication(one, "MedicationStatement", "ms1").status()).isEqualTo(status);
    assertThat(medication(one, "MedicationStatement", "ms1").period())
        .isEqualTo(RecordPeriod.on(RecordDate.of(LocalDate.of(2026, 1, 5))));
  }

  @ParameterizedTest
  @EnumSource(
      value = MedicationStatus.class,
      names = {
        "IN_PROGRESS",
        "NOT_DONE",
        "ON_HOLD",
        "COMPLETED",
        "ENTERED_IN_ERROR",
        "STOPPED",
        "UNKNOWN"
      })
  void medicationAdministration_everyStatus_isMappedAsWritten(MedicationStatus status) {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationAdministration\",\"id\":\"ma1\",\"status\":\""
                + status.code()
                + "\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"J01DD04\"}]},"
                + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"effectiveDateTime\":\"2026-01-05T10:00:00+01:00\"}");

    assertThat(medication(one, "MedicationAdministration", "ma1").status()).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(
      value = MedicationStatus.class,
      names = {"ACTIVE", "UNKNOWN", "DRAFT", "CANCELLED", "ENTERED_IN_ERROR"})
  void medicationRequest_activeUnknownOrNeverCounting_isMappedOngoingFromAuthoredOn(
      MedicationStatus status) {
    PatientRecord one = Fixtures.mapResources(request("mr1", status.code()));

    MedicationUse use = medication(one, "MedicationRequest", "mr1");
    assertThat(use.status()).isEqualTo(status);
    assertThat(use.period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 2, 1))));
  }

  @ParameterizedTest
  @EnumSource(
      value = MedicationStatus.class,
      names = {"COMPLETED", "STOPPED", "ON_HOLD"})
  void medicationRequest_notActive_isNotAUse(MedicationStatus status) {
    PatientRecord one = Fixtures.mapResources(request("mr1", status.code()));

    assertThat(one.medications()).isEmpty();
    assertThat(one.problems()).isEmpty();
  }

  @Test
  void medicationStatement_completedWithoutEnd_isItsFirstDayWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms1\",\"status\":\"completed\","
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"L04AX03\"}]},"
                + "\"effectivePeriod\":{\"start\":\"2025-03\"}}");

    assertThat(medication(one, "MedicationStatement", "ms1").period())
        .isEqualTo(RecordPeriod.on(RecordDate.ofMonth(java.time.YearMonth.of(2025, 3))));
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "MedicationStatement/ms1: effectivePeriod has no end and the use "
                + "is not active; it was taken as its first day only, and its length is unknown");
  }

  @Test
  void medication_referenceToAbsentMedication_hasNoCodesAndAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationAdministration\",\"id\":\"ma1\",\"status\":\"completed\","
                + "\"medicationReference\":{\"reference\":\"Medication/not-sent\"},\"effectiveDateTime\":\"2026-01-05\"}");

    assertThat(medication(one, "MedicationAdministration", "ma1").codes()).isEmpty();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "MedicationAdministration/ma1: medicationReference "
                + "'Medication/not-sent' names no Medication in the Bundle; the medication's codes are unknown");
  }

  private static String request(String id, String status) {
    return "{\"resourceType\":\"MedicationRequest\",\"id\":\""
        + id
        + "\",\"status\":\""
        + status
        + "\",\"intent\":\"order\","
        + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"J05AF07\"}]},"
        + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"authoredOn\":\"2026-02-01\"}";
  }
}
