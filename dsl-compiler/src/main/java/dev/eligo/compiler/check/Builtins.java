package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions of the language: general list and series operations from which authors build
 * rules such as PSA progression. Each takes typed arguments and gives a typed result.
 */
public final class Builtins {
  /** Each function and how it is called, for messages and documentation. */
  public static final Map<String, String> SIGNATURES = new TreeMap<>(Map.of(
      "series", "series(observations): their values in time order, one point per date",
      "runs", "runs(list, n): every run of n consecutive items",
      "pairs", "pairs(list): every two consecutive items, as previous and next",
      "rest", "rest(list): all items but the first",
      "first", "first(list): the first item",
      "last", "last(list): the last item",
      "min", "min(points): the point with the lowest value",
      "max", "max(points): the point with the highest value",
      "upTo", "upTo(points, point): the points at or before that point",
      "courses", "courses(medications): uses merged into courses of treatment per route"));

  private final DiagnosticSink sink;

  Builtins(DiagnosticSink sink) {
    this.sink = sink;
  }

  /** The result type of a call whose arguments have these types; reports what is wrong. */
  Type resultOf(Expr.Call call, List<Type> arguments) {
    String name = call.function().text();
    if (!SIGNATURES.containsKey(name)) {
      sink.report(DiagnosticCode.UNKNOWN_FUNCTION, call.function().span(),
          "there is no function '" + name + "'; the functions are " + String.join(", ", SIGNATURES.keySet()));
      return Type.ERROR;
    }
    int expected = name.equals("runs") || name.equals("upTo") ? 2 : 1;
    if (arguments.size() != expected) {
      sink.report(DiagnosticCode.WRONG_ARGUMENTS, call.span(),
          name + " takes " + expected + " argument" + (expected == 1 ? "" : "s") + ", not " + arguments.size()
              + ": " + SIGNATURES.get(name));
      return Type.ERROR;
    }
    if (arguments.stream().anyMatch(Type::isError)) {
      return Type.ERROR;
    }
    Type list = arguments.get(0);
    if (!(list instanceof ListOf listOf)) {
      return wrong(call.arguments().get(0), name, "a list", list);
    }
    Type element = listOf.element();
    switch (name) {
      case "series":
        if (!(element instanceof RecordType record && record.kind() == RecordKind.OBSERVATION
            && record.valueType() instanceof Type.Quantity)) {
          return wrong(call.arguments().get(0), name, "observations with numeric values", list);
        }
        return new ListOf(new RecordType(RecordKind.POINT, record.observation()));
      case "runs":
        if (!isPositiveWholeNumber(call.arguments().get(1))) {
          sink.report(DiagnosticCode.TYPE_MISMATCH, call.arguments().get(1).span(),
              "the length of a run must be a whole number of at least 1, written in the file");
          return Type.ERROR;
        }
        return new ListOf(list);
      case "pairs":
        return new ListOf(new Type.Pair(element));
      case "rest":
        return list;
      case "first":
      case "last":
        return element;
      case "min":
      case "max":
        if (!Fields.isRecordOf(element, RecordKind.POINT)) {
          return wrong(call.arguments().get(0), name, "a series of points", list);
        }
        return element;
      case "upTo":
        if (!Fields.isRecordOf(element, RecordKind.POINT)) {
          return wrong(call.arguments().get(0), name, "a series of points", list);
        }
        if (!Fields.isRecordOf(arguments.get(1), RecordKind.POINT)) {
          return wrong(call.arguments().get(1), name, "a point", arguments.get(1));
        }
        return list;
      case "courses":
        if (!Fields.isRecordOf(element, RecordKind.MEDICATION)) {
          return wrong(call.arguments().get(0), name, "medication uses", list);
        }
        return new ListOf(new RecordType(RecordKind.COURSE, null));
      default:
        throw new AssertionError(name);
    }
  }

  private Type wrong(Expr argument, String function, String expected, Type actual) {
    sink.report(DiagnosticCode.TYPE_MISMATCH, argument.span(),
        function + " needs " + expected + ", not " + Type.withArticle(actual) + ": " + SIGNATURES.get(function));
    return Type.ERROR;
  }

  static boolean isPositiveWholeNumber(Expr expr) {
    if (!(expr instanceof Expr.NumberLiteral number)) {
      return false;
    }
    try {
      return number.value().intValueExact() >= 1;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
