package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When each kind of record happened (a date, or the period it covers) and which records an item
 * cites as evidence: a record itself, a day of a series its observations, a list every member's.
 */
class RecordTimingAndEvidenceTest {
  private static final RecordDate D = RecordDate.parse("2026-10-05");
  private static final RecordPeriod P =
      new RecordPeriod(RecordDate.parse("2026-09-01"), RecordDate.parse("2026-09-30"));

  private static RecordRef ref(String type) {
    return RecordRef.of(type, "x");
  }

  private final Observation observation =
      Fixtures.quantity("x", "2857-1", "2026-10-05", "4.1", "ng/mL");
  private final Condition condition =
      new Condition(
          ref("Condition"),
          List.of(snomed("399068003")),
          ClinicalStatus.ACTIVE,
          null,
          RecordDate.parse("2026-09-01"),
          RecordDate.parse("2026-09-30"));
  private final MedicationUse medication =
      new MedicationUse(
          ref("MedicationStatement"),
          List.of(),
          MedicationStatus.COMPLETED,
          P,
          List.of(),
          List.of(),
          List.of());
  private final Procedure procedure =
      new Procedure(ref("Procedure"), List.of(), ProcedureStatus.COMPLETED, P);
  private final Allergy allergy =
      new Allergy(ref("AllergyIntolerance"), List.of(), null, null, null, D);
  private final ResearchParticipation participation =
      new ResearchParticipation(ref("ResearchSubject"), "on-study", List.of("NCT1"), P);
  private final Specimen specimen =
      new Specimen(ref("Specimen"), List.of(), SpecimenStatus.AVAILABLE, D, List.of());
  private final Immunization immunization =
      new Immunization(
          ref("Immunization"), List.of(), ImmunizationStatus.COMPLETED, D, List.of(), null);
  private final Encounter encounter =
      new Encounter(ref("Encounter"), List.of(), List.of(), EncounterStatus.FINISHED, P);
  private final DiagnosticReport report =
      new DiagnosticReport(
          ref("DiagnosticReport"), List.of(), ReportStatus.FINAL, null, D, List.of());
  private final ImagingStudy imaging =
      new ImagingStudy(
          ref("ImagingStudy"), List.of(), List.of(), List.of(), ImagingStatus.AVAILABLE, D);

  private List<Object> dated() {
    return List.of(observation, allergy, specimen, immunization, report, imaging);
  }

  private List<Object> spanning() {
    return List.of(condition, medication, procedure, participation, encounter);
  }

  @Test
  void recordsOfOneDate_happenOnIt_andCoverThatDayAlone() {
    for (Object item : dated()) {
      assertThat(Timing.date(item)).as(item.toString()).isEqualTo(D);
      assertThat(Timing.hasPeriod(item)).as(item.toString()).isFalse();
      assertThat(Timing.period(item)).as(item.toString()).isEqualTo(RecordPeriod.on(D));
    }
  }

  @Test
  void recordsOverAPeriod_startOnItsFirstDay() {
    for (Object item : spanning()) {
      assertThat(Timing.hasPeriod(item)).as(item.toString()).isTrue();
      assertThat(Timing.period(item)).as(item.toString()).isEqualTo(P);
      assertThat(Timing.date(item)).as(item.toString()).isEqualTo(P.start());
    }
  }

  @Test
  void aConditionWithoutOnset_andAnUndatedRecord_haveNoTime() {
    Condition noOnset =
        new Condition(ref("Condition"), List.of(), ClinicalStatus.ACTIVE, null, null, null);
    assertThat(Timing.period(noOnset)).isNull();
    assertThat(Timing.date(noOnset)).isNull();
    assertThat(Timing.period(Specimen.unreadable(ref("Specimen")))).isNull();
    // an item that is no record has no date (and does not loop looking for one)
    assertThat(Timing.date("text")).isNull();
    assertThat(Timing.period("text")).isNull();
  }

  @Test
  void eachRecord_citesItself() {
    List<Object> all = new java.util.ArrayList<>(dated());
    all.addAll(spanning());
    for (Object item : all) {
      RecordRef self = Timing.refs(item).get(0);
      assertThat(Timing.refs(item)).as(item.toString()).hasSize(1);
      assertThat(self.id()).isEqualTo("x");
      assertThat(Timing.usedItem(item).used()).as(item.toString()).containsExactly(self);
    }
    assertThat(Timing.usedItem(specimen).used()).containsExactly(ref("Specimen"));
    assertThat(Timing.usedItem(report).used()).containsExactly(ref("DiagnosticReport"));
  }

  @Test
  void aDayOfASeries_citesItsObservations_andAListEveryMember() {
    Observation other = Fixtures.quantity("y", "2857-1", "2026-10-05", "4.1", "ng/mL");
    Point day =
        new Point(
            LocalDate.of(2026, 10, 5),
            Value.of(Quantity.of("4.1", "ng/mL")),
            List.of(observation, other),
            false);
    assertThat(Timing.refs(day)).containsExactly(observation.ref(), other.ref());
    assertThat(Timing.usedItem(day).used()).containsExactly(observation.ref(), other.ref());
    assertThat(Timing.date(day)).isEqualTo(D);

    Items<Object> list = Items.of("records", "", List.of(condition, specimen, day));
    assertThat(Timing.refs(list))
        .containsExactly(condition.ref(), specimen.ref(), observation.ref(), other.ref());
    assertThat(Timing.used(List.of(condition, specimen, day)).used())
        .containsExactly(condition.ref(), specimen.ref(), observation.ref(), other.ref());
    assertThat(Timing.used(List.of()).isEmpty()).isTrue();
    assertThat(Timing.used(List.of(encounter)).used()).containsExactly(encounter.ref());
    assertThat(Timing.refs("text")).isEmpty();
  }

  @Test
  void onlyObservationsHaveAnIssuedInstant() {
    Observation issued =
        new Observation(
            observation.ref(),
            List.of(loinc("2857-1")),
            observation.status(),
            D,
            java.time.Instant.parse("2026-10-06T08:00:00Z"),
            observation.value(),
            List.of());
    assertThat(Timing.issued(issued)).isEqualTo(java.time.Instant.parse("2026-10-06T08:00:00Z"));
    assertThat(Timing.issued(report)).isNull();
  }
}
