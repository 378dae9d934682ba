package dev.eligo.runtime.record;

import java.util.Objects;

/**
 * A part of the source data that could not be read into the record (a malformed date, a value of
 * the wrong type, a resource that could not be parsed at all). Kept so that results can say which
 * data were unusable rather than ignore them.
 *
 * <p>A problem names the record it belongs to by {@link #ref()}. Unless it is only {@linkplain
 * Effect#NOTED noted}, every record with that reference is read as possibly wrong: an evaluation
 * counts it as an unknown member of each concept its codes match, and of every concept of its kind
 * when it has no codes (they could not be read), so a verdict that depends on it needs review.
 */
public record RecordProblem(RecordRef ref, String message, Effect effect) {

  /** What a problem does to the record it names. */
  public enum Effect {
    /**
     * Said for the reader only: what the record says was read in full (an identical duplicate read
     * once).
     */
    NOTED,
    /** Part of the record could not be read: the record may or may not count wherever it could. */
    UNUSABLE
  }

  public RecordProblem {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(effect, "effect");
  }

  /** A problem that makes the record unusable as read, the usual kind. */
  public RecordProblem(RecordRef ref, String message) {
    this(ref, message, Effect.UNUSABLE);
  }

  /** A problem said for the reader only; the record is used as read. */
  public static RecordProblem noted(RecordRef ref, String message) {
    return new RecordProblem(ref, message, Effect.NOTED);
  }

  /** Whether the records this problem names may not be taken as read. */
  public boolean makesRecordUnusable() {
    return effect == Effect.UNUSABLE;
  }

  @Override
  public String toString() {
    return ref + ": " + message;
  }
}
