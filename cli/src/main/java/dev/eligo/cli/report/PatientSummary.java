package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.record.RecordProblem;
import java.util.List;

/**
 * What the HTML report keeps of one patient until the page is written: text only, no records.
 *
 * @param criteria each criterion and part, in file order (empty for an error)
 */
record PatientSummary(
    String label, String source, String verdict, String decidedBy, List<String> missing,
    List<String> problems, List<CriterionLine> criteria) {

  /** One criterion or part as the page shows it. */
  record CriterionLine(String id, String kind, String result, String text, String explanation, int depth) {}

  static PatientSummary of(PatientOutcome outcome) {
    if (outcome instanceof PatientOutcome.Failed) {
      return new PatientSummary(Rows.patientLabel(outcome), outcome.source(), outcome.verdict(),
          Rows.decidedBy(outcome), List.of(), List.of(), List.of());
    }
    PatientOutcome.Screened screened = (PatientOutcome.Screened) outcome;
    List<CriterionLine> criteria = Rows.flatten(screened.result()).stream()
        .map(row -> new CriterionLine(row.criterion().id(), Rows.kind(row.criterion()),
            row.criterion().outcome().name(), row.criterion().info().text(),
            row.criterion().explain(), row.depth()))
        .toList();
    return new PatientSummary(Rows.patientLabel(outcome), outcome.source(), outcome.verdict(),
        Rows.decidedBy(outcome),
        screened.result().missing().stream().map(Missing::toString).toList(),
        screened.problems().stream().map(RecordProblem::toString).toList(),
        criteria);
  }
}
