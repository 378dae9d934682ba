package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A use of a medication, from an administration, a statement, a dispense or an active request.
 *
 * @param codes the medication's codes (ATC, RxNorm, ...)
 * @param period when it was taken; an ongoing use has no end
 * @param routes the route of administration codings; empty when the record does not say
 * @param reasonCodes coded reasons for the use
 * @param reasonRefs conditions given as reasons
 * @param source the kind of record it comes from; {@code null} when that could not be read
 * @param statusReasons why the use has its status (stopped for progression, for toxicity); empty
 *     when not said
 * @param lastDose the day of the last dose the record shows given or taken; {@code null} when it
 *     shows none (an order, a use still going on)
 * @param dosages the doses and how often they are given, one per dosage instruction
 */
public record MedicationUse(
    RecordRef ref,
    List<Coding> codes,
    MedicationStatus status,
    RecordPeriod period,
    List<Coding> routes,
    List<Coding> reasonCodes,
    List<RecordRef> reasonRefs,
    MedicationSource source,
    List<Coding> statusReasons,
    RecordDate lastDose,
    List<Dosage> dosages) {

  public MedicationUse {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    routes = List.copyOf(routes);
    reasonCodes = List.copyOf(reasonCodes);
    reasonRefs = List.copyOf(reasonRefs);
    statusReasons = List.copyOf(statusReasons);
    dosages = List.copyOf(dosages);
  }

  /**
   * A use without status reasons, last dose or dosages; its source is told by the type of its
   * reference ({@code MedicationStatement/...}).
   */
  public MedicationUse(
      RecordRef ref,
      List<Coding> codes,
      MedicationStatus status,
      RecordPeriod period,
      List<Coding> routes,
      List<Coding> reasonCodes,
      List<RecordRef> reasonRefs) {
    this(
        ref,
        codes,
        status,
        period,
        routes,
        reasonCodes,
        reasonRefs,
        MedicationSource.ofResourceType(ref.resourceType()),
        List.of(),
        null,
        List.of());
  }

  /**
   * A medication use known to exist whose content could not be read: no codes, status unknown, no
   * period.
   */
  public static MedicationUse unreadable(RecordRef ref) {
    return new MedicationUse(
        ref, List.of(), MedicationStatus.UNKNOWN, null, List.of(), List.of(), List.of());
  }
}
