package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.PROTOCOL;
import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A medication use's fields: code, route, source, status and its reason, start, end (the screening
 * date while ongoing), last dose (never invented from an order or a dispense) and reasons resolved
 * against the patient's conditions.
 */
class MedicationFieldsTest {
  private static final Coding ORAL = snomed("26643006");
  private static final RecordRef CIPRO = RecordRef.of("MedicationStatement", "cipro");

  /** A completed week of ciprofloxacin, stated, without a last dose, for the given reasons. */
  private static MedicationUse completedCipro(
      List<Coding> reasonCodes, List<RecordRef> reasonRefs) {
    return use(
        CIPRO,
        MedicationStatus.COMPLETED,
        period("2026-10-01", "2026-10-07"),
        MedicationSource.STATEMENT,
        null,
        reasonCodes,
        reasonRefs);
  }

  /** An active urinary tract infection (ICD-10 N39.0) diagnosed on 30 September, as verified. */
  private static Condition uti(VerificationStatus verification) {
    return new Condition(
        RecordRef.of("Condition", "uti"),
        List.of(icd10("N39.0")),
        ClinicalStatus.ACTIVE,
        verification,
        RecordDate.parse("2026-09-30"),
        null);
  }

  private static MedicationUse use(
      RecordRef ref,
      MedicationStatus status,
      RecordPeriod period,
      MedicationSource source,
      RecordDate lastDose,
      List<Coding> reasonCodes,
      List<RecordRef> reasonRefs) {
    return new MedicationUse(
        ref,
        List.of(atc("J01MA02")),
        status,
        period,
        List.of(ORAL),
        reasonCodes,
        reasonRefs,
        source,
        List.of(snomed("266711001")),
        lastDose,
        List.of());
  }

  private static Value<MedicationUse> screened(MedicationUse use, Condition... conditions) {
    PatientRecord.Builder patient = PatientRecord.builder("p1").add(use);
    for (Condition c : conditions) {
      patient.add(c);
    }
    Evaluation evaluation = new Evaluation(PROTOCOL, patient.build(), S);
    return Value.known(use, Evidence.none(), new Origin(evaluation, null, null));
  }

  private static RecordPeriod period(String start, String end) {
    return new RecordPeriod(RecordDate.parse(start), end == null ? null : RecordDate.parse(end));
  }

  @Test
  void recordedFields_areRead() {
    Value<MedicationUse> m =
        Value.of(
            use(
                CIPRO,
                MedicationStatus.COMPLETED,
                period("2026-10-01", "2026-10-07"),
                MedicationSource.STATEMENT,
                RecordDate.parse("2026-10-07"),
                List.of(),
                List.of()));

    assertThat(Fields.medicationCode(m).get()).isEqualTo(Codes.of(atc("J01MA02")));
    assertThat(Fields.medicationRoute(m).get()).isEqualTo(Codes.of(ORAL));
    assertThat(Fields.medicationRoute(m).label()).isEqualTo("route of MedicationStatement/cipro");
    assertThat(Fields.medicationSource(m).get()).isEqualTo(Words.ofCode("statement"));
    assertThat(Fields.medicationStatus(m).get()).isEqualTo(Words.ofCode("completed"));
    assertThat(Fields.medicationStatusReason(m).get()).isEqualTo(Codes.of(snomed("266711001")));
    assertThat(Fields.medicationStart(m).get()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Fields.medicationEnd(m).get()).isEqualTo(LocalDate.of(2026, 10, 7));
    assertThat(Fields.medicationEnd(m).label()).isEqualTo("end of MedicationStatement/cipro");
    assertThat(Fields.medicationLastDose(m).get()).isEqualTo(LocalDate.of(2026, 10, 7));
    assertThat(Fields.medicationLastDose(m).evidence().used()).containsExactly(CIPRO);
  }

