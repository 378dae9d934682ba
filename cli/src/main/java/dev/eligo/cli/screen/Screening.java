package dev.eligo.cli.screen;

import dev.eligo.cli.report.Report;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.fhir.ReadLimits;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.Evidence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Screens every patient of the inputs, one at a time, handing each outcome to the report as soon
 * as it is known: memory does not grow with the number of patients. Each patient is bounded: a
 * Bundle larger than the read limits is an error row before it is parsed, a screening that
 * overruns the time budget is stopped, and running out of memory on one patient (a backstop
 * behind the size limit) is that patient's error row, not the end of the run.
 */
public final class Screening {
  /** The default time one patient may take to screen. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private final ProtocolEvaluator evaluator;
  private final LocalDate asOf;
  private final dev.eligo.runtime.Screening request;
  private final ReadLimits limits;
  private final Duration budget;

  public Screening(ProtocolEvaluator evaluator, LocalDate asOf) {
    this(evaluator, dev.eligo.runtime.Screening.on(asOf), ReadLimits.forHeap(), DEFAULT_BUDGET);
  }

  public Screening(ProtocolEvaluator evaluator, LocalDate asOf, ReadLimits limits, Duration budget) {
    this(evaluator, dev.eligo.runtime.Screening.on(asOf), limits, budget);
  }

  /** Screens for a screening with inputs besides the date (checked against the protocol first). */
  public Screening(ProtocolEvaluator evaluator, dev.eligo.runtime.Screening request, ReadLimits limits,
      Duration budget) {
    this.evaluator = evaluator;
    this.asOf = request.date();
    this.request = request;
    this.limits = limits;
    this.budget = budget;
  }

  /** Screens the inputs in the order given; returns the counts. */
  public Summary run(List<Path> inputs, Report report, Progress progress) throws IOException {
    Summary summary = new Summary();
    report.start(evaluator.protocol(), asOf);
    try (Budget worker = new Budget(evaluator, budget)) {
      for (Path input : inputs) {
        try (PatientSource source = PatientSources.open(input, limits)) {
          PatientOutcome outcome;
          while ((outcome = next(source, input, worker)) != null) {
            summary.count(outcome);
            report.patient(outcome);
            progress.advance(summary);
          }
        }
      }
    }
    progress.done();
    report.finish(summary);
    return summary;
  }

  /** The next patient of a source, screened; null at its end. */
  private PatientOutcome next(PatientSource source, Path input, Budget worker) {
    PatientReadResult read;
    try {
      if (!source.hasNext()) {
        return null;
      }
      read = source.next();
    } catch (OutOfMemoryError e) {
      // Whatever was being read is garbage now; the source goes on with its next patient.
      return new PatientOutcome.Failed(dev.eligo.fhir.FileNames.of(input),
          "a patient needed more memory than this run has and was not read (give Java more with -Xmx,"
              + " or lower --max-bundle-size)");
    }
    return screen(read, worker);
  }

  /** One patient's outcome, screened within the budget. */
  public PatientOutcome screen(PatientReadResult read, Budget worker) {
    if (read instanceof PatientReadError) {
      PatientReadError error = (PatientReadError) read;
      return new PatientOutcome.Failed(error.source(), error.message());
    }
    MappedPatient patient = (MappedPatient) read;
    Budget.Outcome outcome = worker.screen(patient.record(), request);
    if (outcome.failure() != null) {
      return new PatientOutcome.Failed(patient.source(), outcome.failure());
    }
    return new PatientOutcome.Screened(patient.source(), outcome.result(), problems(patient, outcome),
        RecordNames.of(patient.record()));
  }

  /** One patient's outcome, screened within this screening's budget; for callers with records in hand. */
  public PatientOutcome screen(PatientReadResult read) {
    try (Budget worker = new Budget(evaluator, budget)) {
      return screen(read, worker);
    }
  }

  /**
   * What the row says could not be read or used: the record's problems, then the values the
   * screening found unusable (an implausible value, units that disagree), each once.
   */
  private static List<RecordProblem> problems(MappedPatient patient, Budget.Outcome outcome) {
    List<RecordProblem> problems = new ArrayList<>(patient.record().problems());
    Set<String> said = new LinkedHashSet<>();
    problems.forEach(p -> said.add(p.toString()));
    for (Evidence.Note note : outcome.result().unusable()) {
      RecordProblem problem = new RecordProblem(note.ref(), note.reason());
      if (said.add(problem.toString())) {
        problems.add(problem);
      }
    }
    return problems;
  }
}
