package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Kleene's three-valued connectives. Each result keeps as its reasons only the parts that decided
 * it: for a false {@code and} the false parts, for an unknown one the unknown parts, whose missing
 * data are joined.
 */
public final class Logic {
  private Logic() {}

  /** True when both are true; false when either is false; otherwise unknown. */
  public static Truth and(Truth a, Truth b) {
    return combineTwo("all of", a, b, TruthValue.FALSE, TruthValue.TRUE);
  }

  /** True when either is true; false when both are false; otherwise unknown. */
  public static Truth or(Truth a, Truth b) {
    return combineTwo("any of", a, b, TruthValue.TRUE, TruthValue.FALSE);
  }

  /** True when every part is true; false when any is false; otherwise unknown. */
  public static Truth and(Truth... parts) {
    return and(List.of(parts));
  }

  /** True when every part is true; false when any is false; otherwise unknown. */
  public static Truth and(List<Truth> parts) {
    return combine("all of", parts, TruthValue.FALSE, TruthValue.TRUE, Evidence.none());
  }

  /** True when any part is true; false when every part is false; otherwise unknown. */
  public static Truth or(Truth... parts) {
    return or(List.of(parts));
  }

  /** True when any part is true; false when every part is false; otherwise unknown. */
  public static Truth or(List<Truth> parts) {
    return combine("any of", parts, TruthValue.TRUE, TruthValue.FALSE, Evidence.none());
  }

  /** The opposite of a decided result; unknown stays unknown. */
  /** Whether a value could not be told: true for an unknown value, with its reason. */
  public static Truth isUnknown(Value<?> value) {
    return Truth.of(!value.isKnown(), () -> value.describe() + " is unknown", value.evidence());
  }

  /** Whether a truth could not be told. */
  public static Truth isUnknown(Truth truth) {
    return Truth.of(
        TruthValue.of(truth.isUnknown()),
        () -> truth.statement() + " is unknown",
        List.of(truth),
        List.of(),
        truth.evidence());
  }

  public static Truth not(Truth t) {
    TruthValue negated = t.isUnknown() ? TruthValue.UNKNOWN : TruthValue.of(!t.isTrue());
    return Truth.of(negated, "not", List.of(t), t.missing(), t.evidence());
  }