  @Test
  void anUnknownStatus_andNoRouteOrSource_areUnknown() {
    MedicationUse bare =
        new MedicationUse(
            CIPRO,
            List.of(),
            MedicationStatus.UNKNOWN,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            null,
            List.of());
    Value<MedicationUse> m = Value.of(bare);

    assertThat(Fields.medicationCode(m).reason()).isEqualTo("no code recorded");
    assertThat(Fields.medicationStatus(m).reason()).isEqualTo("no status recorded");
    assertThat(Fields.medicationSource(m).reason()).isEqualTo("no source recorded");
    assertThat(Fields.medicationStatusReason(m).reason()).isEqualTo("no status reason recorded");
    Value<Codes> route = Fields.medicationRoute(m);
    assertThat(route.reason()).isEqualTo("no route recorded");
    assertThat(route.missing())
        .containsExactly(new Missing("route of MedicationStatement/cipro", ""));
    assertThat(route.label()).isEqualTo("route of MedicationStatement/cipro");
    Value<LocalDate> end = Fields.medicationEnd(m);
    assertThat(end.reason()).isEqualTo("no dates recorded");
    assertThat(end.missing())
        .containsExactly(new Missing("dates of MedicationStatement/cipro", ""));
    assertThat(Fields.medicationStart(m).reason()).isEqualTo("no date recorded");
  }

  @Test
  void theEndOfAnOngoingUse_isTheScreeningDate_orUnknownWithoutAScreening() {
    MedicationUse ongoing =
        use(
            CIPRO,
            MedicationStatus.ACTIVE,
            period("2026-11-01", null),
            MedicationSource.STATEMENT,
            null,
            List.of(),
            List.of());

    Value<LocalDate> end = Fields.medicationEnd(screened(ongoing));
    assertThat(end.get()).isEqualTo(S);
    assertThat(end.shown()).isEqualTo(S + " (still going on)");
    assertThat(Fields.medicationEnd(Value.of(ongoing)).reason()).isEqualTo("still going on");
  }

  @Test
  void anEndGivenAsAMonth_isNotADay() {
    Value<LocalDate> end =
        Fields.medicationEnd(
            Value.of(
                use(
                    CIPRO,
                    MedicationStatus.COMPLETED,
                    period("2026-09-01", "2026-10"),
                    MedicationSource.STATEMENT,
                    null,
                    List.of(),
                    List.of())));
    assertThat(end.missing())
        .containsExactly(new Missing("end of MedicationStatement/cipro", "is only 2026-10"));
  }

  @Test
  void lastDose_ofAnOrderOrADispense_isNotADoseTaken() {
    RecordRef order = RecordRef.of("MedicationRequest", "o1");
    Value<LocalDate> ofOrder =
        Fields.medicationLastDose(
            Value.of(
                use(
                    order,
                    MedicationStatus.ACTIVE,
                    period("2026-10-01", "2026-10-07"),
                    MedicationSource.REQUEST,
                    null,
                    List.of(),
                    List.of())));
    assertThat(ofOrder.reason()).isEqualTo("an order records no dose given");
    assertThat(ofOrder.missing())
        .containsExactly(new Missing("last dose of MedicationRequest/o1", ""));
    assertThat(ofOrder.label()).isEqualTo("last dose of MedicationRequest/o1");

    Value<LocalDate> ofDispense =
        Fields.medicationLastDose(
            Value.of(
                use(
                    RecordRef.of("MedicationDispense", "d1"),
                    MedicationStatus.COMPLETED,
                    period("2026-10-01", "2026-10-01"),
                    MedicationSource.DISPENSE,
                    null,
                    List.of(),
                    List.of())));
    assertThat(ofDispense.reason())
        .isEqualTo("a dispense records the drug handed over, not a dose taken");

    Value<LocalDate> dispensedWithADose =
        Fields.medicationLastDose(
            Value.of(
                use(
                    RecordRef.of("MedicationDispense", "d1"),
                    MedicationStatus.COMPLETED,
                    period("2026-10-01", "2026-10-01"),
                    MedicationSource.DISPENSE,
                    RecordDate.parse("2026-10-03"),
                    List.of(),
                    List.of())));
    assertThat(dispensedWithADose.get()).isEqualTo(LocalDate.of(2026, 10, 3));
  }

