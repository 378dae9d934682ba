package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A lab value, score or imaging result; each wither returns a changed copy. */
final class ObservationFact implements Fact {
  private final String slot;
  private final Coding code;
  private final ObservationValue value;
  private final RecordDate effective;
  private final ObservationStatus status;
  private final List<ReferenceRange> ranges;

  ObservationFact(String slot, Coding code, ObservationValue value, LocalDate effective) {
    this(slot, code, value, RecordDate.of(effective), ObservationStatus.FINAL, List.of());
  }

  private ObservationFact(
      String slot,
      Coding code,
      ObservationValue value,
      RecordDate effective,
      ObservationStatus status,
      List<ReferenceRange> ranges) {
    this.slot = slot;
    this.code = code;
    this.value = value;
    this.effective = effective;
    this.status = status;
    this.ranges = List.copyOf(ranges);
  }

  ObservationFact on(LocalDate date) {
    return new ObservationFact(slot, code, value, RecordDate.of(date), status, ranges);
  }

  /** Dated as a FHIR dateTime written on the record, e.g. {@code 2026-10-27T23:30:00-10:00}. */
  ObservationFact at(String dateTime) {
    return new ObservationFact(slot, code, value, RecordDate.parse(dateTime), status, ranges);
  }

  /** Dated only by its month, as a record that says {@code 2026-10}. */
  ObservationFact inMonth(YearMonth month) {
    return new ObservationFact(slot, code, value, RecordDate.ofMonth(month), status, ranges);
  }

  ObservationFact status(ObservationStatus newStatus) {
    return new ObservationFact(slot, code, value, effective, newStatus, ranges);
  }

  /** The value with a normal range whose upper limit is {@code high unit}. */
  ObservationFact uln(String high, String unit) {
    return ranges(ReferenceRange.upTo(high, unit));
  }

  ObservationFact ranges(ReferenceRange... newRanges) {
    return new ObservationFact(slot, code, value, effective, status, List.of(newRanges));
  }

  ObservationFact noReferenceRange() {
    return ranges();
  }

  /** The same quantity stated with a FHIR comparator, e.g. {@code <20 ng/dL}. */
  ObservationFact comparator(String comparator) {
    ObservationValue.QuantityValue q = (ObservationValue.QuantityValue) value;
    return new ObservationFact(
        slot,
        code,
        new ObservationValue.QuantityValue(q.value(), q.unit(), comparator),
        effective,
        status,
        ranges);
  }

  static ObservationValue quantity(String value, String unit) {
    return new ObservationValue.QuantityValue(new BigDecimal(value), unit, null);
  }

  @Override
  public String slot() {
    return slot;
  }

  @Override
  public String preferredId() {
    return slot + "-" + effective;
  }

  @Override
  public void addTo(PatientRecord.Builder record, String id) {
    record.add(
        new Observation(
            RecordRef.of("Observation", id),
            List.of(code),
            status,
            effective,
            null,
            value,
            ranges));
  }
}
