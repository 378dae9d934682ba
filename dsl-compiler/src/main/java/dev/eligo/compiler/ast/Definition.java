package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/**
 * {@code define name "label" = expression}: a named value other definitions and criteria reuse;
 * {@code define name(a, b) = expression}: one that takes arguments. The label is how explanations
 * name it; null when the file gives none.
 */
public record Definition(
    Identifier name, List<Identifier> parameters, String label, Expr body, SourceSpan span)
    implements Declaration {
  public Definition {
    parameters = List.copyOf(parameters);
  }

  /** Whether it takes arguments: {@code define aboveLimit(lab, limit) = ...}. */
  public boolean isParameterised() {
    return !parameters.isEmpty();
  }
}
