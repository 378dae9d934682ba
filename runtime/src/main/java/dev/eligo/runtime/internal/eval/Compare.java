package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.ComparisonOutcome;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.QuantityComparison;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Comparisons of values from the record with thresholds and with each other. Units are converted
 * with the concept's declared conversions; nothing is rounded before comparing; a value that cannot
 * be used makes the comparison unknown, with the reason.
 */
public final class Compare {
  private Compare() {}

  /** Two quantities, converting the right into the left's unit. */
  public static Truth quantities(Value<Quantity> left, ComparisonOp op, Value<Quantity> right) {
    if (!left.isKnown() && left.bounds() != null && right.isKnown()) {
      return withinBounds(left, op, right, false);
    }
    if (!right.isKnown() && right.bounds() != null && left.isKnown()) {
      return withinBounds(right, op.mirrored(), left, true);
    }
    if (!left.isKnown() || !right.isKnown()) {
      return unknownOperand(
          () -> left.describe() + " " + op.symbol() + " " + right.describe(), left, right);
    }
    UnitConverter converter = left.origin().converterWith(right.origin());
    Quantity value = left.get();
    ComparisonOutcome outcome =
        QuantityComparison.compare(value.value(), null, value.unit(), op, right.get(), converter);
    Supplier<String> statement = () -> prefix(left) + outcome.shown() + named(right);
    return decide(outcome, statement, left, left.evidence().and(right.evidence()));
  }

  /**
   * An observation's value with a threshold, converted with the concept's molar mass, factors and
   * aliases; a comparator ({@code <20}) decides only when its whole range does.
   */
  public static Truth observation(Value<Observation> left, ComparisonOp op, Value<Quantity> right) {
    if (!left.isKnown() || !right.isKnown()) {
      return unknownOperand(
          () -> left.describe() + " " + op.symbol() + " " + right.describe(), left, right);
    }
    Observation o = left.get();
    Evidence evidence = left.evidence().and(right.evidence());
    ObservationValue v = o.value();
    ComparisonOutcome outcome;
    if (v instanceof ObservationValue.Unusable u) {
      return unusable(
          () -> left.describe() + " " + op.symbol() + " " + right.shown() + named(right),
          u.reason(),
          o,
          left);
    } else if (v instanceof ObservationValue.QuantityValue q) {
      outcome =
          QuantityComparison.compare(
              q.value(), q.comparator(), q.unit(), op, right.get(), left.origin().converter());
    } else if (v instanceof ObservationValue.IntegerValue i) {
      outcome =
          QuantityComparison.compare(
              BigDecimal.valueOf(i.value()),
              null,
              Quantity.NUMBER_UNIT,
              op,
              right.get(),
              left.origin().converter());
    } else {
      String why = Fields.notAs(o, "a quantity");
      return unusable(
          () -> left.describe() + " " + op.symbol() + " " + right.shown() + named(right),
          why,
          o,
          left);
    }
    Supplier<String> statement = () -> prefix(left) + onRecord(outcome.shown(), o) + named(right);
    if (outcome.result() == TruthValue.UNKNOWN) {
      return unusable(statement, outcome.unknownReason(), o, left);
    }
    return Truth.of(outcome.result() == TruthValue.TRUE, statement, evidence);
  }

  /**
   * An unknown quantity that surely lies in an interval (a total with unknown parts) with a known
   * one: decided when the whole interval gives one answer, else unknown with what would decide it.
   */
  private static Truth withinBounds(
      Value<Quantity> bounded, ComparisonOp op, Value<Quantity> other, boolean mirrored) {
    Bounds bounds = bounded.bounds();
    UnitConverter converter = bounded.origin().converterWith(other.origin());
    TruthValue result =
        QuantityComparison.between(
            bounds.low(), bounds.high(), bounds.unit(), op, other.get(), converter);
    Supplier<String> statement =
        () -> {
          String unknown = bounded.describe();
          String known = other.describe();
          ComparisonOp written = mirrored ? op.mirrored() : op;
          return mirrored
              ? known + " " + written.symbol() + " " + unknown
              : unknown + " " + op.symbol() + " " + known;
        };
    Evidence evidence = bounded.evidence().and(other.evidence());
    if (result == TruthValue.UNKNOWN) {
      return unknownOperand(statement, bounded, other);
    }
    return Truth.of(result == TruthValue.TRUE, statement, evidence);
  }

