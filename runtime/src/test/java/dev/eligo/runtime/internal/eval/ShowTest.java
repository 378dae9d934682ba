package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a record reads in an explanation: its codes, its dates or that it has none, its reference.
 */
class ShowTest {
  private static final Coding LIVER =
      new Coding(Fixtures.SNOMED_URI, "94381002", "liver metastases");
  private static final Coding IV = snomed("47625008");

  private static RecordRef ref(String type) {
    return RecordRef.of(type, "r1");
  }

  private static RecordDate date(String text) {
    return RecordDate.parse(text);
  }

  @Test
  void codings_showTheDisplayWhenThereIsOne() {
    assertThat(Show.codings(List.of(LIVER, icd10("C61"))))
        .isEqualTo("94381002 (liver metastases), C61");
    assertThat(Show.codings(List.of(new Coding(Fixtures.SNOMED_URI, "1", " "))))
        .as("a blank display is no display")
        .isEqualTo("1");
    assertThat(Show.codings(List.of())).isEqualTo("no code");
  }

  @Test
  void decimalsArePlain_observationsShowValueAndDate() {
    assertThat(Show.of(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Show.of(quantity("t1", "2986-8", "2026-11-01", "0.9", "nmol/L")))
        .isEqualTo("0.9 nmol/L on 2026-11-01 (Observation/t1)");
    Observation bare =
        new Observation(
            RecordRef.of("Observation", "t2"),
            List.of(),
            ObservationStatus.FINAL,
            null,
            null,
            null,
            List.of());
    assertThat(Show.of(bare)).isEqualTo("no value undated (Observation/t2)");
    assertThat(Show.of(42)).isEqualTo("42");
  }

  @Test
  void conditions() {
    Condition dated =
        new Condition(
            ref("Condition"),
            List.of(LIVER),
            ClinicalStatus.RESOLVED,
            VerificationStatus.CONFIRMED,
            date("2025-03"),
            date("2026-01-10"));
    Condition undated = new Condition(ref("Condition"), List.of(), null, null, null, null);

    assertThat(Show.of(dated))
        .isEqualTo("94381002 (liver metastases) from 2025-03 to 2026-01-10 (Condition/r1)");
    assertThat(Show.of(undated)).isEqualTo("no code (Condition/r1)");
  }

  @Test
  void medicationUses() {
    MedicationUse withRoute =
        new MedicationUse(
            ref("MedicationStatement"),
            List.of(atc("L02BB04")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(date("2026-01-01")),
            List.of(IV),
            List.of(),
            List.of());
    MedicationUse bare =
        new MedicationUse(
            ref("MedicationStatement"),
            List.of(atc("L02BB04")),
            MedicationStatus.ACTIVE,
            null,
            List.of(),
            List.of(),
            List.of());

    assertThat(Show.of(withRoute))
        .isEqualTo("L02BB04 47625008 2026-01-01 to ongoing (MedicationStatement/r1)");
    assertThat(Show.of(bare)).isEqualTo("L02BB04, no dates (MedicationStatement/r1)");
  }

  @Test
  void proceduresAndAllergies() {
    Procedure done =
        new Procedure(
            ref("Procedure"),
            List.of(snomed("387713003")),
            ProcedureStatus.COMPLETED,
            RecordPeriod.on(date("2026-02-03")));
    Procedure undated =
        new Procedure(
            ref("Procedure"), List.of(snomed("387713003")), ProcedureStatus.COMPLETED, null);
    Allergy recorded =
        new Allergy(
            ref("AllergyIntolerance"),
            List.of(atc("J01CA04")),
            null,
            null,
            null,
            date("2020-05-05"));
    Allergy unrecorded =
        new Allergy(ref("AllergyIntolerance"), List.of(atc("J01CA04")), null, null, null, null);

    assertThat(Show.of(done)).isEqualTo("387713003 2026-02-03 (Procedure/r1)");
    assertThat(Show.of(undated)).isEqualTo("387713003, no date (Procedure/r1)");
    assertThat(Show.of(recorded)).isEqualTo("J01CA04 recorded 2020-05-05 (AllergyIntolerance/r1)");
    assertThat(Show.of(unrecorded)).isEqualTo("J01CA04 (AllergyIntolerance/r1)");
  }

  @Test
  void specimensAndEncounters() {
    Specimen collected =
        new Specimen(
            ref("Specimen"),
            List.of(snomed("119376003")),
            SpecimenStatus.AVAILABLE,
            date("2026-11-02"),
            List.of());
    Specimen uncollected =
        new Specimen(ref("Specimen"), List.of(), SpecimenStatus.AVAILABLE, null, List.of());
    Encounter stay =
        new Encounter(
            ref("Encounter"),
            List.of(snomed("IMP")),
            List.of(snomed("32485007")),
            EncounterStatus.FINISHED,
            new RecordPeriod(date("2026-10-01"), date("2026-10-04")));
    Encounter undated =
        new Encounter(ref("Encounter"), List.of(), List.of(), EncounterStatus.FINISHED, null);

    assertThat(Show.of(collected))
        .isEqualTo("specimen 119376003 collected 2026-11-02 (Specimen/r1)");
    assertThat(Show.of(uncollected)).isEqualTo("specimen no code, no date (Specimen/r1)");
    assertThat(Show.of(stay))
        .isEqualTo("encounter IMP, 32485007 2026-10-01 to 2026-10-04 (Encounter/r1)");
    assertThat(Show.of(undated)).isEqualTo("encounter no code, no dates (Encounter/r1)");
  }

  @Test
  void reportsAndImaging() {
    DiagnosticReport report =
        new DiagnosticReport(
            ref("DiagnosticReport"),
            List.of(snomed("bone-scan")),
            ReportStatus.FINAL,
            date("2026-10-20"),
            null,
            List.of(LIVER));
    DiagnosticReport bare =
        new DiagnosticReport(
            ref("DiagnosticReport"), List.of(), ReportStatus.FINAL, null, null, List.of());
    ImagingStudy study =
        new ImagingStudy(
            ref("ImagingStudy"),
            List.of(snomed("ct")),
            List.of(snomed("CT")),
            List.of(),
            ImagingStatus.AVAILABLE,
            date("2026-10-19"));
    ImagingStudy undated =
        new ImagingStudy(
            ref("ImagingStudy"), List.of(), List.of(), List.of(), ImagingStatus.AVAILABLE, null);

    assertThat(Show.of(report))
        .isEqualTo(
            "report bone-scan on 2026-10-20, conclusion 94381002 (liver metastases)"
                + " (DiagnosticReport/r1)");
    assertThat(Show.of(bare)).isEqualTo("report no code, no date (DiagnosticReport/r1)");
    assertThat(Show.of(study)).isEqualTo("imaging ct, CT on 2026-10-19 (ImagingStudy/r1)");
    assertThat(Show.of(undated)).isEqualTo("imaging no code, no date (ImagingStudy/r1)");
  }

  @Test
  void researchParticipations() {
    ResearchParticipation on =
        new ResearchParticipation(
            ref("ResearchSubject"),
            "on-study",
            List.of("NCT01", "EU-2"),
            RecordPeriod.ongoingFrom(date("2026-01-01")));
    ResearchParticipation undated =
        new ResearchParticipation(ref("ResearchSubject"), "candidate", List.of("NCT01"), null);

    assertThat(Show.of(on))
        .isEqualTo("NCT01, EU-2 on-study 2026-01-01 to ongoing (ResearchSubject/r1)");
    assertThat(Show.of(undated)).isEqualTo("NCT01 candidate, no dates (ResearchSubject/r1)");
  }

  @Test
  void listsShowAtMostEightItems_andHowManyMore() {
    List<Integer> ten = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(Show.items(Items.of("n", "", ten))).isEqualTo("1; 2; 3; 4; 5; 6; 7; 8; and 2 more");
    assertThat(Show.items(Items.of("n", "", List.of(1, 2, 3, 4, 5, 6, 7, 8))))
        .isEqualTo("1; 2; 3; 4; 5; 6; 7; 8");
    assertThat(Show.items(Items.of("n", "", List.of()))).isEqualTo("none");
  }

  @Test
  void possibleItems_sayWhyTheyAreOnlyPossible() {
    Evaluation ctx =
        Fixtures.evaluate(
            Fixtures.patient().add(quantity("p1", "2857-1", "2026-10-01", "4", "ng/mL")).build());
    Items<Observation> possible =
        Windows.onOrAfter(
            ctx,
            ctx.observations(
                ObservationConcept.quantity("psa", "PSA", Fixtures.PSA_CODES, "ng/mL")),
            Value.unknown("no start", List.of(), dev.eligo.runtime.result.Evidence.none()));

    assertThat(Show.items(possible))
        .startsWith("possibly 4 ng/mL on 2026-10-01 (Observation/p1) [the window depends on ");
  }
}
