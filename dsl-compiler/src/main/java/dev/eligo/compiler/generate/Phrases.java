package dev.eligo.compiler.generate;

import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.FieldOwner;
import dev.eligo.compiler.check.Instantiation;
import dev.eligo.compiler.check.Symbol;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How explanations name what a criteria file computes, in words a screener reads ("PSA with value
 * at least 2"), built from the checked file: declared labels, field names and the table's phrases,
 * never the file's source text.
 */
final class Phrases implements ExprVisitor<String> {
  private final CheckedFile file;

  Phrases(CheckedFile file) {
    this.file = file;
  }

  String of(Expr expr) {
    return expr.accept(this);
  }

  /** How explanations name a definition: its label, else its name in words. */
  static String label(Definition definition) {
    return definition.label() != null ? definition.label() : humanized(definition.name().text());
  }

  /** {@code castrateTestosterone} becomes {@code castrate testosterone}; acronyms stay. */
  static String humanized(String identifier) {
    StringBuilder out = new StringBuilder();
    String[] words =
        identifier.replace('_', ' ').split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])| ");
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
      out.append(out.length() == 0 ? "" : " ")
          .append(acronym ? word : word.toLowerCase(Locale.ROOT));
    }
    return out.length() == 0 ? identifier : out.toString();
  }

  // ---- what each node says ----------------------------------------------------------------------

  @Override
  public String visitBooleanLiteral(Expr.BooleanLiteral e) {
    return String.valueOf(e.value());
  }

  @Override
  public String visitUnknownLiteral(Expr.UnknownLiteral e) {
    return e.reason().isEmpty() ? "unknown" : "unknown (" + e.reason() + ")";
  }

  @Override
  public String visitNumberLiteral(Expr.NumberLiteral e) {
    return e.value().toPlainString();
  }

  @Override
  public String visitQuantityLiteral(Expr.QuantityLiteral e) {
    return e.value().toPlainString() + " " + e.unit().text();
  }

  @Override
  public String visitDurationLiteral(Expr.DurationLiteral e) {
    String unit = e.unit().name().toLowerCase(Locale.ROOT);
    return e.amount().toPlainString()
        + " "
        + (e.amount().intValue() == 1 ? unit.substring(0, unit.length() - 1) : unit);
  }

  @Override
  public String visitUlnMultiple(Expr.UlnMultiple e) {
    return e.multiple().toPlainString() + (e.lower() ? " × LLN" : " × ULN");
  }

  @Override
  public String visitTextLiteral(Expr.TextLiteral e) {
    return "\"" + e.text() + "\"";
  }

  @Override
  public String visitDateLiteral(Expr.DateLiteral e) {
    return String.valueOf(e.value());
  }

  @Override
  public String visitScreeningDate(Expr.ScreeningDate e) {
    return "the screening date";
  }

  @Override
  public String visitErroneous(Expr.Erroneous e) {
    throw new IllegalStateException("generation ran on a file with syntax errors");
  }

  @Override
  public String visitName(Expr.Name e) {
    Symbol symbol = file.symbolOf(e);
    if (symbol instanceof Symbol.Data data) {
      return data.declaration().label();
    }
    if (symbol instanceof Symbol.DefinitionSymbol definition) {
      return label(definition.definition());
    }
    if (symbol instanceof Symbol.ItemField field) {
      return field.declaration().name();
    }
    return e.name().text();
  }

  @Override
  public String visitCall(Expr.Call e) {
    Instantiation instantiation = file.instantiationOf(e);
    if (instantiation != null) {
      return label(instantiation.definition())
          + " ("
          + String.join(", ", e.arguments().stream().map(this::of).toList())
          + ")";
    }
    Object[] arguments = e.arguments().stream().map(this::of).toArray();
    return new MessageFormat(file.functionOf(e).phrase(), Locale.ROOT).format(arguments);
  }

  @Override
  public String visitFieldAccess(Expr.FieldAccess e) {
    String target = of(e.target());
    if (file.fieldOf(e).owner() == FieldOwner.PAIR) {
      return (e.field().text().equals("previous") ? "the earlier of " : "the later of ") + target;
    }
    return e.field().text() + " of " + target;
  }

  @Override
  public String visitWithin(Expr.Within e) {
    String side =
        e.side() == Expr.WindowSide.BEFORE
            ? " before "
            : e.side() == Expr.WindowSide.AFTER ? " after " : " of ";
    String length = of(e.duration());
    return of(e.items())
        + (e.side() == Expr.WindowSide.AROUND ? " within " + length : " in the " + length)
        + side
        + anchor(e.anchor());
  }

  @Override
  public String visitAt(Expr.At e) {
    return of(e.target()) + " at " + anchor(e.anchor());
  }

  @Override
  public String visitBounded(Expr.Bounded e) {
    switch (e.bound()) {
      case BEFORE:
        return of(e.items()) + " before " + anchor(e.anchor());
      case ON_OR_BEFORE:
        return of(e.items()) + " on or before " + anchor(e.anchor());
      case AFTER:
        return of(e.items()) + " after " + anchor(e.anchor());
      case ON_OR_AFTER:
        return of(e.items()) + " on or after " + anchor(e.anchor());
      case FROM_TO:
        return of(e.items()) + " from " + anchor(e.anchor()) + " to " + anchor(e.end());
    }
    throw new AssertionError(e.bound());
  }

  private String anchor(Expr anchor) {
    return anchor instanceof Expr.ScreeningDate ? "screening" : of(anchor);
  }

  @Override
  public String visitDuring(Expr.During e) {
    return of(e.items()) + " during " + of(e.period());
  }

  @Override
  public String visitInTimeUnit(Expr.InTimeUnit e) {
    return of(e.value()) + " in " + e.unit().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String visitInUnit(Expr.InUnit e) {
    return of(e.value()) + " in " + e.unit().text();
  }

  @Override
  public String visitLet(Expr.Let e) {
    return of(e.body()) + " (" + e.name().text() + " being " + of(e.bound()) + ")";
  }

  @Override
  public String visitWhere(Expr.Where e) {
    return of(e.items()) + " with " + of(e.condition());
  }

  @Override
  public String visitListOperation(Expr.ListOperation e) {
    String items = of(e.operand());
    switch (e.operator()) {
      case EXISTS:
        return "any " + items;
      case COUNT:
        return "the number of " + items;
      case LATEST:
        return "the latest " + items;
      case EARLIEST:
        return "the earliest " + items;
    }
    throw new AssertionError(e.operator());
  }

  @Override
  public String visitNegative(Expr.Negative e) {
    return "minus " + grouped(e.operand());
  }

  @Override
  public String visitArithmetic(Expr.Arithmetic e) {
    return grouped(e.left()) + symbol(e.operator()) + grouped(e.right());
  }

  private static String symbol(Expr.ArithmeticOperator operator) {
    switch (operator) {
      case PLUS:
        return " + ";
      case MINUS:
        return " − ";
      case TIMES:
        return " × ";
      case DIVIDE:
        return " / ";
    }
    throw new AssertionError(operator);
  }

  @Override
  public String visitComparison(Expr.Comparison e) {
    return of(e.left()) + " " + words(e.operator()) + " " + of(e.right());
  }

  private static String words(Expr.ComparisonOperator operator) {
    switch (operator) {
      case LT:
        return "below";
      case LE:
        return "at most";
      case GT:
        return "above";
      case GE:
        return "at least";
      case EQ:
        return "equal to";
      case NE:
        return "other than";
    }
    throw new AssertionError(operator);
  }

  @Override
  public String visitMembership(Expr.Membership e) {
    return of(e.value()) + " in " + codes(e.codes());
  }

  private String codes(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.ValueSetReference reference) {
      var declaration = ((Symbol.ValueSetSymbol) file.symbolOf(reference)).declaration();
      return declaration.label() != null
          ? declaration.label()
          : humanized(declaration.name().text());
    }
    CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
    return inline.system().text()
        + " "
        + inline.codes().stream().map(CodeLiteral::text).collect(Collectors.joining(", "));
  }

  @Override
  public String visitSexTest(Expr.SexTest e) {
    return of(e.subject()) + " is " + e.sex().text();
  }

  @Override
  public String visitUnknownTest(Expr.UnknownTest e) {
    return of(e.value()) + (e.negated() ? " is known" : " is unknown");
  }

  @Override
  public String visitNot(Expr.Not e) {
    return "not " + grouped(e.operand());
  }

  @Override
  public String visitLogical(Expr.Logical e) {
    String joint = e.operator() == Expr.LogicalOperator.AND ? " and " : " or ";
    List<String> parts = e.operands().stream().map(this::grouped).toList();
    return String.join(joint, parts);
  }

  @Override
  public String visitConditional(Expr.Conditional e) {
    return of(e.thenBranch()) + " if " + of(e.condition()) + ", else " + of(e.elseBranch());
  }

  @Override
  public String visitQuantified(Expr.Quantified e) {
    String quantifier = e.quantifier() == Expr.Quantifier.ANY ? "any " : "every ";
    return quantifier + e.variable().text() + " of " + of(e.items()) + " with " + of(e.body());
  }

  @Override
  public String visitCountWhere(Expr.CountWhere e) {
    return "the number of "
        + e.variable().text()
        + " of "
        + of(e.items())
        + " with "
        + of(e.condition());
  }

  @Override
  public String visitSum(Expr.Sum e) {
    return "the total of "
        + of(e.amount())
        + " over "
        + e.variable().text()
        + " of "
        + of(e.items());
  }

  /** A compound part in parentheses, so that "not (a and b)" keeps its meaning. */
  private String grouped(Expr expr) {
    String text = of(expr);
    boolean compound =
        expr instanceof Expr.Logical
            || expr instanceof Expr.Conditional
            || expr instanceof Expr.Arithmetic
            || expr instanceof Expr.Comparison;
    return compound ? "(" + text + ")" : text;
  }
}
