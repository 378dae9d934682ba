package dev.eligo.runtime.result;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A three-valued result with its explanation: what was judged, the value, the sub-results that
 * decided it, and, when unknown, the data that would decide it. Immutable.
 *
 * <p>A statement may be given as a {@link Supplier}: an evaluation makes a result at every step but
 * an explanation is read for few of them, so its words are put together the first time they are
 * asked for, from values that never change.
 */
public final class Truth {
  private final TruthValue value;
  // A String, or a Supplier<String> until the statement is first asked for. A race between two
  // readers only writes the same text twice, and a String is safe to publish that way.
  private Object statement;
  private final List<Truth> because;
  private final List<Missing> missing;
  private final Evidence evidence;

  private Truth(
      TruthValue value,
      Object statement,
      List<Truth> because,
      List<Missing> missing,
      Evidence evidence) {
    this.value = Objects.requireNonNull(value, "value");
    this.statement = Objects.requireNonNull(statement, "statement");
    this.because = List.copyOf(because);
    this.missing = value == TruthValue.UNKNOWN ? List.copyOf(missing) : List.of();
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  /** A result of any value. {@code missing} is kept only when the value is unknown. */
  public static Truth of(
      TruthValue value,
      String statement,
      List<Truth> because,
      List<Missing> missing,
      Evidence evidence) {
    return new Truth(value, statement, because, missing, evidence);
  }

  /**
   * As {@link #of(TruthValue, String, List, List, Evidence)}, the statement written when first
   * asked for.
   */
  public static Truth of(
      TruthValue value,
      Supplier<String> statement,
      List<Truth> because,
      List<Missing> missing,
      Evidence evidence) {
    return new Truth(value, statement, because, missing, evidence);
  }

  /** A decided result that rests on no sub-results. */
  public static Truth of(boolean value, String statement, Evidence evidence) {
    return new Truth(TruthValue.of(value), statement, List.of(), List.of(), evidence);
  }

  /** As {@link #of(boolean, String, Evidence)}, the statement written when first asked for. */
  public static Truth of(boolean value, Supplier<String> statement, Evidence evidence) {
    return new Truth(TruthValue.of(value), statement, List.of(), List.of(), evidence);
  }

  /** An undecided result that rests on no sub-results. */
  public static Truth unknown(String statement, List<Missing> missing, Evidence evidence) {
    return new Truth(TruthValue.UNKNOWN, statement, List.of(), missing, evidence);
  }

  /** As {@link #unknown(String, List, Evidence)}, the statement written when first asked for. */
  public static Truth unknown(
      Supplier<String> statement, List<Missing> missing, Evidence evidence) {
    return new Truth(TruthValue.UNKNOWN, statement, List.of(), missing, evidence);
  }

  public TruthValue value() {
    return value;
  }

  /** What was judged, readable by a screener, without the value. */
  public String statement() {
    Object known = statement;
    if (known instanceof String) {
      return (String) known;
    }
    @SuppressWarnings("unchecked")
    String text = Objects.requireNonNull(((Supplier<String>) known).get(), "statement");
    statement = text;
    return text;
  }

  /** The sub-results that decided this one, in order. */
  public List<Truth> because() {
    return because;
  }

  /** The data that would decide an unknown result; empty unless unknown. */
  public List<Missing> missing() {
    return missing;
  }

  public Evidence evidence() {
    return evidence;
  }

  public boolean isTrue() {
    return value == TruthValue.TRUE;
  }

  public boolean isFalse() {
    return value == TruthValue.FALSE;
  }

  public boolean isUnknown() {
    return value == TruthValue.UNKNOWN;
  }

  /** The same result stating a different thing judged. */
  public Truth withStatement(String newStatement) {
    return new Truth(value, newStatement, because, missing, evidence);
  }

  /** As {@link #withStatement(String)}, the statement written when first asked for. */
  public Truth withStatement(Supplier<String> newStatement) {
    return new Truth(value, newStatement, because, missing, evidence);
  }

  /** The same result, with more records behind it. */
  public Truth withEvidence(Evidence more) {
    return new Truth(value, statement, because, missing, evidence.and(more));
  }

  /** The value as explanations print it: {@code true}, {@code false} or {@code unknown}. */
  public String valueText() {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return statement() + ": " + valueText();
  }
}
