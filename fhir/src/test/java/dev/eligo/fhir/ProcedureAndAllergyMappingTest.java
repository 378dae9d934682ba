package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.allergy;
import static dev.eligo.fhir.Fixtures.medication;
import static dev.eligo.fhir.Fixtures.procedure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Data-dictionary rows "prior cell therapy" and "hypersensitivity to biologics". */
class ProcedureAndAllergyMappingTest {

  @Test
  void priorCellTherapy_procedureWithPerformedPeriod_keepsWrittenDates() {
    Procedure cik = procedure(Fixtures.map("cell-therapy"), "proc-cik");

    assertThat(cik.codes())
        .containsExactly(
            new Coding(
                "http://example.org/fhir/CodeSystem/nct07298239",
                "cik-cell-therapy",
                "CIK cell therapy"));
    assertThat(cik.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(cik.performed())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2021, 3, 2), LocalTime.of(9, 0)),
                RecordDate.of(LocalDate.of(2021, 3, 4), LocalTime.of(17, 0))));
  }

  @Test
  void priorCellTherapy_performedDateTimeLateWithOffset_isOneDayOnItsWrittenDate() {
    Procedure dc = procedure(Fixtures.map("cell-therapy"), "proc-dc");

    assertThat(dc.performed())
        .isEqualTo(
            RecordPeriod.on(RecordDate.of(LocalDate.of(2020, 11, 30), LocalTime.of(23, 45))));
  }

  @Test
  void priorCellTherapy_sipuleucelAdministration_isAMedicationUse() {
    PatientRecord record = Fixtures.map("cell-therapy");

    assertThat(medication(record, "MedicationAdministration", "ma-sipuleucel").codes())
        .containsExactly(new Coding("http://www.whocc.no/atc", "L03AX17", "sipuleucel-T"));
  }

  @ParameterizedTest
  @EnumSource(ProcedureStatus.class)
  void procedure_everyStatus_isMappedAsWritten(ProcedureStatus status) {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Procedure\",\"id\":\"p1\",\"status\":\""
                + status.code()
                + "\","
                + "\"code\":{\"coding\":[{\"system\":\"http://example.org/fhir/CodeSystem/nct07298239\",\"code\":\"nk-cell-therapy\"}]},"
                + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"performedDateTime\":\"2023-07\"}");

    assertThat(procedure(one, "p1").status()).isEqualTo(status);
    assertThat(procedure(one, "p1").performed())
        .isEqualTo(RecordPeriod.on(RecordDate.ofMonth(java.time.YearMonth.of(2023, 7))));
  }

  @Test
  void hypersensitivity_allergyCodesIncludeReactionSubstance() {
    Allergy rituximab = allergy(Fixtures.map("allergy"), "allergy-rituximab");

    assertThat(rituximab.codes())
        .containsExactly(
            new Coding("http://www.whocc.no/atc", "L01FA01", "rituximab"),
            new Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "121191", "rituximab"));
    assertThat(rituximab.type()).isEqualTo("allergy");
    assertThat(rituximab.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
    assertThat(rituximab.verificationStatus()).isEqualTo(VerificationStatus.CONFIRMED);
    assertThat(rituximab.recorded())
        .isEqualTo(RecordDate.of(LocalDate.of(2018, 7, 22), LocalTime.of(14, 10)));
  }

  @Test
  void hypersensitivity_refutedIntolerance_isMappedAsWritten() {
    Allergy infliximab = allergy(Fixtures.map("allergy"), "intolerance-infliximab");

    assertThat(infliximab.type()).isEqualTo("intolerance");
    assertThat(infliximab.verificationStatus()).isEqualTo(VerificationStatus.REFUTED);
    assertThat(infliximab.clinicalStatus()).isNull();
  }
}
