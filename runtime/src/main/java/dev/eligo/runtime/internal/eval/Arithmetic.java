package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Arithmetic on quantities with their units, exact except division ({@code DECIMAL128}). Sums and
 * differences convert the right operand into the left's unit; an unknown operand or units that
 * cannot be related give unknown.
 */
public final class Arithmetic {
  private Arithmetic() {}

  /** A number or quantity written in the criteria, e.g. {@code constant("1.5", "1")}. */
  public static Value<Quantity> constant(String value, String unit) {
    return Value.known(Quantity.of(value, unit), Evidence.none());
  }

  /**
   * The value converted to a unit, as a plain number: {@code (latest weight) in 'kg'}. Unknown when
   * the value is, or when its unit cannot be converted (with its concept's molar mass).
   */
  public static Value<Quantity> inUnit(Value<Quantity> value, String unit) {
    Origin origin = value.origin();
    String label = (value.label().isEmpty() ? value.shown() : value.label()) + " in " + unit;
    return value
        .flatMap(
            q -> {
              Conversion converted = origin.converter().convert(q, unit);
              if (converted instanceof Conversion.Converted c) {
                BigDecimal number = c.result().value();
                // The value as shown names its record and date, so that a formula's inputs can be
                // checked.
                return Value.known(
                    Quantity.number(number),
                    Quantity.number(number).shown() + " (" + value.shown() + " in " + unit + ")",
                    Evidence.none());
              }
              return Value.<Quantity>unknown(
                  q + " cannot be converted to " + unit, List.of(), Evidence.none());
            })
        .labelled(label);
  }

  /** The quantity with its sign reversed. */
  public static Value<Quantity> negate(Value<Quantity> a) {
    return a.map(q -> Quantity.of(q.value().negate(), q.unit()));
  }

  public static Value<Quantity> times(Value<Quantity> a, Value<Quantity> b) {
    return combine(
        a,
        b,
        "x",
        (x, y) -> Quantity.of(x.value().multiply(y.value()), product(x.unit(), y.unit())));
  }

  /**
   * The quotient. Two quantities of one kind give a plain number: the left is first converted into
   * the right's unit, with the concepts' molar masses and factors, so that creatinine in umol/L
   * divided by 1 mg/dL is a number however the lab reported it.
   */
  public static Value<Quantity> divide(Value<Quantity> a, Value<Quantity> b) {
    Origin origin = a.origin().or(b.origin());
    return combine(
        a,
        b,
        "/",
        (x, y) -> {
          if (y.value().signum() == 0) {
            return null;
          }
          Quantity left = x;
          if (!isNumber(y.unit()) && !x.unit().equals(y.unit())) {
            Conversion converted = origin.converter().convert(x, y.unit());
            if (converted instanceof Conversion.Converted c) {
              left = c.result();
            }
          }
          BigDecimal value = left.value().divide(y.value(), MathContext.DECIMAL128);
          return Quantity.of(value, quotient(left.unit(), y.unit()));
        });
  }

  public static Value<Quantity> plus(Value<Quantity> a, Value<Quantity> b) {
    return sum(a, b, "+", false);
  }

  public static Value<Quantity> minus(Value<Quantity> a, Value<Quantity> b) {
    return sum(a, b, "-", true);
  }

  private static Value<Quantity> sum(
      Value<Quantity> a, Value<Quantity> b, String symbol, boolean negate) {
    Origin origin = a.origin().or(b.origin());
    return combine(
        a,
        b,
        symbol,
        (x, y) -> {
          Conversion converted = origin.converter().convert(y, x.unit());
          if (!(converted instanceof Conversion.Converted c)) {
            return null;
          }
          BigDecimal right = c.result().value();
          return Quantity.of(negate ? x.value().subtract(right) : x.value().add(right), x.unit());
        });
  }

  private interface Operation {
    /** The result, or {@code null} when it cannot be computed. */
    Quantity apply(Quantity a, Quantity b);
  }

  private static Value<Quantity> combine(
      Value<Quantity> a, Value<Quantity> b, String symbol, Operation operation) {
    Supplier<String> label = () -> operand(a) + " " + symbol + " " + operand(b);
    Evidence evidence = a.evidence().and(b.evidence());
    Origin origin = a.origin().or(b.origin());
    if (!a.isKnown() || !b.isKnown()) {
      List<Missing> missing = new ArrayList<>(a.missing());
      missing.addAll(b.missing());
      Supplier<String> reason = !a.isKnown() ? a::describe : b::describe;
      return Value.unknown(reason, missing, evidence, label, origin);
    }
    Quantity result = operation.apply(a.get(), b.get());
    if (result == null) {
      Supplier<String> reason =
          () -> "cannot compute " + a.shown() + " " + symbol + " " + b.shown();
      return Value.unknown(reason, List.of(), evidence, label, origin);
    }
    // A computed value is shown rounded (the comparison uses the exact value).
    return Value.known(result, result::shown, evidence, label, origin);
  }

  private static String operand(Value<Quantity> v) {
    return v.hasLabel() ? v.label() + " (" + v.shown() + ")" : v.shown();
  }

  private static String product(String a, String b) {
    if (isNumber(a)) {
      return b;
    }
    return isNumber(b) ? a : a + "." + b;
  }

  private static String quotient(String a, String b) {
    if (isNumber(b)) {
      return a;
    }
    if (a.equals(b)) {
      return Quantity.NUMBER_UNIT;
    }
    return (isNumber(a) ? "1" : a) + "/(" + b + ")";
  }

  private static boolean isNumber(String unit) {
    return unit.isEmpty() || unit.equals(Quantity.NUMBER_UNIT);
  }
}
