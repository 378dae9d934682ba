package dev.eligo.runtime.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A measurement or finding: a lab value, a score, an imaging result.
 *
 * @param ref the source record
 * @param codes what was measured (all codings of {@code Observation.code})
 * @param status the result's status; only final, amended and corrected results count
 * @param effective when it was measured, or {@code null} when the record does not say
 * @param issued when the result was released, used only to order results of the same instant
 * @param value the result, or {@code null} when the record carries none
 * @param referenceRanges the ranges that came with the value
 */
public record Observation(
    RecordRef ref,
    List<Coding> codes,
    ObservationStatus status,
    RecordDate effective,
    Instant issued,
    ObservationValue value,
    List<ReferenceRange> referenceRanges) {

  public Observation {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    referenceRanges = List.copyOf(referenceRanges);
  }

  /**
   * A measurement known to exist whose content could not be read (a problem on the record says
   * why): no codes, status unknown, no date and no value.
   */
  public static Observation unreadable(RecordRef ref) {
    return new Observation(ref, List.of(), ObservationStatus.UNKNOWN, null, null, null, List.of());
  }

  /** The same observation with another value, e.g. one found unusable. */
  public Observation withValue(ObservationValue newValue) {
    return new Observation(ref, codes, status, effective, issued, newValue, referenceRanges);
  }
}
