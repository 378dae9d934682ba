package dev.eligo.compiler.ast;

/** One method per expression node; see {@link Expr#accept}. */
public interface ExprVisitor<R> {
  R visitBooleanLiteral(Expr.BooleanLiteral e);

  R visitUnknownLiteral(Expr.UnknownLiteral e);

  R visitNumberLiteral(Expr.NumberLiteral e);

  R visitQuantityLiteral(Expr.QuantityLiteral e);

  R visitDurationLiteral(Expr.DurationLiteral e);

  R visitUlnMultiple(Expr.UlnMultiple e);

  R visitTextLiteral(Expr.TextLiteral e);

  R visitDateLiteral(Expr.DateLiteral e);

  R visitScreeningDate(Expr.ScreeningDate e);

  R visitName(Expr.Name e);

  R visitCall(Expr.Call e);

  R visitFieldAccess(Expr.FieldAccess e);

  R visitWithin(Expr.Within e);

  R visitAt(Expr.At e);

  R visitBounded(Expr.Bounded e);

  R visitDuring(Expr.During e);

  R visitInTimeUnit(Expr.InTimeUnit e);

  R visitInUnit(Expr.InUnit e);

  R visitLet(Expr.Let e);

  R visitWhere(Expr.Where e);

  R visitListOperation(Expr.ListOperation e);

  R visitNegative(Expr.Negative e);

  R visitArithmetic(Expr.Arithmetic e);

  R visitComparison(Expr.Comparison e);

  R visitMembership(Expr.Membership e);

  R visitSexTest(Expr.SexTest e);

  R visitUnknownTest(Expr.UnknownTest e);

  R visitNot(Expr.Not e);

  R visitLogical(Expr.Logical e);

  R visitConditional(Expr.Conditional e);

  R visitQuantified(Expr.Quantified e);

  R visitCountWhere(Expr.CountWhere e);

  R visitSum(Expr.Sum e);

  R visitErroneous(Expr.Erroneous e);
}
