package dev.eligo.compiler.ast;

import java.util.ArrayList;
import java.util.List;

/** The direct sub-expressions of an expression, for passes that only need to walk the tree. */
public final class Children implements ExprVisitor<List<Expr>> {
  private static final Children INSTANCE = new Children();

  private Children() {}

  public static List<Expr> of(Expr expr) {
    return expr.accept(INSTANCE);
  }

  /** The expression and everything under it, parents before children. */
  public static List<Expr> all(Expr root) {
    List<Expr> found = new ArrayList<>();
    List<Expr> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty()) {
      Expr next = pending.remove(pending.size() - 1);
      found.add(next);
      List<Expr> children = new ArrayList<>(of(next));
      java.util.Collections.reverse(children);
      pending.addAll(children);
    }
    return found;
  }

  private static List<Expr> none() {
    return List.of();
  }

  @Override
  public List<Expr> visitBooleanLiteral(Expr.BooleanLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitUnknownLiteral(Expr.UnknownLiteral e) {
    return e.lookedFor();
  }

  @Override
  public List<Expr> visitNumberLiteral(Expr.NumberLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitQuantityLiteral(Expr.QuantityLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitDurationLiteral(Expr.DurationLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitUlnMultiple(Expr.UlnMultiple e) {
    return none();
  }

  @Override
  public List<Expr> visitTextLiteral(Expr.TextLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitDateLiteral(Expr.DateLiteral e) {
    return none();
  }

  @Override
  public List<Expr> visitScreeningDate(Expr.ScreeningDate e) {
    return none();
  }

  @Override
  public List<Expr> visitName(Expr.Name e) {
    return none();
  }

  @Override
  public List<Expr> visitCall(Expr.Call e) {
    return e.arguments();
  }

  @Override
  public List<Expr> visitFieldAccess(Expr.FieldAccess e) {
    return List.of(e.target());
  }

  @Override
  public List<Expr> visitWithin(Expr.Within e) {
    return List.of(e.items(), e.duration(), e.anchor());
  }

  @Override
  public List<Expr> visitAt(Expr.At e) {
    return List.of(e.target(), e.anchor());
  }

  @Override
  public List<Expr> visitBounded(Expr.Bounded e) {
    return e.end() == null
        ? List.of(e.items(), e.anchor())
        : List.of(e.items(), e.anchor(), e.end());
  }

  @Override
  public List<Expr> visitDuring(Expr.During e) {
    return List.of(e.items(), e.period());
  }

  @Override
  public List<Expr> visitInTimeUnit(Expr.InTimeUnit e) {
    return List.of(e.value());
  }

  @Override
  public List<Expr> visitInUnit(Expr.InUnit e) {
    return List.of(e.value());
  }

  @Override
  public List<Expr> visitLet(Expr.Let e) {
    return List.of(e.bound(), e.body());
  }

  @Override
  public List<Expr> visitWhere(Expr.Where e) {
    return List.of(e.items(), e.condition());
  }

  @Override
  public List<Expr> visitListOperation(Expr.ListOperation e) {
    return List.of(e.operand());
  }

  @Override
  public List<Expr> visitNegative(Expr.Negative e) {
    return List.of(e.operand());
  }

  @Override
  public List<Expr> visitArithmetic(Expr.Arithmetic e) {
    return List.of(e.left(), e.right());
  }

  @Override
  public List<Expr> visitComparison(Expr.Comparison e) {
    return List.of(e.left(), e.right());
  }

  @Override
  public List<Expr> visitMembership(Expr.Membership e) {
    return List.of(e.value());
  }

  @Override
  public List<Expr> visitSexTest(Expr.SexTest e) {
    return List.of(e.subject());
  }

  @Override
  public List<Expr> visitUnknownTest(Expr.UnknownTest e) {
    return List.of(e.value());
  }

  @Override
  public List<Expr> visitNot(Expr.Not e) {
    return List.of(e.operand());
  }

  @Override
  public List<Expr> visitLogical(Expr.Logical e) {
    return e.operands();
  }

  @Override
  public List<Expr> visitConditional(Expr.Conditional e) {
    return List.of(e.condition(), e.thenBranch(), e.elseBranch());
  }

  @Override
  public List<Expr> visitQuantified(Expr.Quantified e) {
    return List.of(e.items(), e.body());
  }

  @Override
  public List<Expr> visitCountWhere(Expr.CountWhere e) {
    return List.of(e.items(), e.condition());
  }

  @Override
  public List<Expr> visitSum(Expr.Sum e) {
    return List.of(e.items(), e.amount());
  }

  @Override
  public List<Expr> visitErroneous(Expr.Erroneous e) {
    return none();
  }
}
