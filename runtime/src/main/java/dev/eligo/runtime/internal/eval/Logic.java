package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Kleene's three-valued connectives. Each result keeps as its reasons only the parts that decided
 * it: for a false {@code and} the false parts, for an unknown one the unknown parts, whose
 * missing data are joined.
 */
public final class Logic {
  private Logic() {}

  /** True when every part is true; false when any is false; otherwise unknown. */
  public static Truth and(Truth... parts) {
    return and(List.of(parts));
  }

  /** True when every part is true; false when any is false; otherwise unknown. */
  public static Truth and(List<Truth> parts) {
    return combine("all of", parts, TruthValue.FALSE, TruthValue.TRUE);
  }

  /** True when any part is true; false when every part is false; otherwise unknown. */
  public static Truth or(Truth... parts) {
    return or(List.of(parts));
  }

  /** True when any part is true; false when every part is false; otherwise unknown. */
  public static Truth or(List<Truth> parts) {
    return combine("any of", parts, TruthValue.TRUE, TruthValue.FALSE);
  }

  /** The opposite of a decided result; unknown stays unknown. */
  /** Whether a value could not be told: true for an unknown value, with its reason. */
  public static Truth isUnknown(Value<?> value) {
    String statement = value.describe() + " is unknown";
    return Truth.of(!value.isKnown(), statement, value.evidence());
  }

  /** Whether a truth could not be told. */
  public static Truth isUnknown(Truth truth) {
    return Truth.of(TruthValue.of(truth.isUnknown()), truth.statement() + " is unknown", List.of(truth), List.of(),
        truth.evidence());
  }

  public static Truth not(Truth t) {
    TruthValue negated =
        t.isUnknown() ? TruthValue.UNKNOWN : TruthValue.of(!t.isTrue());
    return Truth.of(negated, "not", List.of(t), t.missing(), t.evidence());
  }

  /**
   * The branch the condition chooses; when the condition is unknown, the value both branches
   * agree on, else unknown.
   */
  public static Truth ifThenElse(Truth condition, Supplier<Truth> then, Supplier<Truth> otherwise) {
    // The condition is shown as the first reason, so the statement need not repeat it.
    String statement = "if ... then ... else";
    Truth asked = labelled("if: ", condition);
    if (!condition.isUnknown()) {
      Truth chosen = condition.isTrue()
          ? labelled("then: ", then.get())
          : labelled("else: ", otherwise.get());
      return Truth.of(chosen.value(), statement, List.of(asked, chosen), chosen.missing(),
          condition.evidence().and(chosen.evidence()));
    }
    Truth a = labelled("then: ", then.get());
    Truth b = labelled("else: ", otherwise.get());
    Evidence evidence = Evidence.merge(List.of(condition.evidence(), a.evidence(), b.evidence()));
    if (a.value() == b.value() && !a.isUnknown()) {
      return Truth.of(a.value(), statement + " (either way)", List.of(asked, a, b), List.of(),
          evidence);
    }
    List<Missing> missing = union(List.of(asked, a, b));
    return Truth.of(TruthValue.UNKNOWN, statement, List.of(asked, a, b), missing, evidence);
  }

  /**
   * The value the condition chooses; when the condition is unknown, the value both branches agree
   * on, else unknown.
   */
  public static <T> Value<T> choose(
      Truth condition, Supplier<Value<T>> then, Supplier<Value<T>> otherwise) {
    if (condition.isTrue()) {
      return then.get().withEvidence(condition.evidence());
    }
    if (condition.isFalse()) {
      return otherwise.get().withEvidence(condition.evidence());
    }
    Value<T> a = then.get();
    Value<T> b = otherwise.get();
    Evidence evidence = Evidence.merge(List.of(condition.evidence(), a.evidence(), b.evidence()));
    if (a.isKnown() && b.isKnown() && Objects.equals(a.get(), b.get())) {
      return a.withEvidence(evidence);
    }
    List<Missing> missing = new ArrayList<>(condition.missing());
    missing.addAll(a.missing());
    missing.addAll(b.missing());
    return Value.unknown(
        "depends on " + condition.statement() + ", which is unknown ("
            + a.describe() + " or " + b.describe() + ")",
        distinct(missing), evidence);
  }

  /** A decided result. */
  public static Truth constant(boolean value) {
    return Truth.of(value, String.valueOf(value), Evidence.none());
  }

  /** An undecided result, saying why. */
  public static Truth unknown(String reason) {
    return Truth.unknown(reason, List.of(), Evidence.none());
  }

  /**
   * Unknown for a reason the criteria state, with the data that would decide it: more of what the
   * list looked for, where it looked ("PSA in 2025-11-24..2026-11-24").
   */
  public static Truth unknown(String reason, Items<?>... lookedFor) {
    List<Missing> missing = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Items<?> items : lookedFor) {
      missing.add(items.missing());
      evidence.add(items.evidence());
    }
    return Truth.unknown(reason, missing, Evidence.merge(evidence));
  }

  /** Labels a definition's or a criterion's result; the labelled result is its only reason. */
  public static Truth named(String label, Truth t) {
    return Truth.of(t.value(), label, List.of(t), t.missing(), t.evidence());
  }

  private static Truth labelled(String prefix, Truth t) {
    return t.withStatement(prefix + t.statement());
  }

  private static Truth combine(
      String statement, List<Truth> parts, TruthValue dominant, TruthValue neutral) {
    TruthValue result = neutral;
    for (Truth part : parts) {
      if (part.value() == dominant) {
        result = dominant;
        break;
      }
      if (part.isUnknown()) {
        result = TruthValue.UNKNOWN;
      }
    }
    List<Truth> deciding = new ArrayList<>();
    for (Truth part : parts) {
      if (result == neutral || part.value() == result) {
        deciding.add(part);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    deciding.forEach(t -> evidence.add(t.evidence()));
    return Truth.of(result, statement, deciding, union(deciding), Evidence.merge(evidence));
  }

  private static List<Missing> union(List<Truth> parts) {
    List<Missing> all = new ArrayList<>();
    for (Truth part : parts) {
      if (part.isUnknown()) {
        all.addAll(part.missing());
      }
    }
    return distinct(all);
  }

  private static List<Missing> distinct(List<Missing> missing) {
    return List.copyOf(new LinkedHashSet<>(missing));
  }
}
