package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;

/**
 * Which definitions hold the same value for every patient: a window, a threshold, a date written in
 * the file. Generated code holds them as constants instead of computing them per patient.
 */
final class Constants {
  private Constants() {}

  static boolean isConstant(Expr body, Annotations notes) {
    if (body instanceof Expr.NumberLiteral
        || body instanceof Expr.QuantityLiteral
        || body instanceof Expr.DurationLiteral
        || body instanceof Expr.DateLiteral
        || body instanceof Expr.TextLiteral) {
      return true;
    }
    if (body instanceof Expr.Name name
        && notes.resolutions.get(name) instanceof Symbol.DefinitionSymbol symbol) {
      Definition definition = symbol.definition();
      return notes.constants.contains(definition);
    }
    return false;
  }
}
