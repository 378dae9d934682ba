package dev.eligo.compiler.ast;

import java.util.List;

/**
 * A deep copy of an expression: the same text and places, new nodes. The checker types the body of
 * a parameterised definition once per kind of arguments it is called with, each on its own copy,
 * because facts about a node (its type, its representation) are kept by node identity.
 */
public final class Copier implements ExprVisitor<Expr> {
  private static final Copier INSTANCE = new Copier();

  private Copier() {}

  public static Expr copy(Expr expr) {
    return expr.accept(INSTANCE);
  }

  private static List<Expr> copy(List<Expr> exprs) {
    return exprs.stream().map(Copier::copy).toList();
  }

  /** A binder's name is copied too, so that each copy binds its own variable. */
  private static Identifier copy(Identifier name) {
    return new Identifier(name.text(), name.span());
  }

  @Override
  public Expr visitBooleanLiteral(Expr.BooleanLiteral e) {
    return new Expr.BooleanLiteral(e.value(), e.span());
  }

  @Override
  public Expr visitUnknownLiteral(Expr.UnknownLiteral e) {
    return new Expr.UnknownLiteral(e.reason(), copy(e.lookedFor()), e.span());
  }

  @Override
  public Expr visitTextLiteral(Expr.TextLiteral e) {
    return new Expr.TextLiteral(e.text(), e.span());
  }

  @Override
  public Expr visitNumberLiteral(Expr.NumberLiteral e) {
    return new Expr.NumberLiteral(e.value(), e.span());
  }

  @Override
  public Expr visitQuantityLiteral(Expr.QuantityLiteral e) {
    return new Expr.QuantityLiteral(e.value(), e.unit(), e.span());
  }

  @Override
  public Expr visitDurationLiteral(Expr.DurationLiteral e) {
    return new Expr.DurationLiteral(e.amount(), e.unit(), e.span());
  }

  @Override
  public Expr visitUlnMultiple(Expr.UlnMultiple e) {
    return new Expr.UlnMultiple(e.multiple(), e.lower(), e.span());
  }

  @Override
  public Expr visitDateLiteral(Expr.DateLiteral e) {
    return new Expr.DateLiteral(e.value(), e.text(), e.span());
  }

  @Override
  public Expr visitScreeningDate(Expr.ScreeningDate e) {
    return new Expr.ScreeningDate(e.span());
  }

  @Override
  public Expr visitName(Expr.Name e) {
    return new Expr.Name(e.name(), e.span());
  }

  @Override
  public Expr visitCall(Expr.Call e) {
    return new Expr.Call(e.function(), copy(e.arguments()), e.span());
  }

  @Override
  public Expr visitFieldAccess(Expr.FieldAccess e) {
    return new Expr.FieldAccess(copy(e.target()), e.field(), e.span());
  }

  @Override
  public Expr visitWithin(Expr.Within e) {
    return new Expr.Within(
        copy(e.items()), copy(e.duration()), e.side(), copy(e.anchor()), e.span());
  }

  @Override
  public Expr visitAt(Expr.At e) {
    return new Expr.At(copy(e.target()), copy(e.anchor()), e.span());
  }

  @Override
  public Expr visitBounded(Expr.Bounded e) {
    return new Expr.Bounded(
        copy(e.items()),
        e.bound(),
        copy(e.anchor()),
        e.end() == null ? null : copy(e.end()),
        e.span());
  }

  @Override
  public Expr visitDuring(Expr.During e) {
    return new Expr.During(copy(e.items()), copy(e.period()), e.span());
  }

  @Override
  public Expr visitInTimeUnit(Expr.InTimeUnit e) {
    return new Expr.InTimeUnit(copy(e.value()), e.unit(), e.span());
  }

  @Override
  public Expr visitInUnit(Expr.InUnit e) {
    return new Expr.InUnit(copy(e.value()), e.unit(), e.span());
  }

  @Override
  public Expr visitLet(Expr.Let e) {
    return new Expr.Let(copy(e.name()), copy(e.bound()), copy(e.body()), e.span());
  }

  @Override
  public Expr visitWhere(Expr.Where e) {
    return new Expr.Where(copy(e.items()), copy(e.condition()), e.span());
  }

  @Override
  public Expr visitListOperation(Expr.ListOperation e) {
    return new Expr.ListOperation(e.operator(), copy(e.operand()), e.span());
  }

  @Override
  public Expr visitNegative(Expr.Negative e) {
    return new Expr.Negative(copy(e.operand()), e.span());
  }

  @Override
  public Expr visitArithmetic(Expr.Arithmetic e) {
    return new Expr.Arithmetic(e.operator(), copy(e.left()), copy(e.right()), e.span());
  }

  @Override
  public Expr visitComparison(Expr.Comparison e) {
    return new Expr.Comparison(e.operator(), copy(e.left()), copy(e.right()), e.span());
  }

  @Override
  public Expr visitMembership(Expr.Membership e) {
    return new Expr.Membership(copy(e.value()), copy(e.codes()), e.span());
  }

  private static CodeSetTerm copy(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.InlineCodes inline) {
      return new CodeSetTerm.InlineCodes(copy(inline.system()), inline.codes(), inline.span());
    }
    CodeSetTerm.ValueSetReference reference = (CodeSetTerm.ValueSetReference) term;
    return new CodeSetTerm.ValueSetReference(copy(reference.name()), reference.span());
  }

  @Override
  public Expr visitSexTest(Expr.SexTest e) {
    return new Expr.SexTest(copy(e.subject()), e.sex(), e.span());
  }

  @Override
  public Expr visitUnknownTest(Expr.UnknownTest e) {
    return new Expr.UnknownTest(copy(e.value()), e.negated(), e.span());
  }

  @Override
  public Expr visitNot(Expr.Not e) {
    return new Expr.Not(copy(e.operand()), e.span());
  }

  @Override
  public Expr visitLogical(Expr.Logical e) {
    return new Expr.Logical(e.operator(), copy(e.operands()), e.span());
  }

  @Override
  public Expr visitConditional(Expr.Conditional e) {
    return new Expr.Conditional(
        copy(e.condition()), copy(e.thenBranch()), copy(e.elseBranch()), e.span());
  }

  @Override
  public Expr visitQuantified(Expr.Quantified e) {
    return new Expr.Quantified(
        e.quantifier(), copy(e.variable()), copy(e.items()), copy(e.body()), e.span());
  }

  @Override
  public Expr visitCountWhere(Expr.CountWhere e) {
    return new Expr.CountWhere(copy(e.variable()), copy(e.items()), copy(e.condition()), e.span());
  }

  @Override
  public Expr visitSum(Expr.Sum e) {
    return new Expr.Sum(copy(e.variable()), copy(e.items()), copy(e.amount()), e.span());
  }

  @Override
  public Expr visitErroneous(Expr.Erroneous e) {
    return new Expr.Erroneous(e.span());
  }
}
