package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary's records that never count, per kind of record: excluded statuses ignored
 * with the status named, an unknown status and a partial date that may be after screening possible,
 * a record dated after screening ignored, and two doubts both kept.
 */
class RecordsThatNeverCountTest {
  private static final Admission ADMISSION = new Admission(S, "NCT07298239");
  private static final RecordDate BEFORE = RecordDate.parse("2026-10-01");
  private static final RecordDate AFTER = RecordDate.parse("2026-12-01");
  private static final RecordDate THIS_MONTH = RecordDate.parse("2026-11");

  private static String said(Admission.Decision d) {
    return d.kind() + (d.kind() == Admission.Kind.COUNTS ? "" : ": " + d.reason());
  }

  private static MedicationUse medication(
      MedicationStatus status, MedicationSource source, RecordDate start) {
    return new MedicationUse(
        RecordRef.of("MedicationDispense", "m"),
        List.of(),
        status,
        start == null ? null : RecordPeriod.on(start),
        List.of(),
        List.of(),
        List.of(),
        source,
        List.of(),
        null,
        List.of());
  }

  /** What admission says of a medication use of this status, source and start. */
  private static String admitted(
      MedicationStatus status, MedicationSource source, RecordDate start) {
    return said(ADMISSION.medication(medication(status, source, start)));
  }

  @Test
  void dates_afterScreeningNeverCount_partialOnesThatMayBeAfterItOnlyMay() {
    assertThat(said(ADMISSION.date(null))).isEqualTo("COUNTS");
    assertThat(said(ADMISSION.date(BEFORE))).isEqualTo("COUNTS");
    assertThat(said(ADMISSION.date(RecordDate.of(S)))).isEqualTo("COUNTS");
    assertThat(said(ADMISSION.date(AFTER)))
        .isEqualTo("IGNORED: dated 2026-12-01, after the screening date 2026-11-24");
    assertThat(said(ADMISSION.date(THIS_MONTH)))
        .isEqualTo("POSSIBLE: dated 2026-11, possibly after the screening date 2026-11-24");
  }

  @Test
  void medications_aDispenseStillInProgressOrOnHoldWasNotHandedOver() {
    assertThat(admitted(MedicationStatus.IN_PROGRESS, MedicationSource.DISPENSE, BEFORE))
        .isEqualTo("IGNORED: a dispense with status in-progress, not handed over");
    assertThat(admitted(MedicationStatus.ON_HOLD, MedicationSource.DISPENSE, BEFORE))
        .isEqualTo("IGNORED: a dispense with status on-hold, not handed over");
    assertThat(admitted(MedicationStatus.COMPLETED, MedicationSource.DISPENSE, BEFORE))
        .isEqualTo("COUNTS");
    assertThat(admitted(MedicationStatus.ON_HOLD, MedicationSource.REQUEST, BEFORE))
        .isEqualTo("COUNTS");
    assertThat(admitted(MedicationStatus.NOT_TAKEN, MedicationSource.STATEMENT, null))
        .isEqualTo("IGNORED: status not-taken");
    assertThat(admitted(MedicationStatus.UNKNOWN, MedicationSource.STATEMENT, THIS_MONTH))
        .isEqualTo(
            "POSSIBLE: status unknown; dated 2026-11, possibly after the screening date 2026-11-24");
  }

  @Test
  void procedures_andAllergies_byStatusAndDate() {
    assertThat(
            said(
                ADMISSION.procedure(
                    new Procedure(
                        RecordRef.of("Procedure", "p"),
                        List.of(),
                        ProcedureStatus.NOT_DONE,
                        RecordPeriod.on(BEFORE)))))
        .isEqualTo("IGNORED: status not-done");
    assertThat(
            said(
                ADMISSION.procedure(
                    new Procedure(
                        RecordRef.of("Procedure", "p"),
                        List.of(),
                        ProcedureStatus.COMPLETED,
                        null))))
        .isEqualTo("COUNTS");
    Allergy refuted =
        new Allergy(
            RecordRef.of("AllergyIntolerance", "a"),
            List.of(),
            null,
            VerificationStatus.REFUTED,
            null,
            BEFORE);
    assertThat(said(ADMISSION.allergy(refuted))).isEqualTo("IGNORED: verificationStatus refuted");
    Allergy unconfirmed =
        new Allergy(
            RecordRef.of("AllergyIntolerance", "a"),
            List.of(),
            null,
            VerificationStatus.UNCONFIRMED,
            null,
            AFTER);
    Admission.Decision later = ADMISSION.allergy(unconfirmed);
    assertThat(said(later))
        .isEqualTo("IGNORED: dated 2026-12-01, after the screening date 2026-11-24");
    Admission.Decision tentative =
        ADMISSION.allergy(
            new Allergy(
                RecordRef.of("AllergyIntolerance", "a"),
                List.of(),
                null,
                VerificationStatus.PROVISIONAL,
                null,
                BEFORE));
    assertThat(said(tentative)).isEqualTo("POSSIBLE: verificationStatus provisional");
    assertThat(tentative.tentative()).isTrue();
  }

