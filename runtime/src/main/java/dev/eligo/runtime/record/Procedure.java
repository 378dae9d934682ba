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
}
