package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.FunctionDeclaration.Parameter;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.List;
import java.util.stream.Collectors;

/** Checks calls of the language's functions against their rows in {@link LanguageTable}. */
final class CallChecker {
  /** Longer runs than this say nothing a protocol needs. */
  static final int LONGEST_RUN = 1_000;

  private final DiagnosticSink sink;
  private final Annotations notes;

  CallChecker(DiagnosticSink sink, Annotations notes) {
    this.sink = sink;
    this.notes = notes;
  }

  /** The result type of a call whose arguments have these types; reports what is wrong. */
  Type check(Expr.Call call, List<Type> arguments) {
    String name = call.function().text();
    FunctionDeclaration function = LanguageTable.function(name).orElse(null);
    if (function == null) {
      sink.report(
          DiagnosticCode.UNKNOWN_FUNCTION,
          call.function().span(),
          "there is no function '"
              + name
              + "'"
              + suggestion(name)
              + "; the functions are "
              + LanguageTable.FUNCTIONS.stream()
                  .map(FunctionDeclaration::name)
                  .sorted()
                  .collect(Collectors.joining(", ")));
      return error(call);
    }
    int expected = function.parameters().size();
    if (arguments.size() != expected) {
      sink.report(
          DiagnosticCode.WRONG_ARGUMENTS,
          call.span(),
          name
              + " takes "
              + expected
              + " argument"
              + (expected == 1 ? "" : "s")
              + ", not "
              + arguments.size()
              + ": "
              + function.signature());
      return error(call);
    }
    if (arguments.stream().anyMatch(Type::isError)) {
      return error(call);
    }
    boolean overSingleList = false;
    for (int i = 0; i < expected; i++) {
      Parameter parameter = function.parameters().get(i);
      Expr argument = call.arguments().get(i);
      if (!accepts(parameter, argument, arguments.get(i), arguments.get(0))) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            argument.span(),
            name
                + " needs "
                + parameter.expects()
                + ", not "
                + describe(argument, arguments.get(i))
                + ": "
                + function.signature());
        return error(call);
      }
      overSingleList |=
          parameter.kind() == FunctionDeclaration.ParameterKind.LIST
              && notes.representations.get(argument) == Representation.VALUE;
    }
    notes.functions.put(call, function);
    Type result = function.result().apply(arguments);
    Representation representation = representationOf(function.call().result());
    if (overSingleList && representation == Representation.LIST) {
      representation = Representation.VALUE;
    }
    notes.type(call, result, representation);
    return result;
  }

  private boolean accepts(Parameter parameter, Expr argument, Type type, Type first) {
    switch (parameter.kind()) {
      case LIST:
        return type instanceof ListOf list && parameter.accepts().test(list.element());
      case VALUE:
        return notes.representations.get(argument) == Representation.VALUE
            && parameter.accepts().test(type);
      case WHOLE_NUMBER:
        return isWholeNumber(argument);
      case DURATION:
        return notes.representations.get(argument) == Representation.CALENDAR_DURATION;
      case ITEM_OF_FIRST:
        return notes.representations.get(argument) == Representation.VALUE
            && first instanceof ListOf list
            && list.element().equals(type);
    }
    throw new AssertionError(parameter.kind());
  }

  private static boolean isWholeNumber(Expr argument) {
    if (!(argument instanceof Expr.NumberLiteral number)) {
      return false;
    }
    try {
      int value = number.value().intValueExact();
      return value >= 1 && value <= LONGEST_RUN;
    } catch (ArithmeticException notWhole) {
      return false;
    }
  }

  private String describe(Expr argument, Type type) {
    if (argument instanceof Expr.NumberLiteral number) {
      return number.value().toPlainString();
    }
    return Type.withArticle(type);
  }

  private static String suggestion(String name) {
    String best = null;
    int bestDistance = Math.max(1, name.length() / 3) + 1;
    for (FunctionDeclaration f : LanguageTable.FUNCTIONS) {
      int distance =
          Suggestions.distance(
              name.toLowerCase(java.util.Locale.ROOT), f.name().toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = f.name();
        bestDistance = distance;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  private Type error(Expr.Call call) {
    notes.type(call, Type.ERROR, Representation.VALUE);
    return Type.ERROR;
  }

  static Representation representationOf(JavaShape shape) {
    switch (shape) {
      case TRUTH:
        return Representation.TRUTH;
      case LIST:
        return Representation.LIST;
      case VALUE:
        return Representation.VALUE;
      default:
        throw new IllegalArgumentException("a function cannot give " + shape);
    }
  }
}
