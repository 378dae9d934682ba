package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value read or computed from the record: known, or unknown with the reason and the data that
 * would decide it. Always carries its evidence and a readable description, e.g.
 * {@code latest serum testosterone in 2026-08-26..2026-11-24: 0.9 nmol/L on 2026-11-01
 * (Observation/t1)}. Immutable.
 *
 * @param <T> what the value is: a quantity, a date, a record, a point of a series...
 */
public final class Value<T> {
  private final T value;
  private final String label;
  private final String shown;
  private final List<Missing> missing;
  private final Evidence evidence;
  private final Origin origin;

  private Value(
      T value, String label, String shown, List<Missing> missing, Evidence evidence,
      Origin origin) {
    this.value = value;
    this.label = Objects.requireNonNull(label, "label");
    this.shown = Objects.requireNonNull(shown, "shown");
    this.missing = List.copyOf(missing);
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** A known value, shown as explanations render its type. */
  public static <T> Value<T> known(T value, Evidence evidence) {
    return known(value, Show.of(value), evidence);
  }

  /** A known value written in the criteria file (a threshold, a date): no record behind it. */
  public static <T> Value<T> of(T value) {
    return known(value, Evidence.none());
  }

  /** A known value shown as given. */
  public static <T> Value<T> known(T value, String shown, Evidence evidence) {
    Objects.requireNonNull(value, "value");
    return new Value<>(value, "", shown, List.of(), evidence, Origin.NONE);
  }

  /** An unknown value: why, and the data that would decide it. */
  public static <T> Value<T> unknown(String reason, List<Missing> missing, Evidence evidence) {
    return new Value<>(null, "", reason, missing, evidence, Origin.NONE);
  }

  public boolean isKnown() {
    return value != null;
  }

  /**
   * The value itself; call only when {@link #isKnown()}.
   *
   * @throws NoSuchElementException when the value is unknown
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException("unknown value: " + describe());
    }
    return value;
  }

  /** What this is, e.g. {@code latest PSA in 2025-11-24..2026-11-24}; empty when not named. */
  public String label() {
    return label;
  }

  /** The value as shown to a screener, or for an unknown value the reason. */
  public String shown() {
    return shown;
  }

  /** Why the value is unknown; empty when it is known. */
  public String reason() {
    return isKnown() ? "" : shown;
  }

  /** The data that would decide an unknown value; empty when it is known. */
  public List<Missing> missing() {
    return missing;
  }

  public Evidence evidence() {
    return evidence;
  }

  /** The label and the value (or the reason it is unknown), as explanations print it. */
  public String describe() {
    return label.isEmpty() ? shown : label + ": " + shown;
  }

  /** The same value, named. */
  public Value<T> labelled(String newLabel) {
    return new Value<>(value, newLabel, shown, missing, evidence, origin);
  }

  /** The same value with more evidence. */
  public Value<T> withEvidence(Evidence more) {
    return new Value<>(value, label, shown, missing, evidence.and(more), origin);
  }

  /** The function of a known value (keeping evidence and origin); unknown stays unknown. */
  public <R> Value<R> map(Function<? super T, ? extends R> f) {
    if (!isKnown()) {
      return new Value<>(null, label, shown, missing, evidence, origin);
    }
    R result = f.apply(value);
    if (result == null) {
      return new Value<>(null, label, "no value", missing, evidence, origin);
    }
    return new Value<>(result, label, Show.of(result), List.of(), evidence, origin);
  }

  /**
   * The value a function reads from a known value, e.g. a point's date; its evidence and missing
   * data join this one's. Unknown stays unknown.
   */
  public <R> Value<R> flatMap(Function<? super T, Value<R>> f) {
    if (!isKnown()) {
      return new Value<>(null, label, shown, missing, evidence, origin);
    }
    Value<R> result = f.apply(value);
    List<Missing> joined = new ArrayList<>(missing);
    joined.addAll(result.missing);
    String newLabel = result.label.isEmpty() ? label : result.label;
    return new Value<>(result.value, newLabel, result.shown, joined, evidence.and(result.evidence),
        result.origin.or(origin));
  }

  Origin origin() {
    return origin;
  }

  Value<T> withOrigin(Origin newOrigin) {
    return new Value<>(value, label, shown, missing, evidence, newOrigin.or(origin));
  }

  @Override
  public String toString() {
    return describe();
  }
}
