package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A value read or computed from the record: known, or unknown with the reason and the data that
 * would decide it. Always carries its evidence and a readable description, e.g. {@code latest serum
 * testosterone in 2026-08-26..2026-11-24: 0.9 nmol/L on 2026-11-01 (Observation/t1)}, written the
 * first time it is asked for. Immutable.
 *
 * @param <T> what the value is: a quantity, a date, a record, a point of a series...
 */
public final class Value<T> {
  private final T value;
  // Label and shown text are a String or a Supplier<String> (see Text) until first asked for; a
  // race between readers only writes the same words twice. No label is null, never "".
  private Object label;
  // null for a known value shown as explanations render its type (Show.of).
  private Object shown;
  private final List<Missing> missing;
  private final Evidence evidence;
  private final Origin origin;
  // What is known of an unknown quantity (a total with unknown parts), or null.
  private final Bounds bounds;

  private Value(
      T value,
      Object label,
      Object shown,
      List<Missing> missing,
      Evidence evidence,
      Origin origin) {
    this(value, label, shown, missing, evidence, origin, null);
  }

  private Value(
      T value,
      Object label,
      Object shown,
      List<Missing> missing,
      Evidence evidence,
      Origin origin,
      Bounds bounds) {
    this.bounds = bounds;
    this.value = value;
    this.label = label;
    this.shown = shown;
    this.missing = List.copyOf(missing);
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** A known value, shown as explanations render its type. */
  public static <T> Value<T> known(T value, Evidence evidence) {
    Objects.requireNonNull(value, "value");
    return new Value<>(value, null, null, List.of(), evidence, Origin.NONE);
  }

  /** A known value written in the criteria file (a threshold, a date): no record behind it. */
  public static <T> Value<T> of(T value) {
    return known(value, Evidence.none());
  }

  /** A known value shown as given. */
  public static <T> Value<T> known(T value, String shown, Evidence evidence) {
    Objects.requireNonNull(value, "value");
    return new Value<>(
        value, null, Objects.requireNonNull(shown, "shown"), List.of(), evidence, Origin.NONE);
  }

  /** A known value shown as the supplier writes it, when first asked for. */
  static <T> Value<T> known(T value, Supplier<String> shown, Evidence evidence) {
    Objects.requireNonNull(value, "value");
    return new Value<>(
        value, null, Objects.requireNonNull(shown, "shown"), List.of(), evidence, Origin.NONE);
  }

  /** A known value, named as the supplier writes it, from where the origin says: one object. */
  static <T> Value<T> known(T value, Evidence evidence, Supplier<String> label, Origin origin) {
    Objects.requireNonNull(value, "value");
    return new Value<>(value, label, null, List.of(), evidence, origin);
  }

  /** A known value shown and named as the suppliers write them, from where the origin says. */
  static <T> Value<T> known(
      T value, Supplier<String> shown, Evidence evidence, Supplier<String> label, Origin origin) {
    Objects.requireNonNull(value, "value");
    return new Value<>(
        value, label, Objects.requireNonNull(shown, "shown"), List.of(), evidence, origin);
  }

  /** A known value from where the origin says, not named. */
  static <T> Value<T> known(T value, Evidence evidence, Origin origin) {
    Objects.requireNonNull(value, "value");
    return new Value<>(value, null, null, List.of(), evidence, origin);
  }

  /** An unknown value (the reason a String or a Supplier), named, from where the origin says. */
  static <T> Value<T> unknown(
      Object reason,
      List<Missing> missing,
      Evidence evidence,
      Supplier<String> label,
      Origin origin) {
    return new Value<>(
        null, label, Objects.requireNonNull(reason, "reason"), missing, evidence, origin);
  }

  /** An unknown value: why, and the data that would decide it. */
  public static <T> Value<T> unknown(String reason, List<Missing> missing, Evidence evidence) {
    return new Value<>(
        null, null, Objects.requireNonNull(reason, "reason"), missing, evidence, Origin.NONE);
  }

  /** An unknown value, the reason written when first asked for. */
  static <T> Value<T> unknown(Supplier<String> reason, List<Missing> missing, Evidence evidence) {
    return new Value<>(
        null, null, Objects.requireNonNull(reason, "reason"), missing, evidence, Origin.NONE);
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
    String text = Text.orEmpty(label);
    if (label != null) {
      label = text; // written once; null stays null, for not named
    }
    return text;
  }

  /** Whether the value is named (its {@link #label()} is not empty), without writing the name. */
  boolean hasLabel() {
    return label != null;
  }

  /** The value as shown to a screener, or for an unknown value the reason. */
  public String shown() {
    Object known = shown;
    if (known instanceof String) {
      return (String) known;
    }
    String text = known == null ? Show.of(value) : Text.of(known);
    shown = text;
    return text;
  }

  /** Why the value is unknown; empty when it is known. */
  public String reason() {
    return isKnown() ? "" : shown();
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
    return hasLabel() ? label() + ": " + shown() : shown();
  }

  /** The same value, named. */
  public Value<T> labelled(String newLabel) {
    return new Value<>(
        value, newLabel.isEmpty() ? null : newLabel, shown, missing, evidence, origin, bounds);
  }

  /** The same value, named as the supplier writes it (never empty), when first asked for. */
  Value<T> labelled(Supplier<String> newLabel) {
    return new Value<>(value, newLabel, shown, missing, evidence, origin, bounds);
  }

  /** The same value, named as the other is (or not named, when it is not). */
  Value<T> labelledAs(Value<?> other) {
    return new Value<>(value, other.label, shown, missing, evidence, origin, bounds);
  }

  /** The same value with more evidence, named as the supplier writes it: one object. */
  Value<T> labelled(Supplier<String> newLabel, Evidence more) {
    return new Value<>(value, newLabel, shown, missing, evidence.and(more), origin, bounds);
  }

  /** The same value with more evidence. */
  public Value<T> withEvidence(Evidence more) {
    return new Value<>(value, label, shown, missing, evidence.and(more), origin, bounds);
  }

  /**
   * The same unknown value, with the interval it surely lies in (a total of which some parts are
   * unknown): a comparison that holds, or fails, over the whole interval is decided by it.
   */
  Value<T> within(Bounds known) {
    return new Value<>(value, label, shown, missing, evidence, origin, known);
  }

  /** The interval an unknown quantity surely lies in, or null when nothing is known of it. */
  Bounds bounds() {
    return bounds;
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
    return new Value<>(result, label, null, List.of(), evidence, origin);
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
    // Nothing of this value to add to the one read from it: that one is the answer (values are
    // immutable and never compared by identity).
    if ((label == null || result.label != null)
        && missing.isEmpty()
        && evidence.isEmpty()
        && (origin == Origin.NONE || origin == result.origin)) {
      return result;
    }
    List<Missing> joined;
    if (missing.isEmpty()) {
      joined = result.missing;
    } else {
      joined = new ArrayList<>(missing);
      joined.addAll(result.missing);
    }
    Object newLabel = result.label == null ? label : result.label;
    return new Value<>(
        result.value,
        newLabel,
        result.shown,
        joined,
        evidence.and(result.evidence),
        result.origin.or(origin));
  }

  Origin origin() {
    return origin;
  }

  Value<T> withOrigin(Origin newOrigin) {
    return new Value<>(value, label, shown, missing, evidence, newOrigin.or(origin), bounds);
  }

  @Override
  public String toString() {
    return describe();
  }
}
