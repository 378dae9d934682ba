package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A medication use (a MedicationStatement); each wither returns a changed copy. */
final class MedicationFact implements Fact {
  static final Coding ORAL = new Coding(Patients.SNOMED, "26643006", "oral route");
  static final Coding INTRAVENOUS = new Coding(Patients.SNOMED, "47625008", "intravenous route");

  private final String slot;
  private final String id;
  private final Coding code;
  private final MedicationStatus status;
  private final LocalDate start;
  private final LocalDate end;
  private final List<Coding> routes;
  private final List<RecordRef> reasons;

  MedicationFact(String slot, Coding code) {
    this(slot, null, code, MedicationStatus.COMPLETED, null, null, List.of(ORAL), List.of());
  }

  private MedicationFact(
      String slot,
      String id,
      Coding code,
      MedicationStatus status,
      LocalDate start,
      LocalDate end,
      List<Coding> routes,
      List<RecordRef> reasons) {
    this.slot = slot;
    this.id = id;
    this.code = code;
    this.status = status;
    this.start = start;
    this.end = end;
    this.routes = List.copyOf(routes);
    this.reasons = List.copyOf(reasons);
  }

  /** Taken from {@code first} to {@code last}, both days included; completed. */
  MedicationFact from(LocalDate first, LocalDate last) {
    return new MedicationFact(
        slot, id, code, MedicationStatus.COMPLETED, first, last, routes, reasons);
  }

  /** Taken since {@code first} and still going on: an active statement with no end. */
  MedicationFact ongoingFrom(LocalDate first) {
    return new MedicationFact(
        slot, id, code, MedicationStatus.ACTIVE, first, null, routes, reasons);
  }

  MedicationFact status(MedicationStatus newStatus) {
    return new MedicationFact(slot, id, code, newStatus, start, end, routes, reasons);
  }

  MedicationFact oral() {
    return new MedicationFact(slot, id, code, status, start, end, List.of(ORAL), reasons);
  }

  MedicationFact intravenous() {
    return new MedicationFact(slot, id, code, status, start, end, List.of(INTRAVENOUS), reasons);
  }

  MedicationFact noRoute() {
    return new MedicationFact(slot, id, code, status, start, end, List.of(), reasons);
  }

  /** Given for the condition (FHIR {@code reasonReference}). */
  MedicationFact reason(ConditionFact condition) {
    return new MedicationFact(slot, id, code, status, start, end, routes, List.of(condition.ref()));
  }

  /** The same use under its own id, so that two uses can share a slot. */
  MedicationFact id(String newId) {
    return new MedicationFact(slot, newId, code, status, start, end, routes, reasons);
  }

  @Override
  public String slot() {
    return slot;
  }

  @Override
  public String preferredId() {
    return id;
  }

  @Override
  public void addTo(PatientRecord.Builder record, String recordId) {
    Objects.requireNonNull(
        start, () -> slot + ": give the use its dates with from() or ongoingFrom()");
    RecordPeriod period =
        end == null
            ? RecordPeriod.ongoingFrom(RecordDate.of(start))
            : new RecordPeriod(RecordDate.of(start), RecordDate.of(end));
    record.add(
        new MedicationUse(
            RecordRef.of("MedicationStatement", recordId),
            List.of(code),
            status,
            period,
            routes,
            List.of(),
            reasons));
  }
}
