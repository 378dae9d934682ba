package dev.eligo.cli.screen;

import dev.eligo.cli.report.Report;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.fhir.PendingPatient;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Screens every patient of the inputs on several threads, handing each outcome to the report in
 * input order as soon as it and those before it are known: memory does not grow with the number of
 * patients (a few patients are in flight per thread, and together no more bytes of input than one
 * patient may have unless one alone has more). Each patient is bounded: a Bundle larger than the
 * read limits is an error row before it is parsed, a screening that overruns the time budget is
 * stopped, and running out of memory on one patient (a backstop behind the size limit) is that
 * patient's error row, not the end of the run.
 */
public final class Screening {
  /** The default time one patient may take to screen. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private final ProtocolEvaluator evaluator;
  private final LocalDate asOf;
  private final dev.eligo.runtime.Screening request;
  private final ReadLimits limits;
  private final Duration budget;
  private final int threads;

  public Screening(ProtocolEvaluator evaluator, LocalDate asOf) {
    this(evaluator, dev.eligo.runtime.Screening.on(asOf), ReadLimits.forHeap(), DEFAULT_BUDGET);
  }

  public Screening(
      ProtocolEvaluator evaluator, LocalDate asOf, ReadLimits limits, Duration budget) {
    this(evaluator, dev.eligo.runtime.Screening.on(asOf), limits, budget);
  }

  /** Screens for a screening with inputs besides the date (checked against the protocol first). */
  public Screening(
      ProtocolEvaluator evaluator,
      dev.eligo.runtime.Screening request,
      ReadLimits limits,
      Duration budget) {
    this(evaluator, request, limits, budget, Runtime.getRuntime().availableProcessors());
  }

  /** As above, reading and screening {@code threads} patients at once. */
  public Screening(
      ProtocolEvaluator evaluator,
      dev.eligo.runtime.Screening request,
      ReadLimits limits,
      Duration budget,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread screens, not " + threads);
    }
    this.evaluator = evaluator;
    this.asOf = request.date();
    this.request = request;
    this.limits = limits;
    this.budget = budget;
    this.threads = threads;
  }

  /** Screens the inputs; the report has them in the order given. Returns the counts. */
  public Summary run(List<Path> inputs, Report report, Progress progress) throws IOException {
    Summary summary = new Summary();
    report.start(evaluator.protocol(), asOf);
    InOrder.Sink<PatientOutcome> sink =
        outcome -> {
          summary.count(outcome);
          report.patient(outcome);
          progress.advance(summary);
        };
    // Each thread screens with a budget of its own; a task takes whichever is free.
    BlockingQueue<Budget> budgets = new ArrayBlockingQueue<>(threads);
    for (int i = 0; i < threads; i++) {
      budgets.add(new Budget(evaluator, budget));
    }
    try (InOrder<PatientOutcome> pipeline =
        new InOrder<>(threads, 4 * threads, limits.maxBundleBytes())) {
      for (Path input : inputs) {
        try (PatientSource source = PatientSources.open(input, limits)) {
          PendingPatient pending;
          while ((pending = next(source, input)) != null) {
            PendingPatient patient = pending;
            pipeline.submit(
                patient.size(),
                () -> {
                  PatientOutcome outcome = readAndScreen(patient, input, budgets);
                  report.prepare(outcome);
                  return outcome;
                },
                sink);
          }
        }
      }
      pipeline.finish(sink);
    } finally {
      budgets.forEach(Budget::close);
    }
    progress.done();
    report.finish(summary);
    return summary;
  }

  /** The next patient of a source, not yet parsed; null at its end. */
  private static PendingPatient next(PatientSource source, Path input) {
    try {
      return source.hasNext() ? source.nextPending() : null;
    } catch (OutOfMemoryError e) {
      // Whatever was being read is garbage now; the source goes on with its next patient.
      return PendingPatient.read(outOfMemory(input));
    }
  }

  private PatientOutcome readAndScreen(
      PendingPatient patient, Path input, BlockingQueue<Budget> budgets)
      throws InterruptedException {
    PatientReadResult read;
    try {
      read = patient.read();
    } catch (OutOfMemoryError e) {
      read = outOfMemory(input);
    }
    Budget worker = budgets.take();
    try {
      return screen(read, worker);
    } finally {
      budgets.add(worker);
    }
  }

  private static PatientReadError outOfMemory(Path input) {
    return new PatientReadError(
        dev.eligo.fhir.FileNames.of(input),
        "a patient needed more memory than this run has and was not read (give Java more with -Xmx,"
            + " or lower --max-bundle-size)");
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
    return new PatientOutcome.Screened(
        patient.source(),
        outcome.result(),
        problems(patient, outcome),
        RecordNames.of(patient.record()));
  }

  /**
   * One patient's outcome, screened within this screening's budget; for callers with records in
   * hand.
   */
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
