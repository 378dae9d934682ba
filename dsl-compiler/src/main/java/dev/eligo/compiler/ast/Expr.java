package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An expression. Every pass visits expressions through {@link ExprVisitor}, so adding a node makes
 * the Java compiler name each pass that must learn about it.
 */
public sealed interface Expr {
  SourceSpan span();

  <R> R accept(ExprVisitor<R> visitor);

  /** {@code true} or {@code false}. */
  record BooleanLiteral(boolean value, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBooleanLiteral(this);
    }
  }

  /**
   * {@code unknown "reason" for psa within 12 months before screening}: the reason is empty when
   * none was given; {@code lookedFor} names the lists of data that would decide it (may be empty).
   */
  record UnknownLiteral(String reason, List<Expr> lookedFor, SourceSpan span) implements Expr {
    public UnknownLiteral {
      lookedFor = List.copyOf(lookedFor);
    }

    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnknownLiteral(this);
    }
  }

  /** A plain number: {@code 2}, {@code 1.5}. */
  record NumberLiteral(BigDecimal value, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNumberLiteral(this);
    }
  }

  /** A number with a UCUM unit: {@code 50 'ng/dL'}. */
  record QuantityLiteral(BigDecimal value, DataDeclaration.UnitLiteral unit, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitQuantityLiteral(this);
    }
  }

  /** A calendar duration: {@code 28 days}, {@code 5 years}. */
  record DurationLiteral(BigDecimal amount, DurationUnit unit, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitDurationLiteral(this);
    }
  }

  /**
   * {@code 2.5 x ULN}: a multiple of the judged value's upper limit of normal; {@code 0.5 x LLN}
   * ({@code lower}) of its lower limit.
   */
  record UlnMultiple(BigDecimal multiple, boolean lower, SourceSpan span) implements Expr {
    /** A multiple of the upper limit of normal. */
    public UlnMultiple(BigDecimal multiple, SourceSpan span) {
      this(multiple, false, span);
    }

    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUlnMultiple(this);
    }
  }

  /** A text in double quotes, compared with a text result: {@code "HLA-A*02:01"}. */
  record TextLiteral(String text, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitTextLiteral(this);
    }
  }

  /** {@code @2026-01-31}; {@code null} value when the written date does not exist. */
  record DateLiteral(LocalDate value, String text, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitDateLiteral(this);
    }
  }

  /** {@code screening}: the screening date the evaluation is run for. */
  record ScreeningDate(SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitScreeningDate(this);
    }
  }

  /** A name: a data concept, a definition, a part, a bound variable or a field of the item. */
  record Name(Identifier name, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitName(this);
    }
  }

  /** {@code runs(psaSeries, 4)}. */
  record Call(Identifier function, List<Expr> arguments, SourceSpan span) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }

    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** {@code step.next}. */
  record FieldAccess(Expr target, Identifier field, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitFieldAccess(this);
    }
  }

  /**
   * {@code psa within 12 months before screening}, {@code ... after registration}, {@code ... of
   * registration}: the items in a window of a written length next to a date.
   */
  record Within(Expr items, Expr duration, WindowSide side, Expr anchor, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitWithin(this);
    }
  }

  /**
   * {@code antiInfective at screening}: the records whose time includes a date; {@code age at
   * registration}: the patient's age on a date.
   */
  record At(Expr target, Expr anchor, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitAt(this);
    }
  }

  /**
   * {@code psa before registration}, {@code on or after}, {@code from a to b}: the items dated on
   * one side of a date, or between two; {@code end} is null but for {@code from ... to}.
   */
  record Bounded(Expr items, Bound bound, Expr anchor, Expr end, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitBounded(this);
    }
  }

  /** {@code psa during e}: the items dated within the period of a course, a use, an episode. */
  record During(Expr items, Expr period, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitDuring(this);
    }
  }

  /** {@code age in years}, {@code (b - a) in days}: a measured duration as a number of units. */
  record InTimeUnit(Expr value, DurationUnit unit, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitInTimeUnit(this);
    }
  }

  /** {@code (latest weight) in 'kg'}: a quantity converted to a unit, as a plain number. */
  record InUnit(Expr value, DataDeclaration.UnitLiteral unit, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitInUnit(this);
    }
  }

  /** {@code let u = a / b in u > 2}: a value computed once and named in the body. */
  record Let(Identifier name, Expr bound, Expr body, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitLet(this);
    }
  }

  /** {@code infection where active}: the items for which the condition holds. */
  record Where(Expr items, Expr condition, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitWhere(this);
    }
  }

  /** {@code exists x}, {@code count x}, {@code latest x}, {@code earliest x}. */
  record ListOperation(ListOperator operator, Expr operand, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitListOperation(this);
    }
  }

  /** {@code -x}. */
  record Negative(Expr operand, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNegative(this);
    }
  }

  /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}. */
  record Arithmetic(ArithmeticOperator operator, Expr left, Expr right, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitArithmetic(this);
    }
  }

  /** {@code a < b} and the other relational operators. */
  record Comparison(ComparisonOperator operator, Expr left, Expr right, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitComparison(this);
    }
  }

  /** {@code route in intravenous}: whether a coded value is in a code set. */
  record Membership(Expr value, CodeSetTerm codes, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitMembership(this);
    }
  }

  /** {@code sex is male}. */
  record SexTest(Expr subject, Identifier sex, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitSexTest(this);
    }
  }

  /** {@code value is unknown} / {@code value is not unknown}. */
  record UnknownTest(Expr value, boolean negated, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitUnknownTest(this);
    }
  }

  /** {@code not x}. */
  record Not(Expr operand, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitNot(this);
    }
  }

  /** {@code a and b and ...}, {@code a or b or ...}: Kleene's logic. */
  record Logical(LogicalOperator operator, List<Expr> operands, SourceSpan span) implements Expr {
    public Logical {
      operands = List.copyOf(operands);
    }

    public <R> R accept(ExprVisitor<R> v) {
      return v.visitLogical(this);
    }
  }

  /** {@code if c then a else b}. */
  record Conditional(Expr condition, Expr thenBranch, Expr elseBranch, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitConditional(this);
    }
  }

  /** {@code any run in runs(s, 4) satisfies (...)} and {@code all ...}. */
  record Quantified(
      Quantifier quantifier, Identifier variable, Expr items, Expr body, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitQuantified(this);
    }
  }

  /** {@code count rise in rest(run) where ...}. */
  record CountWhere(Identifier variable, Expr items, Expr condition, SourceSpan span)
      implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitCountWhere(this);
    }
  }

  /** {@code sum use in steroids of use.dailyDose in 'mg/d'}: a total over the items of a list. */
  record Sum(Identifier variable, Expr items, Expr amount, SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitSum(this);
    }
  }

  /** What the parser left where the text could not be read; an error was already reported. */
  record Erroneous(SourceSpan span) implements Expr {
    public <R> R accept(ExprVisitor<R> v) {
      return v.visitErroneous(this);
    }
  }

  /** Where a window lies next to its date. */
  enum WindowSide {
    /** {@code [A - d, A]}. */
    BEFORE,
    /** {@code [A, A + d]}. */
    AFTER,
    /** {@code [A - d, A + d]}. */
    AROUND
  }

  /** Open windows and windows between two dates. */
  enum Bound {
    BEFORE,
    ON_OR_BEFORE,
    AFTER,
    ON_OR_AFTER,
    FROM_TO
  }

  /** Units of calendar durations. */
  enum DurationUnit {
    DAYS,
    WEEKS,
    MONTHS,
    YEARS
  }

  /** Operators that take a list. */
  enum ListOperator {
    EXISTS,
    COUNT,
    LATEST,
    EARLIEST
  }

  /** Arithmetic operators. */
  enum ArithmeticOperator {
    PLUS("+"),
    MINUS("-"),
    TIMES("*"),
    DIVIDE("/");

    private final String symbol;

    ArithmeticOperator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Relational operators. */
  enum ComparisonOperator {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("="),
    NE("!=");

    private final String symbol;

    ComparisonOperator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code and}, {@code or}. */
  enum LogicalOperator {
    AND,
    OR
  }

  /** {@code any}, {@code all}. */
  enum Quantifier {
    ANY,
    ALL
  }
}
