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
 * @param absentReason why the value is absent as the record says it ({@code not performed}), or
 *     {@code null}
 * @param interpretations the interpretation codes that came with the value (high, low, positive,
 *     ...)
 * @param bodySites where on the body it was measured; empty when the record does not say
 * @param components the parts of a result reported in parts (systolic and diastolic pressure)
 */
public record Observation(
    RecordRef ref,
    List<Coding> codes,
    ObservationStatus status,
    RecordDate effective,
    Instant issued,
    ObservationValue value,
    List<ReferenceRange> referenceRanges,
    String absentReason,
    List<Coding> interpretations,
    List<Coding> bodySites,
    List<ObservationComponent> components) {

  public Observation {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    codes = List.copyOf(codes);
    referenceRanges = List.copyOf(referenceRanges);
    interpretations = List.copyOf(interpretations);
    bodySites = List.copyOf(bodySites);
    components = List.copyOf(components);
  }

  /** A measurement reported as one value, without interpretation, body site or parts. */
  public Observation(
      RecordRef ref,
      List<Coding> codes,
      ObservationStatus status,
      RecordDate effective,
      Instant issued,
      ObservationValue value,
      List<ReferenceRange> referenceRanges) {
    this(
        ref,
        codes,
        status,
        effective,
        issued,
        value,
        referenceRanges,
        null,
        List.of(),
        List.of(),
        List.of());
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
    return new Observation(
        ref,
        codes,
        status,
        effective,
        issued,
        newValue,
        referenceRanges,
        absentReason,
        interpretations,
        bodySites,
        components);
  }

  /**
   * One of its parts read as an observation of the part's code: the part's value, ranges and
   * interpretation with this observation's reference, status, dates and body site.
   */
  public Observation part(ObservationComponent component) {
    return new Observation(
        ref,
        component.codes(),
        status,
        effective,
        issued,
        component.value(),
        component.referenceRanges(),
        component.absentReason(),
        component.interpretations(),
        bodySites,
        List.of());
  }
}
