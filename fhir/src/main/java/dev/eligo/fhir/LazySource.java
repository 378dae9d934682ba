package dev.eligo.fhir;

import java.util.NoSuchElementException;

/**
 * A {@link PatientSource} that computes each result only when asked for it. Subclasses return the
 * next result from {@link #computeNext()}, or {@code null} at the end.
 */
abstract class LazySource implements PatientSource {
  private PatientReadResult next;
  private boolean done;

  /** The next result, or {@code null} when there are no more. Must not throw for bad input. */
  abstract PatientReadResult computeNext();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = computeNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final PatientReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    PatientReadResult result = next;
    next = null;
    return result;
  }
}
