package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.util.List;

/** A diagnosis; confirmed and active unless changed. Each wither returns a changed copy. */
final class ConditionFact implements Fact {
  private final String slot;
  private final List<Coding> codes;
  private final ClinicalStatus clinicalStatus;
  private final VerificationStatus verification;
  private final LocalDate onset;
  private final LocalDate abatement;

  ConditionFact(String slot, List<Coding> codes, LocalDate onset) {
    this(slot, codes, ClinicalStatus.ACTIVE, VerificationStatus.CONFIRMED, onset, null);
  }

  private ConditionFact(
      String slot,
      List<Coding> codes,
      ClinicalStatus clinicalStatus,
      VerificationStatus verification,
      LocalDate onset,
      LocalDate abatement) {
    this.slot = slot;
    this.codes = List.copyOf(codes);
    this.clinicalStatus = clinicalStatus;
    this.verification = verification;
    this.onset = onset;
    this.abatement = abatement;
  }

  /**
   * The reference other records (a medication's reason) use for this condition, its slot's only
   * one.
   */
  RecordRef ref() {
    return RecordRef.of("Condition", slot);
  }

  ConditionFact clinicalStatus(ClinicalStatus status) {
    return new ConditionFact(slot, codes, status, verification, onset, abatement);
  }

  ConditionFact inactive() {
    return clinicalStatus(ClinicalStatus.INACTIVE);
  }

  /** Resolved, with its abatement date. */
  ConditionFact resolvedOn(LocalDate date) {
    return new ConditionFact(slot, codes, ClinicalStatus.RESOLVED, verification, onset, date);
  }

  ConditionFact noClinicalStatus() {
    return clinicalStatus(null);
  }

  ConditionFact verification(VerificationStatus status) {
    return new ConditionFact(slot, codes, clinicalStatus, status, onset, abatement);
  }

  ConditionFact onset(LocalDate date) {
    return new ConditionFact(slot, codes, clinicalStatus, verification, date, abatement);
  }

  @Override
  public String slot() {
    return slot;
  }

  @Override
  public String preferredId() {
    return slot;
  }

  @Override
  public void addTo(PatientRecord.Builder record, String id) {
    record.add(
        new Condition(
            RecordRef.of("Condition", id),
            codes,
            clinicalStatus,
            verification,
            RecordDate.of(onset),
            abatement == null ? null : RecordDate.of(abatement)));
  }
}
