package dev.eligo.cli.screen;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Screens one patient at a time on a worker thread with a time budget. When a screening overruns
 * it, the worker is interrupted (the runtime's evaluation stops at the next record or definition it
 * reads) and the patient becomes an error row naming the budget. A worker that does not stop is
 * left to finish on its own (daemon) thread and a new one takes over: the run goes on either way.
 */
public final class Budget implements AutoCloseable {
  /**
   * How long a stopped screening may take to notice it was stopped before its worker is left
   * behind.
   */
  private static final Duration GRACE = Duration.ofSeconds(2);

  private final ProtocolEvaluator evaluator;
  private final Duration perPatient;
  private ExecutorService worker = newWorker();

  public Budget(ProtocolEvaluator evaluator, Duration perPatient) {
    this.evaluator = evaluator;
    this.perPatient = perPatient;
  }

  /** What screening one patient gave: a result, or why there is none. */
  public record Outcome(ScreeningResult result, String failure) {}

  public Outcome screen(PatientRecord record, LocalDate asOf) {
    return screen(record, dev.eligo.runtime.Screening.on(asOf));
  }

  /** Screens one patient for a screening with inputs besides the date. */
  public Outcome screen(PatientRecord record, dev.eligo.runtime.Screening screening) {
    // A cancelled Future is done at once; only the task itself can say when its thread is free.
    CountDownLatch finished = new CountDownLatch(1);
    Future<ScreeningResult> running =
        worker.submit(
            () -> {
              try {
                return evaluator.screen(record, screening);
              } finally {
                finished.countDown();
              }
            });
    try {
      return new Outcome(running.get(perPatient.toMillis(), TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      running.cancel(true);
      if (!stopped(finished)) {
        worker.shutdownNow();
        worker = newWorker();
      }
      return new Outcome(
          null,
          "screening took longer than the per-patient budget of "
              + seconds(perPatient)
              + " (--patient-timeout) and was stopped");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OutOfMemoryError) {
        return new Outcome(
            null,
            "screening the patient needed more memory than this run has (give Java more"
                + " with -Xmx)");
      }
      return new Outcome(
          null,
          "the patient could not be screened (internal error "
              + cause.getClass().getSimpleName()
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.cancel(true);
      return new Outcome(null, "screening was interrupted");
    }
  }

  private static boolean stopped(CountDownLatch finished) {
    try {
      return finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String seconds(Duration duration) {
    long s = duration.toSeconds();
    return s > 0 && duration.toMillis() % 1000 == 0 ? s + " s" : duration.toMillis() + " ms";
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "eligo-screening");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
