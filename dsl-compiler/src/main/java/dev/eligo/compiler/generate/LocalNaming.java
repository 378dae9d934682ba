package dev.eligo.compiler.generate;

import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.util.Locale;
import java.util.Map;

/**
 * A name for the local that holds a shared expression, said the way a person would name it: {@code
 * latestTestosterone}, {@code psaInWindow}, {@code priorCoursesOfAntiInfective}.
 */
final class LocalNaming {
  private static final int LONGEST = 40;

  private static final Map<Expr.ComparisonOperator, String> WORDS =
      Map.of(
          Expr.ComparisonOperator.LT, "Below",
          Expr.ComparisonOperator.LE, "AtMost",
          Expr.ComparisonOperator.GT, "Above",
          Expr.ComparisonOperator.GE, "AtLeast",
          Expr.ComparisonOperator.EQ, "Is",
          Expr.ComparisonOperator.NE, "IsNot");

  private LocalNaming() {}

  static String of(Expr expr, CheckedFile file) {
    String name = describe(expr, file);
    return name.length() > LONGEST ? name.substring(0, LONGEST) : name;
  }

  private static String describe(Expr expr, CheckedFile file) {
    if (expr instanceof Expr.Name name) {
      Symbol symbol = file.symbolOf(name);
      return symbol instanceof Symbol.ItemField field
          ? field.declaration().name()
          : name.name().text();
    }
    if (expr instanceof Expr.ListOperation list) {
      return list.operator().name().toLowerCase(Locale.ROOT)
          + capitalized(describe(list.operand(), file));
    }
    if (expr instanceof Expr.Within within) {
      return describe(within.items(), file) + "InWindow";
    }
    if (expr instanceof Expr.At at) {
      return describe(at.target(), file) + "At";
    }
    if (expr instanceof Expr.Bounded bounded) {
      return describe(bounded.items(), file) + "InWindow";
    }
    if (expr instanceof Expr.During during) {
      return describe(during.items(), file) + "During";
    }
    if (expr instanceof Expr.InTimeUnit || expr instanceof Expr.InUnit) {
      return "number";
    }
    if (expr instanceof Expr.Let let) {
      return describe(let.body(), file);
    }
    if (expr instanceof Expr.Where where) {
      return describe(where.items(), file) + "Matching";
    }
    if (expr instanceof Expr.Call call) {
      String function = call.function().text();
      return call.arguments().isEmpty()
          ? function
          : function + capitalized(describe(call.arguments().get(0), file));
    }
    if (expr instanceof Expr.FieldAccess field) {
      return describe(field.target(), file) + capitalized(field.field().text());
    }
    if (expr instanceof Expr.Conditional) {
      return "chosen";
    }
    if (expr instanceof Expr.Arithmetic arithmetic) {
      // screeningMinus14Days, timesMinUpToPsaSeriesValue: a number beside the operator says little.
      String left = operand(arithmetic.left(), file);
      String operator = arithmetic.operator().name().toLowerCase(Locale.ROOT);
      String right = capitalized(operand(arithmetic.right(), file));
      return left.isEmpty() ? operator + right : left + capitalized(operator) + right;
    }
    if (expr instanceof Expr.ScreeningDate) {
      return "screening";
    }
    if (expr instanceof Expr.Comparison comparison) {
      // aValueAbove, psaValueAtLeastTimesMin: what is compared, and how.
      return describe(comparison.left(), file)
          + WORDS.get(comparison.operator())
          + capitalized(operand(comparison.right(), file));
    }
    if (expr instanceof Expr.Not not && !(not.operand() instanceof Expr.Not)) {
      return "not" + capitalized(describe(not.operand(), file));
    }
    if (expr instanceof Expr.Membership membership) {
      return describe(membership.value(), file) + "In";
    }
    if (expr instanceof Expr.Logical
        || expr instanceof Expr.Not
        || expr instanceof Expr.UnknownTest
        || expr instanceof Expr.Quantified) {
      return "holds";
    }
    if (expr instanceof Expr.CountWhere) {
      return "count";
    }
    if (expr instanceof Expr.Sum) {
      return "total";
    }
    return "shared";
  }

  private static String operand(Expr expr, CheckedFile file) {
    if (expr instanceof Expr.NumberLiteral || expr instanceof Expr.QuantityLiteral) {
      return "";
    }
    if (expr instanceof Expr.DurationLiteral duration) {
      return duration.amount().toPlainString().replace('.', '_')
          + capitalized(duration.unit().name().toLowerCase(Locale.ROOT));
    }
    return describe(expr, file);
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
