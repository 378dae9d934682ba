package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PROTOCOL;
import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields of allergies, procedures, specimens, encounters, diagnostic reports, imaging studies,
 * study participations and immunizations: each read when recorded, each unknown with its field
 * named when not, an {@code unknown} status being no status.
 */
class OtherRecordFieldsTest {
  private static final Coding PENICILLIN = snomed("764146007");
  private static final Coding HIVES = snomed("247472004");
  private static final Coding WHEEZE = snomed("56018004");

  private static Value<LocalDate> known(Value<LocalDate> date, String day) {
    assertThat(date.get()).isEqualTo(LocalDate.parse(day));
    return date;
  }

  @Test
  void allergy_substanceTypeCategoryCriticalitySeverityManifestationAndDate() {
    RecordRef ref = RecordRef.of("AllergyIntolerance", "a1");
    Allergy allergy =
        new Allergy(
            ref,
            List.of(PENICILLIN),
            null,
            null,
            "allergy",
            RecordDate.parse("2019-04-02"),
            List.of("medication", "food"),
            "high",
            List.of(
                new AllergyReaction(List.of(HIVES), "moderate"),
                new AllergyReaction(List.of(HIVES, WHEEZE), null),
                new AllergyReaction(List.of(), "severe")));
    Value<Allergy> a = Value.of(allergy);

    assertThat(Fields.allergyCode(a).get()).isEqualTo(Codes.of(PENICILLIN));
    assertThat(Fields.allergyType(a).get()).isEqualTo(Words.ofCode("allergy"));
    assertThat(Fields.allergyCategory(a).get().words()).containsExactly("medication", "food");
    assertThat(Fields.allergyCriticality(a).get()).isEqualTo(Words.ofCode("high"));
    assertThat(Fields.allergySeverity(a).get().words()).containsExactly("moderate", "severe");
    assertThat(Fields.allergySeverity(a).label())
        .isEqualTo("reaction severity of AllergyIntolerance/a1");
    // each manifestation once, in the order first given
    assertThat(Fields.allergyManifestation(a).get()).isEqualTo(Codes.of(HIVES, WHEEZE));
    known(Fields.allergyDate(a), "2019-04-02");
    assertThat(Fields.allergyDate(a).evidence().used()).containsExactly(ref);
  }

  @Test
  void allergy_withNothingRecorded_isUnknownFieldByField() {
    RecordRef ref = RecordRef.of("AllergyIntolerance", "a1");
    Value<Allergy> a = Value.of(Allergy.unreadable(ref));

    assertThat(Fields.allergyCode(a).reason()).isEqualTo("no code recorded");
    assertThat(Fields.allergyType(a).reason()).isEqualTo("no type recorded");
    assertThat(Fields.allergyCategory(a).reason()).isEqualTo("no category recorded");
    assertThat(Fields.allergyCategory(a).missing())
        .containsExactly(new Missing("category of AllergyIntolerance/a1", ""));
    assertThat(Fields.allergyCriticality(a).reason()).isEqualTo("no criticality recorded");
    assertThat(Fields.allergySeverity(a).reason()).isEqualTo("no reaction severity recorded");
    assertThat(Fields.allergyManifestation(a).reason())
        .isEqualTo("no reaction manifestation recorded");
    assertThat(Fields.allergyDate(a).reason()).isEqualTo("no recorded date recorded");
  }

  @Test
  void procedure_codeStatusDateBodySiteAndReason() {
    RecordRef ref = RecordRef.of("Procedure", "pr1");
    Procedure done =
        new Procedure(
            ref,
            List.of(snomed("26294005")),
            ProcedureStatus.COMPLETED,
            RecordPeriod.on(RecordDate.parse("2025-06-10")),
            List.of(snomed("41216001")),
            List.of(snomed("399068003")),
            List.of());
    Value<Procedure> p = Value.of(done);

    assertThat(Fields.procedureCode(p).get()).isEqualTo(Codes.of(snomed("26294005")));
    assertThat(Fields.procedureStatus(p).get()).isEqualTo(Words.ofCode("completed"));
    known(Fields.procedureDate(p), "2025-06-10");
    assertThat(Fields.procedureBodySite(p).get()).isEqualTo(Codes.of(snomed("41216001")));
    assertThat(Fields.procedureReason(p).get()).isEqualTo(Codes.of(snomed("399068003")));
    assertThat(Fields.procedureReason(p).label()).isEqualTo("reason for Procedure/pr1");

    Value<Procedure> unread = Value.of(Procedure.unreadable(ref));
    assertThat(Fields.procedureStatus(unread).reason()).isEqualTo("no status recorded");
    assertThat(Fields.procedureCode(unread).reason()).isEqualTo("no code recorded");
    assertThat(Fields.procedureDate(unread).reason()).isEqualTo("no date recorded");
    assertThat(Fields.procedureBodySite(unread).reason()).isEqualTo("no body site recorded");
    assertThat(Fields.procedureReason(unread).reason()).isEqualTo("no stated reason");
  }

