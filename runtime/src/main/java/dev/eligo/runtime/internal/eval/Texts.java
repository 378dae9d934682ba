package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Free-text values: a text result of an observation compared with a text written in the file. */
public final class Texts {
  private Texts() {}

  /** A text written in the criteria file. */
  public static Value<String> constant(String text) {
    return Value.known(text, "\"" + text + "\"", Evidence.none());
  }

  /**
   * Whether two texts are equal ({@code =}) or not ({@code !=}), ignoring case and the spaces
   * around them; unknown when either is unknown.
   */
  public static Truth compare(Value<String> left, ComparisonOp op, Value<String> right) {
    String statement = left.describe() + " " + op.symbol() + " " + right.describe();
    Evidence evidence = left.evidence().and(right.evidence());
    if (!left.isKnown() || !right.isKnown()) {
      List<Missing> missing = new ArrayList<>(left.missing());
      missing.addAll(right.missing());
      return Truth.unknown(statement, missing, evidence);
    }
    boolean equal = normal(left.get()).equals(normal(right.get()));
    if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
      throw new IllegalArgumentException(
          "texts are compared with = and != only, not " + op.symbol());
    }
    return Truth.of(op == ComparisonOp.EQ == equal, statement, evidence);
  }

  private static String normal(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
