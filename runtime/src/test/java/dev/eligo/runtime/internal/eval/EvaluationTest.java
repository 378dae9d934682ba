package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE;
import static dev.eligo.runtime.internal.eval.Fixtures.INFECTION;
import static dev.eligo.runtime.internal.eval.Fixtures.PROSTATE_CANCER;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.condition;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.medication;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");

  /** DEFINITE, POSSIBLE or IGNORED: how the record ends up in the concept's list. */
  private static String standing(Items<?> items) {
    if (!items.definite().isEmpty()) {
      return "DEFINITE";
    }
    if (!items.possible().isEmpty()) {
      return "POSSIBLE";
    }
    if (!items.unclassified().isEmpty()) {
      return "UNCLASSIFIED";
    }
    return items.evidence().ignored().isEmpty() ? "ABSENT" : "IGNORED";
  }

  @ParameterizedTest(name = "observation status {0}: {1}")
  @CsvSource({
    "FINAL, DEFINITE", "AMENDED, DEFINITE", "CORRECTED, DEFINITE",
    "PRELIMINARY, IGNORED", "REGISTERED, IGNORED", "CANCELLED, IGNORED",
    "ENTERED_IN_ERROR, IGNORED", "UNKNOWN, POSSIBLE"
  })
  void observations_statusRules(ObservationStatus status, String expected) {
    var p = patient().add(quantity("a", "2857-1", "2026-11-01", "4", "ng/mL", status)).build();
    assertThat(standing(evaluate(p).observations(PSA))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "observation dated {0}: {1}")
  @CsvSource({
    "2026-11-24, DEFINITE",
    "2026-11-24T23:59:00+14:00, DEFINITE",
    "2026-11-25, IGNORED",
    "2026-11, POSSIBLE",
    "2026-12, IGNORED",
    "2026, POSSIBLE",
    "2027, IGNORED",
    "2020-01-01, DEFINITE"
  })
  void observations_datedAfterScreening_areIgnored(String date, String expected) {
    var p = patient().add(quantity("a", "2857-1", date, "4", "ng/mL")).build();
    assertThat(standing(evaluate(p).observations(PSA))).isEqualTo(expected);
  }

  @Test
  void observations_ignored_sayWhy() {
    var p =
        patient()
            .add(
                quantity(
                    "pre", "2857-1", "2026-11-01", "4", "ng/mL", ObservationStatus.PRELIMINARY))
            .add(quantity("late", "2857-1", "2026-11-30", "4", "ng/mL"))
            .add(
                quantity(
                    "other", "718-7", "2026-11-01", "4", "g/dL", ObservationStatus.PRELIMINARY))
            .build();
    assertThat(evaluate(p).observations(PSA).evidence().ignored())
        .extracting(Evidence.Note::toString)
        .containsExactly(
            "Observation/pre (status preliminary)",
            "Observation/late (dated 2026-11-30, after the screening date 2026-11-24)");
  }

  @Test
  void observations_correctedValue_replacesTheFinalOfTheSameInstant() {
    var p =
        patient()
            .add(
                quantity(
                    "f", "2857-1", "2026-11-01T08:00:00Z", "4", "ng/mL", ObservationStatus.FINAL))
            .add(
                quantity(
                    "c",
                    "2857-1",
                    "2026-11-01T08:00:00Z",
                    "5",
                    "ng/mL",
                    ObservationStatus.CORRECTED))
            .add(quantity("g", "2857-1", "2026-11-02", "6", "ng/mL", ObservationStatus.FINAL))
            .build();
    Items<?> items = evaluate(p).observations(PSA);
    assertThat(items.definite())
        .extracting(o -> ((dev.eligo.runtime.record.Observation) o).ref().id())
        .containsExactly("c", "g");
    assertThat(items.evidence().ignored())
        .extracting(Evidence.Note::toString)
        .containsExactly("Observation/f (replaced by corrected Observation/c)");
  }

  @ParameterizedTest(name = "condition verificationStatus {0}: {1}")
  @CsvSource({
    "CONFIRMED, DEFINITE", "UNCONFIRMED, POSSIBLE", "PROVISIONAL, POSSIBLE",
    "DIFFERENTIAL, POSSIBLE", "REFUTED, IGNORED", "ENTERED_IN_ERROR, IGNORED"
  })
  void conditions_verificationRules(VerificationStatus status, String expected) {
    var p =
        patient()
            .add(condition("c", icd10("C61"), "2020-01-01", ClinicalStatus.ACTIVE, status))
            .build();
    assertThat(standing(evaluate(p).conditions(PROSTATE_CANCER))).isEqualTo(expected);
  }

  @Test
  void conditions_noVerificationStatus_counts() {
    var p =
        patient()
            .add(condition("c", icd10("C61"), "2020-01-01", ClinicalStatus.ACTIVE, null))
            .build();
    assertThat(standing(evaluate(p).conditions(PROSTATE_CANCER))).isEqualTo("DEFINITE");
  }

  @Test
  void conditions_codedOnlyInAnUndeclaredSystem_areUnclassifiedAndMakeExistsUnknown() {
    var p = patient().add(condition("lung", snomed("254637007"), "2025-01-01")).build();
    Items<?> infections = evaluate(p).conditions(INFECTION);
    assertThat(standing(infections)).isEqualTo("UNCLASSIFIED");
    Truth exists = Lists.exists(infections);
    assertThat(exists.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(exists.evidence().unclassified())
        .extracting(n -> n.ref().toString())
        .containsExactly("Condition/lung");
    assertThat(exists.missing())
        .extracting(Missing::toString)
        .containsExactly("infection classification of Condition/lung");
  }

  @Test
  void conditions_codedInADeclaredSystemButNotInTheSet_areNotInTheConcept() {
    var p = patient().add(condition("flu", icd10("B18.1"), "2025-01-01")).build();
    Items<?> infections = evaluate(p).conditions(INFECTION);
    assertThat(infections.isEmpty()).isTrue();
    assertThat(Lists.exists(infections).value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void conditions_snomedCodedConceptThatDeclaresSnomed_classifies() {
    var p = patient().add(condition("c", snomed("399068003"), "2020-01-01")).build();
    assertThat(standing(evaluate(p).conditions(PROSTATE_CANCER))).isEqualTo("DEFINITE");
  }

  @Test
  void conditions_refutedUnclassifiedRecord_isIgnoredNotUnclassified() {
    var p =
        patient()
            .add(
                condition(
                    "c",
                    snomed("1"),
                    "2020-01-01",
                    ClinicalStatus.ACTIVE,
                    VerificationStatus.REFUTED))
            .build();
    assertThat(standing(evaluate(p).conditions(INFECTION))).isEqualTo("IGNORED");
  }

  @ParameterizedTest(name = "medication status {0}: {1}")
  @CsvSource({
    "ACTIVE, DEFINITE", "COMPLETED, DEFINITE", "STOPPED, DEFINITE", "IN_PROGRESS, DEFINITE",
    "NOT_TAKEN, IGNORED", "INTENDED, IGNORED", "ENTERED_IN_ERROR, IGNORED", "UNKNOWN, POSSIBLE"
  })
  void medications_statusRules(MedicationStatus status, String expected) {
    var p =
        patient()
            .add(medication("m", atc("J01CA04"), status, "2026-11-01", "2026-11-07", List.of()))
            .build();
    assertThat(standing(evaluate(p).medications(ANTI_INFECTIVE))).isEqualTo(expected);
  }

  @Test
  void medications_startingAfterScreening_areIgnored() {
    var p =
        patient()
            .add(
                medication(
                    "m", atc("J01CA04"), MedicationStatus.ACTIVE, "2026-11-25", null, List.of()))
            .build();
    assertThat(standing(evaluate(p).medications(ANTI_INFECTIVE))).isEqualTo("IGNORED");
  }

  @ParameterizedTest(name = "procedure status {0}: {1}")
  @CsvSource({
    "COMPLETED, DEFINITE",
    "NOT_DONE, IGNORED",
    "ENTERED_IN_ERROR, IGNORED",
    "UNKNOWN, POSSIBLE"
  })
  void procedures_statusRules(ProcedureStatus status, String expected) {
    RecordConcept cellTherapy =
        RecordConcept.of(
            "cell",
            "prior cell therapy",
            ValueSet.builder().include(Fixtures.LOCAL, "nk-cell-therapy").build());
    var p =
        patient()
            .add(
                new Procedure(
                    RecordRef.of("Procedure", "x"),
                    List.of(
                        dev.eligo.runtime.record.Coding.of(Fixtures.LOCAL_URI, "nk-cell-therapy")),
                    status,
                    RecordPeriod.on(RecordDate.parse("2024-05-01"))))
            .build();
    assertThat(standing(evaluate(p).procedures(cellTherapy))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "participation {0} in {1}: {2}")
  @CsvSource({
    "on-study, NCT01, DEFINITE",
    "follow-up, NCT01, DEFINITE",
    "off-study, NCT01, DEFINITE",
    "on-study-intervention, NCT01, DEFINITE",
    "on-study-observation, NCT01, DEFINITE",
    "candidate, NCT01, IGNORED",
    "withdrawn, NCT01, IGNORED",
    "pending-on-study, NCT01, IGNORED",
    "on-study, NCT07298239, IGNORED",
    "on-study-intervention, NCT07298239, IGNORED"
  })
  void participations_statusAndOwnStudyRules(String status, String study, String expected) {
    var p =
        patient()
            .add(
                new ResearchParticipation(
                    RecordRef.of("ResearchSubject", "r"),
                    status,
                    List.of(study),
                    RecordPeriod.ongoingFrom(RecordDate.parse("2026-09-01"))))
            .build();
    Items<ResearchParticipation> items =
        evaluate(p).participations(ParticipationConcept.of("trial", "other trial participation"));
    assertThat(standing(items)).isEqualTo(expected);
  }

  @Test
  void participations_ownStudy_isNamedAsTheReason() {
    var p =
        patient()
            .add(
                new ResearchParticipation(
                    RecordRef.of("ResearchSubject", "r"), "on-study", List.of("NCT07298239"), null))
            .build();
    assertThat(
            evaluate(p).participations(ParticipationConcept.of("t", "trial")).evidence().ignored())
        .extracting(Evidence.Note::reason)
        .containsExactly("this protocol's own study NCT07298239");
  }

  private static final AttestationConcept CONSENT =
      AttestationConcept.of("consent", "informed consent", "informed-consent");

  private static Attestation answer(String id, Boolean yes, String authored, String status) {
    return new Attestation(
        RecordRef.of("QuestionnaireResponse", id),
        "informed-consent",
        yes,
        RecordDate.parse(authored),
        status);
  }

  @Test
  void attestation_latestCountingAnswerWins() {
    var p =
        patient()
            .add(answer("q1", false, "2026-11-01", "completed"))
            .add(answer("q2", true, "2026-11-20", "amended"))
            .add(answer("q3", false, "2026-11-22", "in-progress"))
            .add(answer("q4", false, "2026-11-25", "completed"))
            .build();
    Truth t = evaluate(p).attestation(CONSENT);
    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
    assertThat(t.statement())
        .isEqualTo(
            "investigator attests informed consent: yes on 2026-11-20 (QuestionnaireResponse/q2)");
    assertThat(t.evidence().ignored())
        .extracting(Evidence.Note::ref)
        .extracting(RecordRef::id)
        .containsExactly("q3", "q4");
  }

  @Test
  void attestation_missing_isUnknownWithMissing() {
    Truth t = evaluate(patient().build()).attestation(CONSENT);
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.missing())
        .extracting(Missing::toString)
        .containsExactly("informed consent on or before 2026-11-24");
  }

  @Test
  void attestation_unanswered_isUnknown() {
    var p = patient().add(answer("q1", null, "2026-11-01", "completed")).build();
    assertThat(evaluate(p).attestation(CONSENT).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void attestation_differentAnswersAtTheSameTime_isUnknown() {
    var p =
        patient()
            .add(answer("q1", true, "2026-11-01", "completed"))
            .add(answer("q2", false, "2026-11-01", "completed"))
            .build();
    assertThat(evaluate(p).attestation(CONSENT).value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @ParameterizedTest(name = "born {0}: {1} years at 2026-11-24")
  @CsvSource({
    "1958-11-24, 68",
    "1958-11-25, 67",
    "2008-11-24, 18",
    "2008-11-25, 17",
    "1960-02-29, 66"
  })
  void age_wholeYearsByPeriod(String birth, int years) {
    var ctx = evaluate(patient().birthDate(LocalDate.parse(birth)).build());
    assertThat(ctx.age().get().wholeYears()).isEqualTo(years);
    assertThat(
            Compare.elapsed(
                    ctx.age(),
                    dev.eligo.runtime.internal.quantity.ComparisonOp.GE,
                    dev.eligo.runtime.internal.time.CalendarDuration.of(
                        18, java.time.temporal.ChronoUnit.YEARS))
                .isTrue())
        .isEqualTo(years >= 18);
  }

  @Test
  void age_noBirthDate_isUnknownWithMissing() {
    Value<?> age = evaluate(patient().build()).age();
    assertThat(age.isKnown()).isFalse();
    assertThat(age.missing()).extracting(Missing::toString).containsExactly("birth date");
  }

  @ParameterizedTest(name = "recorded {0}, asked male: {1}")
  @CsvSource({"MALE, TRUE", "FEMALE, FALSE", "OTHER, UNKNOWN", "UNKNOWN, UNKNOWN"})
  void sexIs_otherOrUnknownIsUnknown(Sex recorded, TruthValue expected) {
    assertThat(evaluate(patient().sex(recorded).build()).sexIs(Sex.MALE).value())
        .isEqualTo(expected);
  }

  @Test
  void recall_givesWhatWasRememberedInThatSlotOnly() {
    Evaluation ctx = new Evaluation(Fixtures.PROTOCOL, null, patient().build(), S, 3);
    assertThat(ctx.<String>recall(1)).isNull();
    assertThat(ctx.remember(1, "first")).isEqualTo("first");
    assertThat(ctx.<String>recall(1)).isEqualTo("first");
    assertThat(ctx.<String>recall(0)).isNull();
    assertThat(ctx.<String>recall(2)).isNull();
    assertThat(ctx.screeningDate()).isEqualTo(S);
    assertThat(ctx.screening().get()).isEqualTo(S);
  }
}
