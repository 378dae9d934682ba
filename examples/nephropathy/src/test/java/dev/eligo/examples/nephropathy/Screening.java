package dev.eligo.examples.nephropathy;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.LocalDate;

/**
 * Screens a record on the table's screening date with rituximab and cyclosporine planned for a day.
 */
final class Screening {
  static final ProtocolEvaluator EVALUATOR = new NCT00977977Evaluator();

  private Screening() {}

  static ScreeningResult screen(PatientRecord record, LocalDate treatmentStart) {
    return EVALUATOR.screen(
        record,
        dev.eligo.runtime.Screening.on(Baseline.SCREENING).with("treatmentStart", treatmentStart));
  }
}
