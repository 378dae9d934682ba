package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/** A procedure performed on the patient, such as an infusion of a cell therapy product. */
public record Procedure(RecordRef ref, List<Coding> codes, ProcedureStatus status, RecordPeriod performed) {
  public Procedure {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
  }

  /** A procedure known to exist whose content could not be read: no codes, status unknown, no date. */
  public static Procedure unreadable(RecordRef ref) {
    return new Procedure(ref, List.of(), ProcedureStatus.UNKNOWN, null);
  }
}
