package dev.eligo.compiler.generate;

import dev.eligo.compiler.ast.Expr;

/**
 * What an expression binds, and where: a {@code where} binds its item (the {@code Where} itself, as
 * {@code Symbol.ItemField} names it) and a quantifier, count or sum its variable, over a body run
 * once per item; a {@code let} binds its name over a body run once. The passes that follow
 * variables (free variables, loop invariants) read the binding rules here, so that they agree.
 *
 * @param outside the child evaluated outside the binding (the items, or the let's bound value)
 * @param binder what names the bound variable
 * @param inside the child the variable is bound in
 * @param perItem whether {@code inside} runs once per item
 */
record Binding(Expr outside, Object binder, Expr inside, boolean perItem) {

  /** The binding an expression makes, or {@code null} when it binds nothing. */
  static Binding of(Expr expr) {
    if (expr instanceof Expr.Where where) {
      return new Binding(where.items(), where, where.condition(), true);
    }
    if (expr instanceof Expr.Quantified quantified) {
      return new Binding(quantified.items(), quantified.variable(), quantified.body(), true);
    }
    if (expr instanceof Expr.CountWhere count) {
      return new Binding(count.items(), count.variable(), count.condition(), true);
    }
    if (expr instanceof Expr.Sum sum) {
      return new Binding(sum.items(), sum.variable(), sum.amount(), true);
    }
    if (expr instanceof Expr.Let let) {
      return new Binding(let.bound(), let.name(), let.body(), false);
    }
    return null;
  }
}
