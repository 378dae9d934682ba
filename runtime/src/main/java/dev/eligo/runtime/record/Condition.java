package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A diagnosis or problem.
 *
 * @param clinicalStatus active, resolved, ...; {@code null} when the record does not say
 * @param verificationStatus confirmed, refuted, ...; {@code null} when the record does not say
 * @param onset when it began (FHIR onsetDateTime, else onsetPeriod.start, else recordedDate)
 * @param abatement when it ended, or {@code null} while it has not
 * @param stages the codes of its stage (a TNM or summary stage); empty when not staged
 * @param bodySites where in the body it is; empty when the record does not say
 */
public record Condition(
    RecordRef ref,
    List<Coding> codes,
    ClinicalStatus clinicalStatus,
    VerificationStatus verificationStatus,
    RecordDate onset,
    RecordDate abatement,
    List<Coding> stages,
    List<Coding> bodySites) {

  public Condition {
    Objects.requireNonNull(ref, "ref");
    codes = List.copyOf(codes);
    stages = List.copyOf(stages);
    bodySites = List.copyOf(bodySites);
  }

  /** A condition without stage or body site. */
  public Condition(
      RecordRef ref,
      List<Coding> codes,
      ClinicalStatus clinicalStatus,
      VerificationStatus verificationStatus,
      RecordDate onset,
      RecordDate abatement) {
    this(ref, codes, clinicalStatus, verificationStatus, onset, abatement, List.of(), List.of());
  }

  /** A condition known to exist whose content could not be read: no codes, statuses or dates. */
  public static Condition unreadable(RecordRef ref) {
    return new Condition(ref, List.of(), null, null, null, null);
  }
}