  @Test
  void participations_otherStudiesCountWhileOnStudy_theOwnStudyNever() {
    RecordRef ref = RecordRef.of("ResearchSubject", "r");
    assertThat(
            said(
                ADMISSION.participation(
                    new ResearchParticipation(ref, "on-study", List.of("NCT07298239"), null))))
        .isEqualTo("IGNORED: this protocol's own study NCT07298239");
    assertThat(
            said(
                ADMISSION.participation(
                    new ResearchParticipation(ref, "withdrawn", List.of("NCT1"), null))))
        .isEqualTo("IGNORED: status withdrawn");
    assertThat(
            said(
                ADMISSION.participation(
                    new ResearchParticipation(ref, "unknown", List.of("NCT1"), null))))
        .isEqualTo("POSSIBLE: status unknown");
    assertThat(
            said(
                ADMISSION.participation(
                    new ResearchParticipation(
                        ref, "on-study", List.of("NCT1"), RecordPeriod.on(AFTER)))))
        .startsWith("IGNORED: dated 2026-12-01");
  }

  @Test
  void specimensImmunizationsEncountersReportsAndImaging_byStatusAndDate() {
    assertThat(
            said(
                ADMISSION.specimen(
                    new Specimen(
                        RecordRef.of("Specimen", "s"),
                        List.of(),
                        SpecimenStatus.ENTERED_IN_ERROR,
                        BEFORE,
                        List.of()))))
        .isEqualTo("IGNORED: status entered-in-error");
    assertThat(
            said(
                ADMISSION.specimen(
                    new Specimen(
                        RecordRef.of("Specimen", "s"), List.of(), null, AFTER, List.of()))))
        .startsWith("IGNORED: dated 2026-12-01");
    assertThat(
            said(
                ADMISSION.specimen(
                    new Specimen(
                        RecordRef.of("Specimen", "s"),
                        List.of(),
                        SpecimenStatus.AVAILABLE,
                        BEFORE,
                        List.of()))))
        .isEqualTo("COUNTS");

    RecordRef v = RecordRef.of("Immunization", "v");
    assertThat(
            said(
                ADMISSION.immunization(
                    new Immunization(
                        v, List.of(), ImmunizationStatus.NOT_DONE, BEFORE, List.of(), null))))
        .isEqualTo("IGNORED: status not-done");
    assertThat(
            said(
                ADMISSION.immunization(
                    new Immunization(
                        v, List.of(), ImmunizationStatus.UNKNOWN, BEFORE, List.of(), null))))
        .isEqualTo("POSSIBLE: status unknown");
    assertThat(
            said(
                ADMISSION.immunization(
                    new Immunization(
                        v, List.of(), ImmunizationStatus.COMPLETED, AFTER, List.of(), null))))
        .startsWith("IGNORED: dated 2026-12-01");

    RecordRef e = RecordRef.of("Encounter", "e");
    assertThat(
            said(
                ADMISSION.encounter(
                    new Encounter(
                        e,
                        List.of(),
                        List.of(),
                        EncounterStatus.PLANNED,
                        RecordPeriod.on(BEFORE)))))
        .isEqualTo("IGNORED: status planned");
    assertThat(
            said(
                ADMISSION.encounter(
                    new Encounter(e, List.of(), List.of(), EncounterStatus.UNKNOWN, null))))
        .isEqualTo("POSSIBLE: status unknown");
    assertThat(
            said(
                ADMISSION.encounter(
                    new Encounter(
                        e,
                        List.of(),
                        List.of(),
                        EncounterStatus.FINISHED,
                        RecordPeriod.on(THIS_MONTH)))))
        .startsWith("POSSIBLE: dated 2026-11");

    RecordRef r = RecordRef.of("DiagnosticReport", "r");
    assertThat(
            said(
                ADMISSION.report(
                    new DiagnosticReport(
                        r, List.of(), ReportStatus.PRELIMINARY, BEFORE, null, List.of()))))
        .isEqualTo("IGNORED: status preliminary");
    assertThat(
            said(
                ADMISSION.report(
                    new DiagnosticReport(
                        r, List.of(), ReportStatus.UNKNOWN, BEFORE, null, List.of()))))
        .isEqualTo("POSSIBLE: status unknown");
    assertThat(
            said(
                ADMISSION.report(
                    new DiagnosticReport(
                        r, List.of(), ReportStatus.FINAL, null, AFTER, List.of()))))
        .startsWith("IGNORED: dated 2026-12-01");

    RecordRef i = RecordRef.of("ImagingStudy", "i");
    assertThat(
            said(
                ADMISSION.imaging(
                    new ImagingStudy(
                        i, List.of(), List.of(), List.of(), ImagingStatus.CANCELLED, BEFORE))))
        .isEqualTo("IGNORED: status cancelled");
    assertThat(
            said(
                ADMISSION.imaging(
                    new ImagingStudy(
                        i, List.of(), List.of(), List.of(), ImagingStatus.UNKNOWN, BEFORE))))
        .isEqualTo("POSSIBLE: status unknown");
    assertThat(
            said(
                ADMISSION.imaging(
                    new ImagingStudy(
                        i, List.of(), List.of(), List.of(), ImagingStatus.AVAILABLE, AFTER))))
        .startsWith("IGNORED: dated 2026-12-01");
  }

  @Test
  void then_keepsTheStricterDecision_andBothDoubts() {
    Admission.Decision possible = Admission.Decision.possible("status unknown");
    Admission.Decision ignored = Admission.Decision.ignored("status cancelled");
    assertThat(possible.then(ignored)).isSameAs(ignored);
    assertThat(ignored.then(possible)).isSameAs(ignored);
    assertThat(Admission.Decision.COUNTS.then(possible)).isSameAs(possible);
    assertThat(possible.then(Admission.Decision.COUNTS)).isSameAs(possible);
    assertThat(ignored.then(Admission.Decision.ignored("dated later")).reason())
        .isEqualTo("status cancelled");
    assertThat(possible.then(Admission.Decision.possible("dated 2026-11")).reason())
        .isEqualTo("status unknown; dated 2026-11");
  }
}
