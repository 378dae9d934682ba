package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ICD10;
import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static dev.eligo.runtime.internal.eval.Fixtures.PROTOCOL;
import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.SNOMED;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * How an evaluation reads the patient's record: records in date order (undated last, ties by
 * reference), every code of a value set finding its observations, records coded only in other
 * systems unclassified with the reason, the own study's enrolment, age and sex, and a screening
 * stopped when its thread is interrupted.
 */
class PatientRecordReadingTest {
  private static final RecordConcept TREATMENT =
      RecordConcept.of(
          "treatment",
          "treatment",
          ValueSet.builder().include(SNOMED, "1").include(SNOMED, "2").build());

  private static Evaluation evaluate(PatientRecord patient) {
    return new Evaluation(PROTOCOL, patient, S);
  }

  private static RecordPeriod from(String start) {
    return start == null ? null : RecordPeriod.on(RecordDate.parse(start));
  }

  private static List<String> ids(List<?> records) {
    return records.stream().map(r -> Timing.refs(r).get(0).id()).toList();
  }

  @Test
  void recordsOfEachKind_comeOldestFirst_undatedLast_tiesByReference() {
    PatientRecord.Builder p = PatientRecord.builder("p1");
    String[][] dates = {
      {"b", "2026-03-01"}, {"undated", null}, {"a", "2026-03-01"}, {"old", "2025-01-01"}
    };
    for (String[] d : dates) {
      p.add(
          new MedicationUse(
              RecordRef.of("MedicationStatement", d[0]),
              List.of(snomed("1")),
              MedicationStatus.COMPLETED,
              from(d[1]),
              List.of(),
              List.of(),
              List.of()));
      p.add(
          new Procedure(
              RecordRef.of("Procedure", d[0]),
              List.of(snomed("2")),
              ProcedureStatus.COMPLETED,
              from(d[1])));
      p.add(
          new Encounter(
              RecordRef.of("Encounter", d[0]),
              List.of(snomed("1")),
              List.of(),
              EncounterStatus.FINISHED,
              from(d[1])));
      p.add(
          new ResearchParticipation(
              RecordRef.of("ResearchSubject", d[0]), "off-study", List.of("NCT0001"), from(d[1])));
    }
    Evaluation e = evaluate(p.build());
    List<String> order = List.of("old", "a", "b", "undated");

    assertThat(ids(e.medications(TREATMENT).definite())).isEqualTo(order);
    assertThat(ids(e.procedures(TREATMENT).definite())).isEqualTo(order);
    assertThat(ids(e.encounters(TREATMENT).definite())).isEqualTo(order);
    assertThat(
            ids(
                e.participations(ParticipationConcept.of("otherStudy", "another study"))
                    .definite()))
        .isEqualTo(order);
  }

  @Test
  void everyCodeOfTheValueSet_findsItsObservations_andUnreadableUncodedOnesMayBeAny() {
    ObservationConcept psa =
        ObservationConcept.quantity(
            "psa",
            "PSA",
            ValueSet.builder().include(LOINC, "2857-1").include(LOINC, "35741-8").build(),
            "ng/mL");
    Observation unreadable = Observation.unreadable(RecordRef.of("Observation", "u"));
    PatientRecord patient =
        PatientRecord.builder("p1")
            .add(Fixtures.quantity("total", "2857-1", "2026-10-01", "4", "ng/mL"))
            .add(Fixtures.quantity("other", "35741-8", "2026-10-02", "5", "ng/mL"))
            .add(Fixtures.quantity("again", "2857-1", "2026-10-03", "6", "ng/mL"))
            .add(Fixtures.quantity("hb", "718-7", "2026-10-03", "13", "g/dL"))
            .add(unreadable)
            .add(new RecordProblem(unreadable.ref(), "its code could not be read"))
            .build();

    Items<Observation> psas = evaluate(patient).observations(psa);
    assertThat(ids(psas.definite())).containsExactly("total", "other", "again");
    assertThat(ids(psas.possible().stream().map(Possible::item).toList())).containsExactly("u");

    ObservationConcept onlyOther =
        ObservationConcept.quantity(
            "psa2", "PSA", ValueSet.builder().include(LOINC, "35741-8").build(), "ng/mL");
    assertThat(ids(evaluate(patient).observations(onlyOther).definite())).containsExactly("other");
    ObservationConcept none =
        ObservationConcept.quantity(
            "ca", "CA-125", ValueSet.builder().include(LOINC, "10334-1").build(), "U/mL");
    assertThat(
            evaluate(
                    PatientRecord.builder("p1")
                        .add(Fixtures.quantity("hb", "718-7", "2026-10-03", "13", "g/dL"))
                        .build())
                .observations(none)
                .isEmpty())
        .isTrue();
  }

