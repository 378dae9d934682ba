package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition's fields as criteria read them: codes, whether active or resolved (three-valued),
 * onset and abatement days, verification, stage and body site; each absent field unknown with the
 * record's field named as what would decide it.
 */
class ConditionFieldsTest {
  private static final RecordRef C1 = RecordRef.of("Condition", "c1");

  private static Condition condition(
      ClinicalStatus clinical, VerificationStatus verification, String onset, String abatement) {
    return new Condition(
        C1,
        List.of(icd10("C61")),
        clinical,
        verification,
        onset == null ? null : RecordDate.parse(onset),
        abatement == null ? null : RecordDate.parse(abatement),
        List.of(snomed("14410001")),
        List.of(snomed("41216001")));
  }

  @Test
  void activeHoldsForActiveRecurrenceAndRelapse_andIsFalseOtherwise() {
    for (ClinicalStatus status : ClinicalStatus.values()) {
      Truth active = Fields.conditionActive(Value.of(condition(status, null, null, null)));
      assertThat(active.value())
          .as(status.code())
          .isEqualTo(status.isActive() ? TruthValue.TRUE : TruthValue.FALSE);
      assertThat(active.evidence().used()).containsExactly(C1);
    }
    Truth active =
        Fields.conditionActive(Value.of(condition(ClinicalStatus.REMISSION, null, null, null)));
    assertThat(active.statement())
        .isEqualTo("active: C61 (Condition/c1), clinical status remission");
  }

  @Test
  void resolvedHoldsOnlyForResolved() {
    assertThat(
            Fields.conditionResolved(Value.of(condition(ClinicalStatus.RESOLVED, null, null, null)))
                .value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(
            Fields.conditionResolved(
                    Value.of(condition(ClinicalStatus.REMISSION, null, null, null)))
                .value())
        .isEqualTo(TruthValue.FALSE);
  }

  @Test
  void withoutClinicalStatus_activeAndResolvedAreUnknown_namingTheStatus() {
    Condition unrecorded = condition(null, null, null, null);
    for (Truth t :
        List.of(
            Fields.conditionActive(Value.of(unrecorded)),
            Fields.conditionResolved(Value.of(unrecorded)))) {
      assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
      assertThat(t.missing()).containsExactly(new Missing("clinical status of Condition/c1", ""));
      assertThat(t.statement()).endsWith(", clinical status not recorded");
      assertThat(t.evidence().used()).containsExactly(C1);
    }
  }

  @Test
  void ofAnUnknownCondition_theTruthIsUnknownWithTheConditionsReason() {
    Value<Condition> none =
        Value.<Condition>unknown(
                "no prostate cancer recorded",
                List.of(new Missing("prostate cancer", "conditions")),
                Evidence.none())
            .labelled("prostate cancer");
    Truth active = Fields.conditionActive(none);

    assertThat(active.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(active.statement()).isEqualTo("prostate cancer: no prostate cancer recorded");
    assertThat(active.missing()).containsExactly(new Missing("prostate cancer", "conditions"));
  }

  @Test
  void theEvidenceOfTheListStaysWithTheTruthOfAField() {
    Value<Condition> found =
        Value.known(
            condition(ClinicalStatus.ACTIVE, null, null, null),
            Evidence.ignored(RecordRef.of("Condition", "c0"), "refuted"));
    Truth active = Fields.conditionActive(found);

    assertThat(active.isTrue()).isTrue();
    assertThat(active.evidence().used()).containsExactly(C1);
    assertThat(active.evidence().ignored())
        .containsExactly(new Evidence.Note(RecordRef.of("Condition", "c0"), "refuted"));
  }

  @Test
  void codeOnsetAbatementStageAndBodySite_areReadWhenRecorded() {
    Value<Condition> c =
        Value.of(
            condition(
                ClinicalStatus.RESOLVED, VerificationStatus.CONFIRMED, "2024-03-02", "2025-01-10"));

    assertThat(Fields.conditionCode(c).get()).isEqualTo(Codes.of(icd10("C61")));
    assertThat(Fields.conditionCode(c).label()).isEqualTo("code of Condition/c1");
    assertThat(Fields.conditionOnset(c).get()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(Fields.conditionAbatement(c).get()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(Fields.conditionAbatement(c).label()).isEqualTo("abatement date of Condition/c1");
    assertThat(Fields.conditionVerification(c).get()).isEqualTo(Words.ofCode("confirmed"));
    assertThat(Fields.conditionStage(c).get()).isEqualTo(Codes.of(snomed("14410001")));
    assertThat(Fields.conditionStage(c).label()).isEqualTo("stage of Condition/c1");
    assertThat(Fields.conditionBodySite(c).get()).isEqualTo(Codes.of(snomed("41216001")));
    assertThat(Fields.conditionBodySite(c).evidence().used()).containsExactly(C1);
  }

  @Test
  void anEnteredInErrorVerification_isTheWordEnteredInError() {
    Value<Condition> c = Value.of(condition(null, VerificationStatus.ENTERED_IN_ERROR, null, null));
    assertThat(Words.is(Fields.conditionVerification(c), "enteredInError").isTrue()).isTrue();
  }

  @Test
  void absentFields_areUnknownWithTheFieldNamed() {
    Condition bare = new Condition(C1, List.of(), null, null, null, null, List.of(), List.of());
    Value<Condition> c = Value.of(bare);

    assertThat(Fields.conditionCode(c).reason()).isEqualTo("no code recorded");
    assertThat(Fields.conditionOnset(c).reason()).isEqualTo("no date recorded");
    Value<LocalDate> abatement = Fields.conditionAbatement(c);
    assertThat(abatement.reason()).isEqualTo("no abatement date recorded");
    assertThat(abatement.missing())
        .containsExactly(new Missing("abatement date of Condition/c1", ""));
    assertThat(Fields.conditionVerification(c).reason())
        .isEqualTo("no verification status recorded");
    assertThat(Fields.conditionVerification(c).missing())
        .containsExactly(new Missing("verification status of Condition/c1", ""));
    assertThat(Fields.conditionStage(c).reason()).isEqualTo("no stage recorded");
    assertThat(Fields.conditionBodySite(c).reason()).isEqualTo("no body site recorded");
  }

  @Test
  void anOnsetGivenOnlyAsAMonth_isNotADay() {
    Value<Condition> c = Value.of(condition(ClinicalStatus.ACTIVE, null, "2024-03", "2025"));

    Value<LocalDate> onset = Fields.conditionOnset(c);
    assertThat(onset.isKnown()).isFalse();
    assertThat(onset.reason()).isEqualTo("the date is only 2024-03");
    assertThat(onset.evidence().used()).containsExactly(C1);
    Value<LocalDate> abatement = Fields.conditionAbatement(c);
    assertThat(abatement.reason()).isEqualTo("abatement date of Condition/c1 is only 2025");
    assertThat(abatement.missing())
        .containsExactly(new Missing("abatement date of Condition/c1", "is only 2025"));
  }
}
