package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A use of a medication, from an administration, a statement or an active request.
 *
 * @param codes the medication's codes (ATC, RxNorm, ...)
 * @param period when it was taken; an ongoing use has no end
 * @param routes the route of administration codings; empty when the record does not say
 * @param reasonCodes coded reasons for the use
 * @param reasonRefs conditions given as reasons
 */
public record MedicationUse(
    RecordRef ref,
    List<Coding> codes,
    MedicationStatus status,
    RecordPeriod period,
    List<Coding> routes,
    List<Coding> reasonCodes,
    List<RecordRef> reasonRefs) {

  public MedicationUse {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    routes = List.copyOf(routes);
    reasonCodes = List.copyOf(reasonCodes);
    reasonRefs = List.copyOf(reasonRefs);
  }

  /** A medication use known to exist whose content could not be read: no codes, status unknown, no period. */
  public static MedicationUse unreadable(RecordRef ref) {
    return new MedicationUse(ref, List.of(), MedicationStatus.UNKNOWN, null, List.of(), List.of(), List.of());
  }
}
