package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * A procedure performed on the patient, such as an infusion of a cell therapy product.
 *
 * @param bodySites where on the body it was performed; empty when the record does not say
 * @param reasonCodes coded reasons for it
 * @param reasonRefs conditions (or other records) given as its reason
 */
public record Procedure(
    RecordRef ref,
    List<Coding> codes,
    ProcedureStatus status,
    RecordPeriod performed,
    List<Coding> bodySites,
    List<Coding> reasonCodes,
    List<RecordRef> reasonRefs) {

  public Procedure {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    bodySites = List.copyOf(bodySites);
    reasonCodes = List.copyOf(reasonCodes);
    reasonRefs = List.copyOf(reasonRefs);
  }

  /** A procedure without body site or reasons. */
  public Procedure(
      RecordRef ref, List<Coding> codes, ProcedureStatus status, RecordPeriod performed) {
    this(ref, codes, status, performed, List.of(), List.of(), List.of());
  }

  /**
   * A procedure known to exist whose content could not be read: no codes, status unknown, no date.
   */
  public static Procedure unreadable(RecordRef ref) {
    return new Procedure(ref, List.of(), ProcedureStatus.UNKNOWN, null);
  }
}
