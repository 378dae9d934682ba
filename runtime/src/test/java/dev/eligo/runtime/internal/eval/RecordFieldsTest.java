package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ATC;
import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static dev.eligo.runtime.internal.eval.Fixtures.PROSTATE_CANCER;
import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Daily doses, days of doses, parts of results, limits of normal, tentative records and the own
 * study.
 */
class RecordFieldsTest {
  private static final RecordConcept ASPIRIN =
      RecordConcept.of("aspirin", "aspirin", ValueSet.builder().include(ATC, "B01AC06").build());
  private static final ObservationConcept SYSTOLIC =
      ObservationConcept.quantity(
          "systolic",
          "systolic pressure",
          ValueSet.builder().include(LOINC, "8480-6").build(),
          "mm[Hg]");
  private static final ObservationConcept ANC =
      ObservationConcept.quantity(
          "anc", "ANC", ValueSet.builder().include(LOINC, "751-8").build(), "10*9/L");

  @Test
  void dailyDose_isTheSumOfEachInstructionsDoseTimesItsFrequency_inUcum() {
    MedicationUse use =
        statement(
            Dosage.of(Amount.of("50", "mg"), Frequency.of(1, 8, "h")),
            Dosage.of(Amount.of("0.1", "g"), Frequency.of(1, 1, "d")));

    Value<Quantity> daily = Doses.dailyDose(use);
    assertThat(daily.get()).isEqualTo(Quantity.of("250", "mg/d"));
    assertThat(
            Compare.quantities(daily, ComparisonOp.LE, Arithmetic.constant("100", "mg/d")).value())
        .isEqualTo(TruthValue.FALSE);
  }

  @Test
  void dailyDose_ofAWeeklyDose_isExact() {
    Value<Quantity> daily =
        Doses.dailyDose(statement(Dosage.of(Amount.of("70", "mg"), Frequency.of(1, 1, "wk"))));

    assertThat(daily.get()).isEqualTo(Quantity.of("10", "mg/d"));
  }

  @Test
  void dailyDose_withoutFrequency_namesTheRecordAsPresentButUnusable() {
    MedicationUse use = statement(new Dosage(Amount.of("100", "mg"), null, null, null, false));

    Value<Quantity> daily = Doses.dailyDose(use);
    assertThat(daily.isKnown()).isFalse();
    assertThat(daily.missing())
        .containsExactly(new Missing("dose of MedicationStatement/m1", "has no frequency"));
    assertThat(daily.missing().get(0))
        .hasToString("dose of MedicationStatement/m1 has no frequency");
  }

  @Test
  void dailyDose_asNeededOrOfAnAdministration_isUnknownWithTheReason() {
    assertThat(
            Doses.dailyDose(statement(new Dosage(Amount.of("500", "mg"), null, null, null, true)))
                .reason())
        .isEqualTo(
            "dose of MedicationStatement/m1 is taken as needed, so no daily dose follows from it");
    assertThat(Doses.dailyDose(administration("a1", "2026-05-04")).reason())
        .isEqualTo(
            "daily dose of MedicationAdministration/a1 cannot be told: an administration is one dose given,"
                + " not a daily regimen");
  }