  /**
   * The branch the condition chooses; when the condition is unknown, the value both branches agree
   * on, else unknown. Explained as the condition that chose: "given PSA ... (false): true".
   */
  public static Truth ifThenElse(Truth condition, Supplier<Truth> then, Supplier<Truth> otherwise) {
    if (!condition.isUnknown()) {
      Truth chosen = condition.isTrue() ? then.get() : otherwise.get();
      Evidence evidence = condition.evidence().and(chosen.evidence());
      if (isConstant(chosen) && chosen.value() == condition.value()) {
        return condition; // "if the latest result is positive then true": the condition says it all
      }
      Supplier<String> statement =
          () -> "given " + condition.statement() + " (" + condition.valueText() + ")";
      List<Truth> because = isConstant(chosen) ? condition.because() : List.of(chosen);
      return Truth.of(chosen.value(), statement, because, chosen.missing(), evidence);
    }
    Truth a = then.get();
    Truth b = otherwise.get();
    Evidence evidence = Evidence.merge(List.of(condition.evidence(), a.evidence(), b.evidence()));
    List<Truth> branches = new ArrayList<>(List.of(condition));
    if (!isConstant(a)) {
      branches.add(a);
    }
    if (!isConstant(b)) {
      branches.add(b);
    }
    if (a.value() == b.value() && !a.isUnknown()) {
      return Truth.of(
          a.value(),
          () -> "whether or not " + condition.statement(),
          branches,
          List.of(),
          evidence);
    }
    List<Missing> missing = union(List.of(condition, a, b));
    return Truth.of(
        TruthValue.UNKNOWN,
        () -> "depends on " + condition.statement() + ", which is unknown",
        branches,
        missing,
        evidence);
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
        () ->
            "depends on "
                + condition.statement()
                + ", which is unknown ("
                + a.describe()
                + " or "
                + b.describe()
                + ")",
        distinct(missing),
        evidence);
  }

  private static final Truth TRUE = Truth.of(true, "true", Evidence.none());
  private static final Truth FALSE = Truth.of(false, "false", Evidence.none());

  /** {@code let name = value in body}: the body of a value computed once. */
  public static <T, R> R let(T value, Function<T, R> body) {
    return body.apply(value);
  }

  /** A decided result written in the criteria file. */
  public static Truth constant(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Whether a result is a {@code true} or {@code false} written in the file, which explains
   * nothing.
   */
  static boolean isConstant(Truth t) {
    return t == TRUE || t == FALSE;
  }

  /** Whether a value could be told: true for a known value. */
  public static Truth isKnown(Value<?> value) {
    return Truth.of(value.isKnown(), () -> value.describe() + " is known", value.evidence());
  }

  /** Whether a truth could be told. */
  public static Truth isKnown(Truth truth) {
    return Truth.of(
        TruthValue.of(!truth.isUnknown()),
        () -> truth.statement() + " is known",
        List.of(truth),
        List.of(),
        truth.evidence());
  }

  /**
   * A truth about a value that may be unknown, such as one list among several runs: the test's
   * result when the value is known, else unknown with the value's reason and missing data.
   */
  public static <T> Truth given(Value<T> value, Function<T, Truth> test) {
    if (!value.isKnown()) {
      return Truth.unknown(value::describe, value.missing(), value.evidence());
    }
    return test.apply(value.get()).withEvidence(value.evidence());
  }

  /** A value read from a value that may be unknown; unknown stays unknown, with its reason. */
  public static <T, R> Value<R> then(Value<T> value, Function<T, Value<R>> read) {
    return value.flatMap(read);
  }

  /** A list computed from a value that may be unknown, held as one value. */
  public static <T, R> Value<Items<R>> thenList(Value<T> value, Function<T, Items<R>> compute) {
    return value.flatMap(known -> Lists.single(compute.apply(known)));
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

  /**
   * As {@link #or(List)}, stated as the supplier writes it, resting first on {@code leading} (the
   * evidence of the list the parts are about).
   */
  static Truth anyOf(Supplier<String> statement, List<Truth> parts, Evidence leading) {
    return combine(statement, parts, TruthValue.TRUE, TruthValue.FALSE, leading);
  }

  /** As {@link #and(List)}, stated and resting first on what is given, as for {@link #anyOf}. */
  static Truth allOf(Supplier<String> statement, List<Truth> parts, Evidence leading) {
    return combine(statement, parts, TruthValue.FALSE, TruthValue.TRUE, leading);
  }

  /** The statement is a String or a Supplier of one. */
  private static Truth combine(
      Object statement,
      List<Truth> parts,
      TruthValue dominant,
      TruthValue neutral,
      Evidence leading) {
    TruthValue result = neutral;
    int deciding = 0;
    for (int i = 0; i < parts.size(); i++) {
      Truth part = parts.get(i);
      if (part.value() == dominant) {
        result = dominant;
        break;
      }
      if (part.isUnknown()) {
        result = TruthValue.UNKNOWN;
      }
    }
    // The parts of the result's value decide it; all of them when it is the neutral one.
    List<Truth> because;
    if (result == neutral) {
      because = parts;
    } else {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).value() == result) {
          deciding++;
        }
      }
      because = deciding == parts.size() ? parts : partsOf(parts, result, deciding);
    }
    return combined(statement, result, because, leading);
  }

  /** As {@link #combine}, for two parts: without a list of them unless both decide. */
  private static Truth combineTwo(
      String statement, Truth a, Truth b, TruthValue dominant, TruthValue neutral) {
    TruthValue result;
    if (a.value() == dominant || b.value() == dominant) {
      result = dominant;
    } else {
      result = a.isUnknown() || b.isUnknown() ? TruthValue.UNKNOWN : neutral;
    }
    boolean aDecides = a.value() == result;
    boolean bDecides = b.value() == result;
    List<Truth> because = aDecides && bDecides ? List.of(a, b) : List.of(aDecides ? a : b);
    return combined(statement, result, because, Evidence.none());
  }

  /** The result of the parts that decided it, resting on them after {@code leading}. */
  @SuppressWarnings("unchecked")
  private static Truth combined(
      Object statement, TruthValue result, List<Truth> because, Evidence leading) {
    Evidence evidence = leading;
    for (int i = 0; i < because.size(); i++) {
      evidence = evidence.and(because.get(i).evidence());
    }
    // Only an unknown result keeps missing data (Truth drops it otherwise): none is gathered for
    // nothing.
    List<Missing> missing = result == TruthValue.UNKNOWN ? union(because) : List.of();
    return statement instanceof String text
        ? Truth.of(result, text, because, missing, evidence)
        : Truth.of(result, (Supplier<String>) statement, because, missing, evidence);
  }

  /** The {@code count} parts of the given value, in order. */
  private static List<Truth> partsOf(List<Truth> parts, TruthValue value, int count) {
    if (count == 1) {
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).value() == value) {
          return List.of(parts.get(i));
        }
      }
    }
    Truth[] found = new Truth[count];
    int next = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).value() == value) {
        found[next++] = parts.get(i);
      }
    }
    return Arrays.asList(found); // copied once, by Truth
  }

  private static List<Missing> union(List<Truth> parts) {
    List<Missing> all = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Truth part = parts.get(i);
      if (part.isUnknown()) {
        List<Missing> missing = part.missing();
        for (int j = 0; j < missing.size(); j++) {
          if (!all.contains(missing.get(j))) {
            all.add(missing.get(j));
          }
        }
      }
    }
    return all;
  }

  private static List<Missing> distinct(List<Missing> missing) {
    return List.copyOf(new LinkedHashSet<>(missing));
  }
}
