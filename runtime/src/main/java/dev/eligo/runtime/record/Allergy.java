package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * An allergy or intolerance to a substance.
 *
 * @param type {@code allergy}, {@code intolerance} or {@code null}
 * @param recorded when it was recorded, or {@code null}
 */
public record Allergy(
    RecordRef ref,
    List<Coding> codes,
    ClinicalStatus clinicalStatus,
    VerificationStatus verificationStatus,
    String type,
    RecordDate recorded) {

  public Allergy {
    Objects.requireNonNull(ref, "ref");
    codes = List.copyOf(codes);
  }

  /** An allergy known to exist whose content could not be read: no codes, statuses or date. */
  public static Allergy unreadable(RecordRef ref) {
    return new Allergy(ref, List.of(), null, null, null, null);
  }
}
