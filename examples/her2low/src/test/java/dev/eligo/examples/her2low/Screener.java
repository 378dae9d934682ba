package dev.eligo.examples.her2low;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;

/** Screens a patient with the evaluator generated from NCT06224673.eligo and the case's inputs. */
final class Screener {
  static final ProtocolEvaluator EVALUATOR = new NCT06224673Evaluator();

  private Screener() {}

  static ScreeningResult screen(PatientRecord record, ScreeningInputs inputs) {
    return EVALUATOR.screen(record, inputs.screening());
  }
}