  @Test
  void aRecordCodedOnlyInOtherSystems_isUnclassified_saidAgainstTheProtocolsSystems() {
    RecordConcept cancer =
        RecordConcept.of(
            "cancer", "prostate cancer", ValueSet.builder().include(ICD10, "C61").build());
    Condition snomedOnly =
        new Condition(
            RecordRef.of("Condition", "s"),
            List.of(snomed("399068003")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            RecordDate.parse("2024-01-01"),
            null);
    PatientRecord patient = PatientRecord.builder("p1").add(snomedOnly).build();

    Evaluation byProtocol = new Evaluation(PROTOCOL, List.of(ICD10, LOINC), patient, S, 0);
    Items<Condition> read = byProtocol.conditions(cancer);
    assertThat(read.unclassified()).containsExactly(snomedOnly);
    assertThat(read.evidence().unclassified())
        .containsExactly(
            new Evidence.Note(
                snomedOnly.ref(),
                "coded only as http://snomed.info/sct|399068003, in no code system the protocol"
                    + " reads (ICD10 or LOINC)"));
    assertThat(read.members().get(0).missing())
        .containsExactly(new Missing("prostate cancer", "classification of Condition/s"));

    Items<Condition> ownSystems = evaluate(patient).conditions(cancer);
    assertThat(ownSystems.evidence().unclassified().get(0).reason())
        .isEqualTo("coded only as http://snomed.info/sct|399068003, not in ICD10");
    assertThat(Lists.exists(ownSystems).value()).isEqualTo(TruthValue.UNKNOWN);

    Condition uncoded =
        new Condition(
            RecordRef.of("Condition", "n"), List.of(), ClinicalStatus.ACTIVE, null, null, null);
    assertThat(
            evaluate(PatientRecord.builder("p1").add(uncoded).build())
                .conditions(cancer)
                .evidence()
                .unclassified()
                .get(0)
                .reason())
        .isEqualTo("no code recorded");
  }

  @Test
  void enrolment_isTheLatestParticipationInTheOwnStudy() {
    ResearchParticipation earlier =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r1"),
            "off-study",
            List.of(PROTOCOL.id()),
            from("2025-01-01"));
    ResearchParticipation later =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r2"),
            "on-study",
            List.of(PROTOCOL.id()),
            from("2026-11-01"));
    ResearchParticipation other =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r3"),
            "on-study",
            List.of("NCT0001"),
            from("2026-11-20"));
    Evaluation e = evaluate(PatientRecord.builder("p1").add(later).add(other).add(earlier).build());

    Value<ResearchParticipation> enrolment = e.enrolment();
    assertThat(enrolment.get()).isSameAs(later);
    assertThat(enrolment.label()).isEqualTo("enrolment in " + PROTOCOL.id());
    assertThat(e.enrolment()).isSameAs(enrolment);
    assertThat(evaluate(PatientRecord.builder("p1").add(other).build()).enrolment().reason())
        .isEqualTo("none recorded");
  }

  @Test
  void enrolment_aParticipationNotReadInFull_onlyMayBeTheEnrolment() {
    ResearchParticipation partly =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r1"),
            "on-study",
            List.of(PROTOCOL.id()),
            from("2026-11-01"));
    ResearchParticipation studyUnread =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r2"), "on-study", List.of(), from("2026-11-02"));
    ResearchParticipation noStudy =
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r3"), "on-study", List.of(), from("2026-11-03"));

    Value<ResearchParticipation> one =
        evaluate(
                PatientRecord.builder("p1")
                    .add(partly)
                    .add(new RecordProblem(partly.ref(), "period unreadable"))
                    .build())
            .enrolment();
    assertThat(one.isKnown()).isFalse();
    assertThat(one.reason()).contains("not all of it could be read: period unreadable");
    assertThat(one.missing())
        .containsExactly(
            new Missing("enrolment in " + PROTOCOL.id(), "as recorded in ResearchSubject/r1"));

    Value<ResearchParticipation> unreadStudy =
        evaluate(
                PatientRecord.builder("p1")
                    .add(studyUnread)
                    .add(noStudy)
                    .add(RecordProblem.noted(noStudy.ref(), "a note only"))
                    .add(new RecordProblem(studyUnread.ref(), "study unreadable"))
                    .build())
            .enrolment();
    assertThat(unreadStudy.reason())
        .contains("its study could not be read: study unreadable")
        .doesNotContain("ResearchSubject/r3");
  }

  @Test
  void age_fromABirthYearOnly_isDecidedWhenEveryDayOfTheYearAgrees() {
    Evaluation e =
        evaluate(PatientRecord.builder("p1").birthDate(RecordDate.parse("1950")).build());
    Value<Elapsed> age = e.age();
    assertThat(age.shown()).isEqualTo("75 to 76 years (born 1950)");
    assertThat(age.label()).isEqualTo("age at " + S);
    assertThat(
            age.get()
                .test(
                    dev.eligo.runtime.internal.quantity.ComparisonOp.GE,
                    dev.eligo.runtime.internal.time.CalendarDuration.of(75, ChronoUnit.YEARS)))
        .isEqualTo(TruthValue.TRUE);

    // born in the year of the screening: no later than the screening day itself
    Value<Elapsed> infant =
        evaluate(PatientRecord.builder("p1").birthDate(RecordDate.parse("2026")).build()).age();
    assertThat(infant.get().days()).isEqualTo(S.getDayOfYear() - 1);
    assertThat(
            evaluate(PatientRecord.builder("p1").birthDate(RecordDate.parse("2027")).build())
                .age()
                .reason())
        .isEqualTo("no birth date recorded");
  }

  @Test
  void age_atADate_fromAFullBirthDate() {
    Evaluation e =
        evaluate(PatientRecord.builder("p1").birthDate(LocalDate.of(1960, 6, 15)).build());
    Value<LocalDate> registration =
        Value.known(LocalDate.of(2020, 6, 14), Evidence.used(RecordRef.of("Encounter", "reg")));
    Value<Elapsed> age = e.ageAt(registration);
    assertThat(age.get().wholeYears()).isEqualTo(59);
    assertThat(age.shown()).isEqualTo("59 years (born 1960-06-15)");
    assertThat(age.evidence().used()).containsExactly(RecordRef.of("Encounter", "reg"));

    Value<Elapsed> beforeBirth = e.ageAt(Dates.constant(1959, 1, 1));
    assertThat(beforeBirth.reason()).isEqualTo("birth date 1960-06-15 is after 1959-01-01");
    assertThat(beforeBirth.missing()).containsExactly(new Missing("birth date", ""));
    assertThat(e.age().get().wholeYears()).isEqualTo(66);

    Value<LocalDate> unknown =
        Value.<LocalDate>unknown(
                "no registration", List.of(new Missing("reg", "")), Evidence.none())
            .labelled("registration");
    Value<Elapsed> ofUnknown = e.ageAt(unknown);
    assertThat(ofUnknown.reason())
        .isEqualTo("the date of the age is unknown: registration: no registration");
    assertThat(ofUnknown.missing()).containsExactly(new Missing("reg", ""));
    assertThat(ofUnknown.label()).isEqualTo("age at registration: no registration");

    assertThat(
            evaluate(PatientRecord.builder("p1").birthDate(LocalDate.of(2030, 1, 1)).build())
                .age()
                .reason())
        .isEqualTo("birth date 2030-01-01 is after the screening date");
  }

  @Test
  void sex_isKnownOnlyForMaleOrFemale() {
    assertThat(evaluate(PatientRecord.builder("p1").sex(Sex.MALE).build()).sexIs(Sex.MALE).value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(
            evaluate(PatientRecord.builder("p1").sex(Sex.FEMALE).build())
                .sexIs(Sex.MALE)
                .statement())
        .isEqualTo("sex is male (recorded: female)");
    var other = evaluate(PatientRecord.builder("p1").sex(Sex.OTHER).build()).sexIs(Sex.MALE);
    assertThat(other.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(other.missing()).containsExactly(new Missing("sex", ""));
  }

  @Test
  void theProtocolAndPatient_andTheScreeningDateAsAValue() {
    PatientRecord patient = PatientRecord.builder("p1").build();
    Evaluation e = evaluate(patient);
    assertThat(e.protocol()).isSameAs(PROTOCOL);
    assertThat(e.patient()).isSameAs(patient);
    assertThat(e.screening().get()).isEqualTo(S);
    assertThat(e.screening().shown()).isEqualTo("the screening date " + S);
    assertThat(e.screening()).isSameAs(e.screening());
  }

  @Test
  void anInterruptedScreening_stopsAtTheNextDefinitionOrRecordItReads() {
    PatientRecord.Builder many = PatientRecord.builder("p7");
    for (int i = 0; i < 300; i++) {
      many.add(
          new Condition(
              RecordRef.of("Condition", "c" + i),
              List.of(icd10("C61")),
              ClinicalStatus.ACTIVE,
              VerificationStatus.CONFIRMED,
              RecordDate.parse("2024-01-01"),
              null));
    }
    Evaluation e = new Evaluation(PROTOCOL, null, many.build(), S, 1);
    e.remember(0, "x");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> e.recall(0))
          .isInstanceOf(CancellationException.class)
          .hasMessage("the screening of p7 was stopped");
      assertThatThrownBy(e::enrolment).isInstanceOf(CancellationException.class);
      assertThatThrownBy(() -> e.conditions(Fixtures.PROSTATE_CANCER))
          .isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat((String) e.recall(0)).isEqualTo("x");
    assertThat(e.conditions(Fixtures.PROSTATE_CANCER).definite()).hasSize(300);
  }
}