  @Test
  void procedure_reasonNamingACondition_isResolvedAgainstThePatientsRecord() {
    RecordRef ref = RecordRef.of("Procedure", "pr1");
    RecordRef gone = RecordRef.of("Condition", "c9");
    Procedure biopsy =
        new Procedure(
            ref,
            List.of(snomed("26294005")),
            ProcedureStatus.COMPLETED,
            RecordPeriod.on(RecordDate.parse("2025-06-10")),
            List.of(),
            List.of(),
            List.of(gone));
    Evaluation evaluation =
        new Evaluation(PROTOCOL, PatientRecord.builder("p1").add(biopsy).build(), S);
    Value<Codes> reason =
        Fields.procedureReason(
            Value.known(biopsy, Evidence.none(), new Origin(evaluation, null, null)));
    assertThat(reason.missing())
        .containsExactly(
            new Missing(
                "reason for Procedure/pr1",
                "names Condition/c9, not among the patient's counting conditions"));
  }

  @Test
  void specimen_typeCollectionStatusAndBodySite() {
    RecordRef ref = RecordRef.of("Specimen", "s1");
    Value<Specimen> s =
        Value.of(
            new Specimen(
                ref,
                List.of(snomed("119376003")),
                SpecimenStatus.AVAILABLE,
                RecordDate.parse("2026-10-20T09:30"),
                List.of(snomed("41216001"))));

    assertThat(Fields.specimenType(s).get()).isEqualTo(Codes.of(snomed("119376003")));
    assertThat(Fields.specimenType(s).label()).isEqualTo("type of Specimen/s1");
    known(Fields.specimenCollected(s), "2026-10-20");
    assertThat(Fields.specimenStatus(s).get()).isEqualTo(Words.ofCode("available"));
    assertThat(Fields.specimenBodySite(s).get()).isEqualTo(Codes.of(snomed("41216001")));

    Value<Specimen> unread = Value.of(Specimen.unreadable(ref));
    assertThat(Fields.specimenType(unread).reason()).isEqualTo("no type recorded");
    assertThat(Fields.specimenCollected(unread).reason()).isEqualTo("no collection date recorded");
    assertThat(Fields.specimenStatus(unread).reason()).isEqualTo("no status recorded");
    assertThat(Fields.specimenBodySite(unread).reason()).isEqualTo("no body site recorded");
  }

  @Test
  void encounter_classTypeStartEndAndStatus() {
    RecordRef ref = RecordRef.of("Encounter", "e1");
    Coding inpatient = Coding.of("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP");
    Value<Encounter> e =
        Value.of(
            new Encounter(
                ref,
                List.of(inpatient),
                List.of(snomed("32485007")),
                EncounterStatus.FINISHED,
                new RecordPeriod(RecordDate.parse("2026-08-01"), RecordDate.parse("2026-08-04"))));

    assertThat(Fields.encounterClass(e).get()).isEqualTo(Codes.of(inpatient));
    assertThat(Fields.encounterType(e).get()).isEqualTo(Codes.of(snomed("32485007")));
    known(Fields.encounterStart(e), "2026-08-01");
    assertThat(Fields.encounterStart(e).label()).isEqualTo("start of Encounter/e1");
    known(Fields.encounterEnd(e), "2026-08-04");
    assertThat(Fields.encounterStatus(e).get()).isEqualTo(Words.ofCode("finished"));

    Value<Encounter> unread = Value.of(Encounter.unreadable(ref));
    assertThat(Fields.encounterClass(unread).reason()).isEqualTo("no class recorded");
    assertThat(Fields.encounterType(unread).reason()).isEqualTo("no type recorded");
    assertThat(Fields.encounterStart(unread).reason()).isEqualTo("no start recorded");
    assertThat(Fields.encounterEnd(unread).reason()).isEqualTo("no dates recorded");
    assertThat(Fields.encounterStatus(unread).reason()).isEqualTo("no status recorded");
  }

