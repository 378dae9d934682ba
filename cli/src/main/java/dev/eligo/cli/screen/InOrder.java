package dev.eligo.cli.screen;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a fixed number of threads and hands their results on in the order the tasks were
 * given. At most {@code window} tasks, and at most {@code maxBytes} of their input (unless one task
 * alone weighs more), are in flight at once, so memory does not grow with the number of tasks.
 */
final class InOrder<T> implements AutoCloseable {
  /** Takes each result, in order, on the thread that gives the tasks. */
  interface Sink<T> {
    void accept(T result) throws IOException;
  }

  private record Running<T>(Future<T> future, long bytes) {}

  private final ExecutorService pool;
  private final int window;
  private final long maxBytes;
  private final ArrayDeque<Running<T>> inFlight = new ArrayDeque<>();
  private long bytesInFlight;

  InOrder(int threads, int window, long maxBytes) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "eligo-reader-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.window = window;
    this.maxBytes = maxBytes;
  }

  /** Starts a task of the given weight, first handing on results until there is room for it. */
  void submit(long bytes, Callable<T> task, Sink<T> sink) throws IOException {
    while (!inFlight.isEmpty()
        && (inFlight.size() >= window
            || bytesInFlight + bytes > maxBytes
            || inFlight.peek().future().isDone())) {
      handOn(sink);
    }
    inFlight.add(new Running<>(pool.submit(task), bytes));
    bytesInFlight += bytes;
  }

  /** Hands on every result still to come. */
  void finish(Sink<T> sink) throws IOException {
    while (!inFlight.isEmpty()) {
      handOn(sink);
    }
  }

  private void handOn(Sink<T> sink) throws IOException {
    Running<T> first = inFlight.poll();
    bytesInFlight -= first.bytes();
    sink.accept(await(first.future()));
  }

  // A task's own failure is the caller's, as if it had run on the caller's thread.
  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("screening was interrupted", e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
