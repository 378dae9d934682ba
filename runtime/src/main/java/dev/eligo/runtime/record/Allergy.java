package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * An allergy or intolerance to a substance.
 *
 * @param type {@code allergy}, {@code intolerance} or {@code null}
 * @param recorded when it was recorded, or {@code null}
 * @param categories {@code food}, {@code medication}, {@code environment}, {@code biologic}; empty
 *     when not said
 * @param criticality {@code low}, {@code high}, {@code unable-to-assess} or {@code null}
 * @param reactions the reactions recorded
 */
public record Allergy(
    RecordRef ref,
    List<Coding> codes,
    ClinicalStatus clinicalStatus,
    VerificationStatus verificationStatus,
    String type,
    RecordDate recorded,
    List<String> categories,
    String criticality,
    List<AllergyReaction> reactions) {

  public Allergy {
    Objects.requireNonNull(ref, "ref");
    codes = List.copyOf(codes);
    categories = List.copyOf(categories);
    reactions = List.copyOf(reactions);
  }

  /** An allergy without category, criticality or reactions. */
  public Allergy(
      RecordRef ref,
      List<Coding> codes,
      ClinicalStatus clinicalStatus,
      VerificationStatus verificationStatus,
      String type,
      RecordDate recorded) {
    this(
        ref, codes, clinicalStatus, verificationStatus, type, recorded, List.of(), null, List.of());
  }

  /** An allergy known to exist whose content could not be read: no codes, statuses or date. */
  public static Allergy unreadable(RecordRef ref) {
    return new Allergy(ref, List.of(), null, null, null, null);
  }
}