  /** {@code " (label)"} of a named threshold, else nothing. */
  private static String named(Value<Quantity> right) {
    return right.hasLabel() ? " (" + right.label() + ")" : "";
  }

  /**
   * An observation's value with a multiple of the upper limit of normal that came with it: the high
   * end of its normal reference range, in the value's unit (a high without a unit takes the value's
   * unit). No such range, or several with different highs, is unknown.
   */
  public static Truth observationToUln(
      Value<Observation> left, ComparisonOp op, BigDecimal multiple) {
    return observationToLimit(left, op, multiple, true);
  }

  /**
   * An observation's value with a multiple of the lower limit of normal that came with it: the low
   * end of its normal reference range, read as for {@link #observationToUln}.
   */
  public static Truth observationToLln(
      Value<Observation> left, ComparisonOp op, BigDecimal multiple) {
    return observationToLimit(left, op, multiple, false);
  }

  private static Truth observationToLimit(
      Value<Observation> left, ComparisonOp op, BigDecimal multiple, boolean upper) {
    String which = upper ? "upper limit of normal" : "lower limit of normal";
    if (!left.isKnown()) {
      Supplier<String> threshold = () -> threshold(multiple, upper);
      return unknownOperand(
          () -> left.describe() + " " + op.symbol() + " " + threshold.get(),
          left,
          Value.known(multiple, threshold, Evidence.none()));
    }
    Observation o = left.get();
    if (o.value() instanceof ObservationValue.Unusable u) {
      return unusable(
          () -> left.describe() + " " + op.symbol() + " " + threshold(multiple, upper),
          u.reason(),
          o,
          left);
    }
    if (!(o.value() instanceof ObservationValue.QuantityValue q)) {
      String why = Fields.notAs(o, "a quantity");
      return unusable(
          () -> left.describe() + " " + op.symbol() + " " + threshold(multiple, upper),
          why,
          o,
          left);
    }
    UnitConverter converter = left.origin().converter();
    NormalLimit limitOfNormal =
        NormalLimit.of(o, q.unit(), converter, left.origin().concept(), upper);
    if (limitOfNormal.problem() != null) {
      Missing missing = new Missing(which + " of " + o.ref(), "");
      Evidence evidence =
          limitOfNormal.badData()
              ? left.evidence().and(Evidence.unusable(o.ref(), limitOfNormal.problem()))
              : left.evidence();
      return Truth.unknown(
          () ->
              left.describe()
                  + " "
                  + op.symbol()
                  + " "
                  + threshold(multiple, upper)
                  + " ("
                  + limitOfNormal.problem()
                  + ")",
          List.of(missing),
          evidence);
    }
    BigDecimal product = multiple.multiply(limitOfNormal.high().value());
    Quantity limit =
        Quantity.of(
            product.signum() == 0 ? BigDecimal.ZERO : product.stripTrailingZeros(),
            limitOfNormal.high().unit());
    ComparisonOutcome outcome =
        QuantityComparison.compare(q.value(), q.comparator(), q.unit(), op, limit, converter);
    Supplier<String> statement =
        () ->
            prefix(left)
                + onRecord(outcome.shown(), o)
                + ", "
                + threshold(multiple, upper)
                + " "
                + limitOfNormal.high()
                + " from its reference range";
    if (outcome.result() == TruthValue.UNKNOWN) {
      return unusable(statement, outcome.unknownReason(), o, left);
    }
    return Truth.of(outcome.result() == TruthValue.TRUE, statement, left.evidence());
  }

