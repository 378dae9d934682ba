package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Truth;
import java.util.Objects;

/** Two consecutive items of a list, such as two measurements of a series one after the other. */
public final class Pair<T> {
  private final T earlier;
  private final T later;
  private final Origin origin;
  // Each is read once per field a criterion reads of it; made when first read (immutable, so a
  // race between threads only makes one twice).
  private Value<T> previous;
  private Value<T> next;
  // The last test asked of this pair as a value, and its answer (see Lists.answer): a test is a
  // function of the pair alone, so one asked again gives the same answer. Remembered only for the
  // pairs of one evaluation, which runs on one thread.
  private Object lastTest;
  private Truth lastAnswer;

  Pair(T earlier, T later, Origin origin) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
    this.later = Objects.requireNonNull(later, "later");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** The first of the two. */
  public Value<T> previous() {
    Value<T> made = previous;
    if (made == null) {
      made = Items.itemValue(earlier, origin);
      previous = made;
    }
    return made;
  }

  /** The second of the two. */
  public Value<T> next() {
    Value<T> made = next;
    if (made == null) {
      made = Items.itemValue(later, origin);
      next = made;
    }
    return made;
  }

  Origin origin() {
    return origin;
  }

  /** What the test said of this pair, if it was the last asked; else null. */
  Truth recall(Object test) {
    return lastTest == test ? lastAnswer : null;
  }

  void remember(Object test, Truth answer) {
    lastAnswer = answer;
    lastTest = test;
  }

  T earlier() {
    return earlier;
  }

  T later() {
    return later;
  }

  @Override
  public String toString() {
    return Show.of(earlier) + " then " + Show.of(later);
  }
}
