package dev.eligo.runtime.record;

import java.util.List;
import java.util.Objects;

/**
 * One part of a result that is reported in parts (FHIR {@code Observation.component}): the systolic
 * value of a blood pressure, the SUVmax of a PET lesion. It shares its observation's status, date
 * and body site; criteria read it as an observation of its own code.
 *
 * @param codes what the part measured
 * @param value its value, or {@code null} when it has none
 * @param absentReason why the value is absent as the record says it ({@code asked but declined}),
 *     or {@code null}
 * @param interpretations its interpretation codes (high, low, positive, ...)
 * @param referenceRanges the ranges that came with its value
 */
public record ObservationComponent(
    List<Coding> codes,
    ObservationValue value,
    String absentReason,
    List<Coding> interpretations,
    List<ReferenceRange> referenceRanges) {

  public ObservationComponent {
    codes = List.copyOf(codes);
    interpretations = List.copyOf(interpretations);
    referenceRanges = List.copyOf(referenceRanges);
  }

  /** A part with a value and nothing else. */
  public static ObservationComponent of(Coding code, ObservationValue value) {
    return new ObservationComponent(
        List.of(Objects.requireNonNull(code, "code")), value, null, List.of(), List.of());
  }
}
