package dev.eligo.cli.screen;

import dev.eligo.cli.report.Report;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.result.ScreeningResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Screens every patient of the inputs, one at a time, handing each outcome to the report as soon
 * as it is known: memory does not grow with the number of patients (except what a report keeps).
 */
public final class Screening {
  private final ProtocolEvaluator evaluator;
  private final LocalDate asOf;

  public Screening(ProtocolEvaluator evaluator, LocalDate asOf) {
    this.evaluator = evaluator;
    this.asOf = asOf;
  }

  /** Screens the inputs in the order given; returns the counts. */
  public Summary run(List<Path> inputs, Report report, Progress progress) throws IOException {
    Summary summary = new Summary();
    report.start(evaluator.protocol(), asOf);
    for (Path input : inputs) {
      try (PatientSource source = PatientSources.open(input)) {
        while (source.hasNext()) {
          PatientOutcome outcome = screen(source.next());
          summary.count(outcome);
          report.patient(outcome);
          progress.advance(summary);
        }
      }
    }
    progress.done();
    report.finish(summary);
    return summary;
  }

  private PatientOutcome screen(PatientReadResult read) {
    if (read instanceof PatientReadError) {
      PatientReadError error = (PatientReadError) read;
      return new PatientOutcome.Failed(error.source(), error.message());
    }
    MappedPatient patient = (MappedPatient) read;
    try {
      ScreeningResult result = evaluator.screen(patient.record(), asOf);
      return new PatientOutcome.Screened(patient.source(), result, patient.record().problems(),
          RecordNames.of(patient.record()));
    } catch (RuntimeException | StackOverflowError e) {
      // A defect in Eligo, or data nested beyond reason; the other patients are still screened.
      return new PatientOutcome.Failed(patient.source(),
          "the patient could not be screened (internal error " + e.getClass().getSimpleName() + ")");
    }
  }
}