  @Test
  void dose_writtenAsARange_isUnusable_andDifferingInstructionsAreUnknown() {
    assertThat(
            Doses.dose(
                    statement(
                        new Dosage(
                            null,
                            "is a range from 1 {tbl} to 2 {tbl}, not one amount",
                            null,
                            null,
                            false)))
                .missing())
        .containsExactly(
            new Missing(
                "dose of MedicationStatement/m1",
                "is a range from 1 {tbl} to 2 {tbl}, not one amount"));
    assertThat(
            Doses.dose(
                    statement(
                        Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "d")),
                        Dosage.of(Amount.of("10", "mg"), Frequency.of(1, 1, "d"))))
                .reason())
        .isEqualTo(
            "dose of MedicationStatement/m1 differs between its dosage instructions (5 mg, 10 mg)");
  }

  @Test
  void frequency_isInTimesPerDay() {
    assertThat(
            Doses.frequency(statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 8, "h"))))
                .get())
        .isEqualTo(Quantity.of("3", "/d"));
  }

  @Test
  void doseDays_countsDistinctDaysOfAdministrations_andIsUnknownForAStatement() {
    Items<MedicationUse> three =
        Items.of(
            "docetaxel",
            "",
            List.of(
                administration("a1", "2026-05-04T09:00"),
                administration("a2", "2026-05-04T17:00"),
                administration("a3", "2026-05-25")));
    assertThat(Doses.doseDays(three).get()).isEqualTo(Quantity.number(2));

    Items<MedicationUse> mixed =
        Items.of(
            "docetaxel",
            "",
            List.of(
                administration("a1", "2026-05-04"),
                statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "d")))));
    Value<Quantity> days = Doses.doseDays(mixed);
    assertThat(days.isKnown()).isFalse();
    assertThat(days.reason())
        .startsWith("at least 1: MedicationStatement/m1 records use over a period");
  }

  @Test
  void componentOfABloodPressure_isReadAsAnObservationOfItsCode() {
    Observation bp =
        bloodPressure(
            "bp1",
            ObservationComponent.of(
                loinc("8480-6"), ObservationValue.QuantityValue.of("152", "mm[Hg]")),
            ObservationComponent.of(
                loinc("8462-4"), ObservationValue.QuantityValue.of("88", "mm[Hg]")));
    Evaluation ctx = evaluate(patient().add(bp).build());

    Value<Observation> systolic = Lists.latest(ctx.observations(SYSTOLIC));
    assertThat(
            Compare.observation(systolic, ComparisonOp.GE, Arithmetic.constant("140", "mm[Hg]"))
                .value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(systolic.get().ref()).isEqualTo(bp.ref());
  }

  @Test
  void componentWithoutValue_givesTheRecordsReasonInASentence() {
    Observation bp =
        bloodPressure(
            "bp2",
            new ObservationComponent(
                List.of(loinc("8480-6")), null, "Cuff error", List.of(), List.of()),
            new ObservationComponent(
                List.of(loinc("8462-4")), null, "Not Performed", List.of(), List.of()));
    Evaluation ctx = evaluate(patient().add(bp).build());

    Truth systolic =
        Compare.observation(
            Lists.latest(ctx.observations(SYSTOLIC)),
            ComparisonOp.GE,
            Arithmetic.constant("140", "mm[Hg]"));
    assertThat(systolic.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(systolic.toString()).contains("no value recorded; the reason given is 'cuff error'");
    assertThat(Fields.noValue(bp.part(bp.components().get(1))))
        .isEqualTo("no value recorded; the reason given is 'not performed'");
  }

  /** A blood pressure panel of 2026-11-20 reported as its parts. */
  private static Observation bloodPressure(String id, ObservationComponent... parts) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(loinc("85354-9")),
        ObservationStatus.FINAL,
        RecordDate.parse("2026-11-20"),
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(parts));
  }

  @Test
  void lowerLimitOfNormal_comesFromTheRangesLow() {
    Observation anc =
        new Observation(
            RecordRef.of("Observation", "n1"),
            List.of(loinc("751-8")),
            ObservationStatus.FINAL,
            RecordDate.parse("2026-11-18"),
            null,
            ObservationValue.QuantityValue.of("1.1", "10*9/L"),
            List.of(
                new ReferenceRange(
                    new BigDecimal("1.8"), "10*9/L", new BigDecimal("7.7"), "10*9/L", null)));
    Value<Observation> latest =
        Lists.latest(evaluate(patient().add(anc).build()).observations(ANC));

    assertThat(Compare.observationToLln(latest, ComparisonOp.LT, BigDecimal.ONE).value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(Compare.observationToLln(latest, ComparisonOp.LT, new BigDecimal("0.5")).value())
        .isEqualTo(TruthValue.FALSE);
    Value<Observation> withoutRange =
        Lists.latest(
            evaluate(
                    patient()
                        .add(Fixtures.quantity("n2", "751-8", "2026-11-18", "1.1", "10*9/L"))
                        .build())
                .observations(ANC));
    assertThat(Compare.observationToLln(withoutRange, ComparisonOp.LT, BigDecimal.ONE).statement())
        .contains("no lower limit of normal came with the value");
  }

  @Test
  void unrefuted_countsTentativeRecordsAsDefinite_butNotThoseUncertainForAnotherReason() {
    Condition unconfirmed =
        Fixtures.condition(
            "c1",
            icd10("C61"),
            "2025-01-01",
            ClinicalStatus.ACTIVE,
            VerificationStatus.UNCONFIRMED);
    Condition partlyDated =
        Fixtures.condition(
            "c2", icd10("C61"), "2026", ClinicalStatus.ACTIVE, VerificationStatus.PROVISIONAL);
    Items<Condition> cancer =
        evaluate(patient().add(unconfirmed).add(partlyDated).build()).conditions(PROSTATE_CANCER);

    assertThat(cancer.definite()).isEmpty();
    Items<Condition> unrefuted = Lists.unrefuted(cancer);
    assertThat(unrefuted.definite()).containsExactly(unconfirmed);
    assertThat(unrefuted.possible()).extracting(Possible::item).containsExactly(partlyDated);
  }

  @Test
  void enrolment_isTheParticipationInThisProtocolsOwnStudy() {
    ResearchParticipation own =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "rs1"),
            "screening",
            List.of(Fixtures.PROTOCOL.id()),
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-11-20")));
    ResearchParticipation other =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "rs2"),
            "on-study",
            List.of("NCT05012345"),
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-01-20")));
    Evaluation ctx = evaluate(patient().add(own).add(other).build());

    assertThat(ctx.enrolment().get()).isEqualTo(own);
    assertThat(Fields.participationStart(ctx.enrolment()).get())
        .isEqualTo(java.time.LocalDate.of(2026, 11, 20));
    assertThat(Words.is(Fields.participationStatus(ctx.enrolment()), "screening").value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(evaluate(patient().add(other).build()).enrolment().missing())
        .extracting(Missing::concept)
        .containsExactly("enrolment in " + Fixtures.PROTOCOL.id());
  }

  @Test
  void encounters_plannedNeverCount_anOngoingOneEndsAtScreening() {
    Encounter planned =
        new Encounter(
            RecordRef.of("Encounter", "e1"),
            List.of(Fixtures.snomed("32485007")),
            List.of(),
            EncounterStatus.PLANNED,
            RecordPeriod.on(RecordDate.parse("2026-11-20")));
    Encounter ward =
        new Encounter(
            RecordRef.of("Encounter", "e2"),
            List.of(Fixtures.snomed("32485007")),
            List.of(),
            EncounterStatus.IN_PROGRESS,
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-11-22")));
    RecordConcept stay =
        RecordConcept.of(
            "stay",
            "hospital stay",
            ValueSet.builder().include(Fixtures.SNOMED, "32485007").build());
    Items<Encounter> stays = evaluate(patient().add(planned).add(ward).build()).encounters(stay);

    assertThat(stays.definite()).containsExactly(ward);
    assertThat(stays.evidence().ignored()).extracting(n -> n.ref().id()).containsExactly("e1");
    assertThat(Fields.encounterEnd(stays.valueOf(ward)).get()).isEqualTo(S);
  }

  @Test
  void wordsOfCodes_areCamelCase() {
    assertThat(Words.word("entered-in-error")).isEqualTo("enteredInError");
    assertThat(Words.word("unable-to-assess")).isEqualTo("unableToAssess");
    assertThat(Words.word("onleave")).isEqualTo("onleave");
  }

  private static MedicationUse statement(Dosage... dosages) {
    return new MedicationUse(
        RecordRef.of("MedicationStatement", "m1"),
        List.of(atc("B01AC06")),
        MedicationStatus.ACTIVE,
        RecordPeriod.ongoingFrom(RecordDate.parse("2026-01-01")),
        List.of(),
        List.of(),
        List.of(),
        MedicationSource.STATEMENT,
        List.of(),
        null,
        List.of(dosages));
  }

  private static MedicationUse administration(String id, String day) {
    RecordDate date = RecordDate.parse(day);
    return new MedicationUse(
        RecordRef.of("MedicationAdministration", id),
        List.of(atc("L01CD02")),
        MedicationStatus.COMPLETED,
        RecordPeriod.on(date),
        List.of(),
        List.of(),
        List.of(),
        MedicationSource.ADMINISTRATION,
        List.of(),
        date,
        List.of(new Dosage(Amount.of("140", "mg"), null, null, null, false)));
  }
}
