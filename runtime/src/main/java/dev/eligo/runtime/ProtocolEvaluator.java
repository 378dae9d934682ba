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

  /** Screens a patient as of the screening date (never the machine's clock). */
  ScreeningResult screen(PatientRecord patient, LocalDate screeningDate);
}
