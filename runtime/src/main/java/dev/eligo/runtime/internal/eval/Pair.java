package dev.eligo.runtime.internal.eval;

import java.util.Objects;

/** Two consecutive items of a list, such as two measurements of a series one after the other. */
public final class Pair<T> {
  private final T earlier;
  private final T later;
  private final Origin origin;

  Pair(T earlier, T later, Origin origin) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
    this.later = Objects.requireNonNull(later, "later");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** The first of the two. */
  public Value<T> previous() {
    return Value.known(earlier, Timing.usedItem(earlier), origin);
  }

  /** The second of the two. */
  public Value<T> next() {
    return Value.known(later, Timing.usedItem(later), origin);
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