  @Test
  void lastDose_ofAUseStillGoingOn_isNotYetKnown_andOfAStatementWithoutItIsUnrecorded() {
    Value<LocalDate> ongoing =
        Fields.medicationLastDose(
            Value.of(
                use(
                    CIPRO,
                    MedicationStatus.ACTIVE,
                    period("2026-11-01", null),
                    MedicationSource.STATEMENT,
                    null,
                    List.of(),
                    List.of())));
    assertThat(ongoing.reason()).isEqualTo("still being taken, so its last dose is not yet known");
    assertThat(ongoing.missing())
        .containsExactly(new Missing("last dose of MedicationStatement/cipro", ""));

    Value<LocalDate> ended =
        Fields.medicationLastDose(Value.of(completedCipro(List.of(), List.of())));
    assertThat(ended.reason()).isEqualTo("no last dose recorded");

    Value<LocalDate> noDates =
        Fields.medicationLastDose(
            Value.of(
                use(
                    CIPRO,
                    MedicationStatus.COMPLETED,
                    null,
                    MedicationSource.STATEMENT,
                    null,
                    List.of(),
                    List.of())));
    assertThat(noDates.reason()).isEqualTo("no last dose recorded");
  }

  @Test
  void reason_joinsCodedReasonsWithTheCodesOfTheConditionsItNames() {
    Condition uti = uti(VerificationStatus.CONFIRMED);
    MedicationUse m = completedCipro(List.of(snomed("68566005")), List.of(uti.ref()));

    Value<Codes> reason = Fields.medicationReason(screened(m, uti));
    assertThat(reason.get()).isEqualTo(Codes.of(snomed("68566005"), icd10("N39.0")));
    assertThat(reason.label()).isEqualTo("reason for MedicationStatement/cipro");
    assertThat(reason.evidence().used()).containsExactly(CIPRO, uti.ref());
  }

  @Test
  void reason_namingAConditionThePatientDoesNotHold_isSaidAsSuch() {
    RecordRef elsewhere = RecordRef.of("Condition", "gone");
    MedicationUse onlyThat = completedCipro(List.of(), List.of(elsewhere));
    Value<Codes> unresolved = Fields.medicationReason(screened(onlyThat));
    String problem = "names Condition/gone, not among the patient's counting conditions";
    assertThat(unresolved.isKnown()).isFalse();
    assertThat(unresolved.reason()).isEqualTo("reason for MedicationStatement/cipro " + problem);
    assertThat(unresolved.missing())
        .containsExactly(new Missing("reason for MedicationStatement/cipro", problem));

    MedicationUse withACode = completedCipro(List.of(snomed("68566005")), List.of(elsewhere));
    Value<Codes> partly = Fields.medicationReason(screened(withACode));
    assertThat(partly.get().codings()).containsExactly(snomed("68566005"));
    assertThat(partly.get().unread())
        .containsExactly(new Missing("reason for MedicationStatement/cipro", problem));
    assertThat(
            Codes.in(partly, ValueSet.builder().include(Fixtures.ICD10, "N39.0").build()).value())
        .isEqualTo(dev.eligo.runtime.result.TruthValue.UNKNOWN);
  }

  @Test
  void reason_absent_isNoStatedReason() {
    MedicationUse m = completedCipro(List.of(), List.of());
    Value<Codes> reason = Fields.medicationReason(screened(m));
    assertThat(reason.reason()).isEqualTo("no stated reason");
    assertThat(reason.missing())
        .containsExactly(new Missing("reason for MedicationStatement/cipro", ""));
  }

  @Test
  void aRefutedCondition_doesNotGiveAReason() {
    Condition refuted = uti(VerificationStatus.REFUTED);
    MedicationUse m = completedCipro(List.of(), List.of(refuted.ref()));
    assertThat(Fields.medicationReason(screened(m, refuted)).reason())
        .startsWith("reason for MedicationStatement/cipro names Condition/uti");
  }
}