  @Test
  void encounter_stillGoingOn_endsOnTheScreeningDate() {
    Encounter stay =
        new Encounter(
            RecordRef.of("Encounter", "e2"),
            List.of(),
            List.of(),
            EncounterStatus.IN_PROGRESS,
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-11-20")));
    Evaluation evaluation =
        new Evaluation(PROTOCOL, PatientRecord.builder("p1").add(stay).build(), S);
    Value<Encounter> e = Value.known(stay, Evidence.none(), new Origin(evaluation, null, null));
    assertThat(Fields.encounterEnd(e).get()).isEqualTo(S);
    assertThat(Fields.encounterStatus(e).get()).isEqualTo(Words.ofCode("inProgress"));
  }

  @Test
  void report_codeConclusionIssuedDateAndStatus() {
    RecordRef ref = RecordRef.of("DiagnosticReport", "r1");
    Value<DiagnosticReport> r =
        Value.of(
            new DiagnosticReport(
                ref,
                List.of(loinc("44136-0")),
                ReportStatus.FINAL,
                RecordDate.parse("2026-10-30"),
                RecordDate.parse("2026-11-02"),
                List.of(snomed("385633008"))));

    assertThat(Fields.reportCode(r).get()).isEqualTo(Codes.of(loinc("44136-0")));
    assertThat(Fields.reportConclusion(r).get()).isEqualTo(Codes.of(snomed("385633008")));
    known(Fields.reportIssued(r), "2026-11-02");
    known(Fields.reportDate(r), "2026-10-30");
    assertThat(Fields.reportStatus(r).get()).isEqualTo(Words.ofCode("final"));

    Value<DiagnosticReport> unread = Value.of(DiagnosticReport.unreadable(ref));
    assertThat(Fields.reportCode(unread).reason()).isEqualTo("no code recorded");
    assertThat(Fields.reportConclusion(unread).reason()).isEqualTo("no conclusion recorded");
    assertThat(Fields.reportIssued(unread).reason()).isEqualTo("no issue date recorded");
    assertThat(Fields.reportDate(unread).reason()).isEqualTo("no date recorded");
    assertThat(Fields.reportStatus(unread).reason()).isEqualTo("no status recorded");
  }

  @Test
  void imaging_codeModalityBodySiteDateAndStatus() {
    RecordRef ref = RecordRef.of("ImagingStudy", "i1");
    Coding pet = Coding.of("http://dicom.nema.org/resources/ontology/DCM", "PT");
    Value<ImagingStudy> i =
        Value.of(
            new ImagingStudy(
                ref,
                List.of(loinc("44139-4")),
                List.of(pet),
                List.of(snomed("41216001")),
                ImagingStatus.AVAILABLE,
                RecordDate.parse("2026-10-12")));

    assertThat(Fields.imagingCode(i).get()).isEqualTo(Codes.of(loinc("44139-4")));
    assertThat(Fields.imagingModality(i).get()).isEqualTo(Codes.of(pet));
    assertThat(Fields.imagingBodySite(i).get()).isEqualTo(Codes.of(snomed("41216001")));
    known(Fields.imagingDate(i), "2026-10-12");
    assertThat(Fields.imagingStatus(i).get()).isEqualTo(Words.ofCode("available"));

    Value<ImagingStudy> unread = Value.of(ImagingStudy.unreadable(ref));
    assertThat(Fields.imagingCode(unread).reason()).isEqualTo("no code recorded");
    assertThat(Fields.imagingModality(unread).reason()).isEqualTo("no modality recorded");
    assertThat(Fields.imagingBodySite(unread).reason()).isEqualTo("no body site recorded");
    assertThat(Fields.imagingDate(unread).reason()).isEqualTo("no date recorded");
    assertThat(Fields.imagingStatus(unread).reason()).isEqualTo("no status recorded");
  }

  @Test
  void participation_statusStudyStartAndEnd() {
    RecordRef ref = RecordRef.of("ResearchSubject", "rs1");
    Value<ResearchParticipation> r =
        Value.of(
            new ResearchParticipation(
                ref,
                "off-study",
                List.of("NCT01234567"),
                new RecordPeriod(RecordDate.parse("2025-01-15"), RecordDate.parse("2025-09-30"))));

    assertThat(Fields.participationStatus(r).get()).isEqualTo(Words.ofCode("offStudy"));
    assertThat(Fields.participationStudy(r).get())
        .isEqualTo(Codes.of(Coding.of("", "NCT01234567")));
    known(Fields.participationStart(r), "2025-01-15");
    known(Fields.participationEnd(r), "2025-09-30");

    Value<ResearchParticipation> unread = Value.of(ResearchParticipation.unreadable(ref));
    assertThat(Fields.participationStatus(unread).reason()).isEqualTo("no status recorded");
    assertThat(Fields.participationStudy(unread).reason()).isEqualTo("no study recorded");
    assertThat(Fields.participationStart(unread).reason()).isEqualTo("no date recorded");
    assertThat(Fields.participationEnd(unread).reason()).isEqualTo("no dates recorded");
  }

  @Test
  void participation_countsWhileOnStudyInFollowUpOrOff_notWhenOnlyCandidateOrWithdrawn() {
    RecordRef ref = RecordRef.of("ResearchSubject", "rs1");
    for (String status :
        List.of(
            "on-study",
            "on-study-intervention",
            "on-study-observation",
            "follow-up",
            "off-study")) {
      assertThat(new ResearchParticipation(ref, status, List.of(), null).counts())
          .as(status)
          .isTrue();
    }
    for (String status : List.of("candidate", "eligible", "ineligible", "withdrawn", "unknown")) {
      assertThat(new ResearchParticipation(ref, status, List.of(), null).counts())
          .as(status)
          .isFalse();
    }
  }

  @Test
  void immunization_codeDateStatusReasonAndPrimarySource() {
    RecordRef ref = RecordRef.of("Immunization", "v1");
    Coding flu = Coding.of("http://hl7.org/fhir/sid/cvx", "141");
    Immunization given =
        new Immunization(
            ref,
            List.of(flu),
            ImmunizationStatus.COMPLETED,
            RecordDate.parse("2026-10-01"),
            List.of(snomed("591000119102")),
            true);
    Value<Immunization> v = Value.of(given);

    assertThat(ImmunizationFields.immunizationCode(v).get()).isEqualTo(Codes.of(flu));
    assertThat(ImmunizationFields.immunizationCode(v).label())
        .isEqualTo("vaccine code of Immunization/v1");
    known(ImmunizationFields.immunizationDate(v), "2026-10-01");
    assertThat(ImmunizationFields.immunizationStatus(v).get()).isEqualTo(Words.ofCode("completed"));
    assertThat(ImmunizationFields.immunizationStatusReason(v).get())
        .isEqualTo(Codes.of(snomed("591000119102")));
    Truth primary = ImmunizationFields.immunizationPrimarySource(v);
    assertThat(primary.value()).isEqualTo(TruthValue.TRUE);
    assertThat(primary.statement()).endsWith(", yes");
    assertThat(primary.evidence().used()).containsExactly(ref);

    Immunization reported =
        new Immunization(ref, List.of(flu), ImmunizationStatus.COMPLETED, null, List.of(), false);
    Truth secondHand = ImmunizationFields.immunizationPrimarySource(Value.of(reported));
    assertThat(secondHand.value()).isEqualTo(TruthValue.FALSE);
    assertThat(secondHand.statement()).endsWith(", no (reported)");
  }

  @Test
  void immunization_withNothingRecorded_isUnknownFieldByField() {
    RecordRef ref = RecordRef.of("Immunization", "v1");
    Value<Immunization> v = Value.of(Immunization.unreadable(ref));

    assertThat(ImmunizationFields.immunizationCode(v).reason())
        .isEqualTo("no vaccine code recorded");
    assertThat(ImmunizationFields.immunizationDate(v).reason()).isEqualTo("no date given recorded");
    assertThat(ImmunizationFields.immunizationStatus(v).reason()).isEqualTo("no status recorded");
    assertThat(ImmunizationFields.immunizationStatusReason(v).reason())
        .isEqualTo("no status reason recorded");
    Truth primary = ImmunizationFields.immunizationPrimarySource(v);
    assertThat(primary.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(primary.statement()).endsWith(", not said");
    assertThat(primary.missing())
        .containsExactly(new Missing("primary source of Immunization/v1", ""));
  }

  @Test
  void immunization_primarySourceOfNoImmunization_isUnknownWithTheReason() {
    Value<Immunization> none =
        Value.<Immunization>unknown(
                "no flu vaccine recorded", List.of(new Missing("flu vaccine", "")), Evidence.none())
            .labelled("latest flu vaccine");
    Truth primary = ImmunizationFields.immunizationPrimarySource(none);
    assertThat(primary.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(primary.statement()).isEqualTo("latest flu vaccine: no flu vaccine recorded");
    assertThat(primary.missing()).containsExactly(new Missing("flu vaccine", ""));
  }
}
