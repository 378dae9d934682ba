package dev.eligo.runtime;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.LocalDate;

/**
 * What every generated evaluator implements: one protocol's criteria, screening one patient at a
 * time. Implementations are stateless and thread-safe.
 */
public interface ProtocolEvaluator {
  /** The protocol the evaluator implements. */
  ProtocolInfo protocol();

  /**
   * Screens a patient for a screening: its date (never the machine's clock) and the protocol's
   * other screening inputs.
   *
   * @throws IllegalArgumentException when an input the protocol declares is missing or not of its
   *     kind, or one it does not declare is given ({@link Screening#problemsFor} says which)
   */
  ScreeningResult screen(PatientRecord patient, Screening screening);

  /**
   * Screens a patient as of the screening date, for a protocol that reads no other screening input.
   *
   * @throws IllegalArgumentException when the protocol declares screening inputs
   */
  default ScreeningResult screen(PatientRecord patient, LocalDate screeningDate) {
    return screen(patient, Screening.on(screeningDate));
  }
}
