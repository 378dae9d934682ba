package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.encounter;
import static dev.eligo.fhir.Fixtures.imaging;
import static dev.eligo.fhir.Fixtures.report;
import static dev.eligo.fhir.Fixtures.specimen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Specimens, encounters, diagnostic reports and imaging studies, as hospitals send them. */
class NewRecordKindsMappingTest {
  private static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";

  @Test
  void archivalTissue_typeStatusCollectionOnItsWrittenDayAndBodySite() {
    Specimen ffpe = specimen(Fixtures.map("specimen"), "spec-ffpe");

    assertThat(ffpe.codes()).extracting(Coding::code).containsExactly("1222707004");
    assertThat(ffpe.status()).isEqualTo(SpecimenStatus.AVAILABLE);
    assertThat(ffpe.collected())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 2, 11), LocalTime.of(15, 30)));
    assertThat(ffpe.bodySites()).extracting(Coding::code).containsExactly("41216001");
  }

  @Test
  void bloodSample_withoutStatus_collectedOnlyToTheMonth() {
    Specimen blood = specimen(Fixtures.map("specimen"), "spec-blood");

    assertThat(blood.status()).isNull();
    assertThat(blood.collected()).isEqualTo(RecordDate.ofMonth(YearMonth.of(2026, 11)));
    assertThat(blood.bodySites()).isEmpty();
  }

  @Test
  void specimenWithUnknownStatusOrAboutSomeoneElse() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Specimen\",\"id\":\"s1\",\"status\":\"lost\",\"type\":{\"coding\":[{\"system\":"
                + "\"http://snomed.info/sct\",\"code\":\"119376003\"}]}}",
            "{\"resourceType\":\"Specimen\",\"id\":\"s2\",\"subject\":{\"reference\":\"Patient/other\"}}");

    assertThat(specimen(one, "s1").status()).isNull();
    assertThat(one.specimens()).hasSize(1);
    assertThat(Fixtures.problems(one))
        .anyMatch(p -> p.startsWith("Specimen/s1:") && p.contains("lost"))
        .contains(
            "Specimen/s2: subject 'Patient/other' is not this Bundle's patient; the resource was skipped");
  }

  @Test
  void admission_classTypeAndPeriodOnTheWrittenDays() {
    Encounter admission = encounter(Fixtures.map("encounters"), "enc-admission");

    assertThat(admission.classes())
        .containsExactly(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
    assertThat(admission.types()).extracting(Coding::code).containsExactly("183452005");
    assertThat(admission.status()).isEqualTo(EncounterStatus.FINISHED);
    assertThat(admission.period())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2026, 11, 3), LocalTime.of(22, 14)),
                RecordDate.of(LocalDate.of(2026, 11, 9), LocalTime.of(11, 0))));
  }

  @Test
  void encounterInProgress_isOngoing_planned_keepsItsStatus() {
    PatientRecord record = Fixtures.map("encounters");

    assertThat(encounter(record, "enc-ward").period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 11, 22))));
    assertThat(encounter(record, "enc-planned").status()).isEqualTo(EncounterStatus.PLANNED);
    assertThat(encounter(record, "enc-planned").period())
        .isEqualTo(RecordPeriod.on(RecordDate.of(LocalDate.of(2026, 12, 1))));
  }

  @Test
  void encounterWithoutStatus_isUnknownWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"IMP\"},\"period\":{\"start\":\"2026-11-01\"}}");

    assertThat(encounter(one, "e1").status()).isEqualTo(EncounterStatus.UNKNOWN);
    assertThat(Fixtures.problems(one))
        .containsExactly("Encounter/e1: status is missing; it was read as unknown");
  }

  @Test
  void psmaPetReport_conclusionCodesEffectiveAndIssuedOnTheirWrittenDays() {
    DiagnosticReport pet = report(Fixtures.map("reports"), "dr-psma-pet");

    assertThat(pet.codes()).extracting(Coding::code).containsExactly("81555-5");
    assertThat(pet.status()).isEqualTo(ReportStatus.FINAL);
    assertThat(pet.effective())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0)));
    assertThat(pet.issued())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 6), LocalTime.parse("17:22:41.120")));
    assertThat(pet.conclusions()).extracting(Coding::code).containsExactly("94222008");
  }

  @Test
  void preliminaryReportWithoutEffective_isDatedByIssued() {
    DiagnosticReport prelim = report(Fixtures.map("reports"), "dr-prelim");

    assertThat(prelim.status()).isEqualTo(ReportStatus.PRELIMINARY);
    assertThat(prelim.effective()).isNull();
    assertThat(prelim.date())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)));
    assertThat(prelim.conclusions()).isEmpty();
  }

  @Test
  void reportWithBadIssuedDate_isAProblemAndTheDateUnknown() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"DiagnosticReport\",\"id\":\"r1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"81555-5\"}]},\"issued\":\"yesterday\"}");

    assertThat(report(one, "r1").issued()).isNull();
    assertThat(one.problems())
        .isNotEmpty()
        .allMatch(p -> p.ref().toString().equals("DiagnosticReport/r1"));
  }

  @Test
  void petCt_modalitiesOfEverySeriesBodySiteAndStart() {
    ImagingStudy pet = imaging(Fixtures.map("imaging"), "img-pet");

    assertThat(pet.codes()).extracting(Coding::code).containsExactly("81555-5");
    assertThat(pet.modalities())
        .containsExactly(new Coding(DCM, "PT", null), new Coding(DCM, "CT", null));
    assertThat(pet.bodySites()).extracting(Coding::code).containsExactly("38266002");
    assertThat(pet.status()).isEqualTo(ImagingStatus.AVAILABLE);
    assertThat(pet.started())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 5), LocalTime.of(8, 41)));
  }

  @Test
  void imagingWithoutStatusOrStart_isUnknownAndUndated() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"ImagingStudy\",\"id\":\"i1\","
                + "\"modality\":[{\"system\":\"http://dicom.nema.org/resources/ontology/DCM\",\"code\":\"MR\"}]}");

    assertThat(imaging(one, "i1").status()).isEqualTo(ImagingStatus.UNKNOWN);
    assertThat(imaging(one, "i1").started()).isNull();
    assertThat(Fixtures.problems(one))
        .containsExactly("ImagingStudy/i1: status is missing; it was read as unknown");
  }
}
