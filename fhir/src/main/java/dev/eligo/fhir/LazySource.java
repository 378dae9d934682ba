package dev.eligo.fhir;

import java.util.NoSuchElementException;

/**
 * A {@link PatientSource} that computes each result only when asked for it. Subclasses return the
 * next result from {@link #computeNext()}, or {@code null} at the end; those whose parsing and
 * mapping can wait return the next patient unread from {@link #computeNextPending()}.
 */
abstract class LazySource implements PatientSource {
  private PendingPatient next;
  private boolean done;

  /** The next result, or {@code null} when there are no more. Must not throw for bad input. */
  abstract PatientReadResult computeNext();

  /** The next patient, perhaps not yet parsed or mapped, or {@code null} when there are no more. */
  PendingPatient computeNextPending() {
    PatientReadResult result = computeNext();
    return result == null ? null : PendingPatient.read(result);
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = computeNextPending();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final PatientReadResult next() {
    return nextPending().read();
  }

  @Override
  public final PendingPatient nextPending() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    PendingPatient pending = next;
    next = null;
    return pending;
  }
}
