package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Expr;
import java.util.Set;

/**
 * Which amounts of a {@code sum} cannot be negative: a duration, a dose, a frequency, a count, and
 * what sums, products, quotients, choices, conversions and definitions make of them. Only then is a
 * total with unknown parts at least the sum of its known ones; any other amount (a change in
 * weight, a value that may be below zero) leaves such a total wholly unknown.
 */
final class Amounts {
  /** Fields whose values are never below zero. */
  private static final Set<String> NON_NEGATIVE_FIELDS =
      Set.of("duration", "dose", "frequency", "dailyDose", "drugs");

  private static final Set<String> NON_NEGATIVE_FUNCTIONS = Set.of("doseDays");

  private final Annotations notes;
  // Definitions being looked into: one that depends on itself (an error reported elsewhere) stops.
  private final Set<Object> entered =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  Amounts(Annotations notes) {
    this.notes = notes;
  }

  boolean cannotBeNegative(Expr amount) {
    if (amount instanceof Expr.NumberLiteral || amount instanceof Expr.QuantityLiteral) {
      return true; // a minus sign is an Expr.Negative
    }
    if (amount instanceof Expr.FieldAccess field) {
      return NON_NEGATIVE_FIELDS.contains(field.field().text());
    }
    if (amount instanceof Expr.Name name) {
      Symbol symbol = notes.resolutions.get(name);
      if (symbol instanceof Symbol.DefinitionSymbol definition) {
        return entered.add(definition.definition())
            && cannotBeNegative(definition.definition().body());
      }
      return symbol instanceof Symbol.ItemField field
          && NON_NEGATIVE_FIELDS.contains(field.declaration().name());
    }
    if (amount instanceof Expr.Call call) {
      Instantiation instantiation = notes.calls.get(call);
      if (instantiation != null) {
        return entered.add(instantiation) && cannotBeNegative(instantiation.body());
      }
      return NON_NEGATIVE_FUNCTIONS.contains(call.function().text())
          && notes.functions.containsKey(call);
    }
    if (amount instanceof Expr.ListOperation list) {
      return list.operator() == Expr.ListOperator.COUNT;
    }
    if (amount instanceof Expr.CountWhere) {
      return true;
    }
    if (amount instanceof Expr.Sum sum) {
      return cannotBeNegative(sum.amount());
    }
    if (amount instanceof Expr.InUnit in) {
      return cannotBeNegative(in.value());
    }
    if (amount instanceof Expr.InTimeUnit in) {
      return cannotBeNegative(in.value());
    }
    if (amount instanceof Expr.Let let) {
      return cannotBeNegative(let.body());
    }
    if (amount instanceof Expr.Conditional choice) {
      return cannotBeNegative(choice.thenBranch()) && cannotBeNegative(choice.elseBranch());
    }
    if (amount instanceof Expr.Arithmetic arithmetic) {
      return arithmetic.operator() != Expr.ArithmeticOperator.MINUS
          && cannotBeNegative(arithmetic.left())
          && cannotBeNegative(arithmetic.right());
    }
    return false;
  }
}