  /** {@code 1.5 x ULN}: a multiple of a limit of normal, as explanations name it. */
  private static String threshold(BigDecimal multiple, boolean upper) {
    return multiple.toPlainString() + " x " + (upper ? "ULN" : "LLN");
  }

  /** A measured span of time with a calendar duration, e.g. a course of 7 days or longer. */
  /** Compares two dates of the record or the file. */
  public static Truth dates(Value<LocalDate> left, ComparisonOp op, Value<LocalDate> right) {
    Supplier<String> statement = () -> left.describe() + " " + op.symbol() + " " + right.describe();
    Evidence evidence = left.evidence().and(right.evidence());
    if (!left.isKnown() || !right.isKnown()) {
      List<Missing> missing = new ArrayList<>(left.missing());
      missing.addAll(right.missing());
      return Truth.unknown(statement, missing, evidence);
    }
    return Truth.of(op.test(left.get().compareTo(right.get())), statement, evidence);
  }

  public static Truth elapsed(Value<Elapsed> left, ComparisonOp op, CalendarDuration right) {
    Supplier<String> statement = () -> left.describe() + " " + op.symbol() + " " + right;
    if (!left.isKnown()) {
      return Truth.unknown(statement, left.missing(), left.evidence());
    }
    TruthValue result = left.get().test(op, right);
    // Only a span with an uncertain start is unknown here: its full start date would decide it.
    List<Missing> missing =
        result == TruthValue.UNKNOWN
            ? List.of(
                new Missing(
                    left.label().startsWith("age")
                        ? "full date of birth"
                        : "exact start of " + left.label(),
                    ""))
            : List.of();
    return Truth.of(result, statement, List.of(), missing, left.evidence());
  }

  private static String prefix(Value<?> left) {
    return left.hasLabel() ? left.label() + ": " : "";
  }

  /**
   * Puts the date and record after the value: {@code 0.9 nmol/L on 2026-11-01 (Observation/t1) <
   * ...}.
   */
  private static String onRecord(String shown, Observation o) {
    String date =
        (o.effective() == null ? "undated" : "on " + o.effective()) + " (" + o.ref() + ")";
    String stated = o.value().toString();
    if (shown.startsWith(stated + " ")) {
      return stated + " " + date + shown.substring(stated.length());
    }
    return shown + " [" + date + "]";
  }

  /** A value that was read but cannot be used: unknown, the record noted, with no fall-back. */
  private static Truth unusable(
      Supplier<String> statement, String why, Observation o, Value<Observation> left) {
    Missing source =
        source(left).isEmpty()
            ? new Missing("a usable value instead of " + o.ref(), "")
            : source(left).get(0);
    return Truth.unknown(
        () -> statement.get() + " (" + why + ")",
        List.of(source),
        left.evidence().and(Evidence.unusable(o.ref(), why)));
  }

  private static Truth decide(
      ComparisonOutcome outcome, Supplier<String> statement, Value<?> left, Evidence evidence) {
    if (outcome.result() == TruthValue.UNKNOWN) {
      return Truth.unknown(
          () -> statement.get() + " (" + outcome.unknownReason() + ")", source(left), evidence);
    }
    return Truth.of(outcome.result() == TruthValue.TRUE, statement, evidence);
  }

  private static Truth unknownOperand(Supplier<String> statement, Value<?> left, Value<?> right) {
    List<Missing> missing = new ArrayList<>(left.missing());
    missing.addAll(right.missing());
    return Truth.unknown(
        statement,
        List.copyOf(new java.util.LinkedHashSet<>(missing)),
        left.evidence().and(right.evidence()));
  }

  private static List<Missing> source(Value<?> value) {
    Missing source = value.origin().source();
    return source == null ? List.of() : List.of(source);
  }
}
