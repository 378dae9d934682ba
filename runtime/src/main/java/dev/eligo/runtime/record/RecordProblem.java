package dev.eligo.runtime.record;

import java.util.Objects;

/**
 * A part of the source data that could not be read into the record (a malformed date, a value of
 * the wrong type). Kept so that results can say which data were unusable rather than ignore them.
 */
public record RecordProblem(RecordRef ref, String message) {
  public RecordProblem {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return ref + ": " + message;
  }
}
