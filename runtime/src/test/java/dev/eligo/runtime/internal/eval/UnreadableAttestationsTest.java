package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import org.junit.jupiter.api.Test;

/**
 * An attestation when some questionnaire responses could not be read in full: such a response
 * decides nothing, but leaves the attestation unknown only when it may be the latest answer.
 */
class UnreadableAttestationsTest {
  private static final AttestationConcept CONSENT =
      AttestationConcept.of("consent", "informed consent", "informed-consent");

  private static RecordRef ref(String id) {
    return RecordRef.of("QuestionnaireResponse", id);
  }

  private static Attestation answer(String id, Boolean yes, String authored, String status) {
    return new Attestation(
        ref(id),
        "informed-consent",
        yes,
        authored == null ? null : RecordDate.parse(authored),
        status);
  }

  private static Truth consent(PatientRecord.Builder p) {
    return evaluate(p.build()).attestation(CONSENT);
  }

  @Test
  void aWhollyUnreadableResponse_mayAnswerIt_soNothingIsDecided() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(Attestation.unreadable(ref("lost")))
                .add(new RecordProblem(ref("lost"), "not valid JSON")));

    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.statement())
        .isEqualTo(
            "investigator attests informed consent: a response that could not be read in full"
                + " may answer it: QuestionnaireResponse/lost (not valid JSON)");
    assertThat(t.evidence().ignored())
        .extracting(Evidence.Note::reason)
        .containsExactly("not all of it could be read");
  }

  @Test
  void anUnreadableResponse_surelyOlderThanAReadableAnswer_isNoRival() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("old", false, "2026-10-31", "completed"))
                .add(new RecordProblem(ref("old"), "item.answer: not a boolean")));

    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void anUnreadableResponse_ofTheSameDay_isARival() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("same", false, "2026-11-01", "completed"))
                .add(new RecordProblem(ref("same"), "item.answer: not a boolean")));

    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void anUnreadableResponse_thatSurelyDoesNotCount_isIgnoredWithItsReason() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("draft", false, "2026-11-10", "in-progress"))
                .add(new RecordProblem(ref("draft"), "item.answer: not a boolean"))
                .add(answer("later", false, "2026-11-30", "unknown"))
                .add(new RecordProblem(ref("later"), "item.answer: not a boolean")));

    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
    assertThat(t.evidence().ignored())
        .extracting(Evidence.Note::reason)
        .containsExactly(
            "status in-progress", "authored 2026-11-30, after the screening date 2026-11-24");
  }

  @Test
  void anUnreadableResponse_withoutDate_isARivalOfEveryAnswer() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("undated", false, null, "completed"))
                .add(new RecordProblem(ref("undated"), "authored: not a valid date")));

    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void anUnreadableResponse_toAnotherItem_isNotRead() {
    Attestation other =
        new Attestation(
            ref("other"), "other-item", false, RecordDate.parse("2026-11-20"), "completed");
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(other)
                .add(new RecordProblem(ref("other"), "item.answer: not a boolean")));

    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void readableResponsesIgnored_sayWhy() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("blank", null, "2026-11-02", "completed"))
                .add(answer("undated", false, null, "completed"))
                .add(answer("later", false, "2026-11", "completed")));

    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
    assertThat(t.evidence().ignored())
        .extracting(Evidence.Note::reason)
        .containsExactly(
            "left unanswered",
            "no authored date",
            "authored 2026-11, after the screening date 2026-11-24");
  }

  @Test
  void sameAnswersAtTheLatestTime_agree() {
    Truth t =
        consent(
            patient()
                .add(answer("q1", true, "2026-11-01", "completed"))
                .add(answer("q2", true, "2026-11-01", "amended")));

    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
  }
}
