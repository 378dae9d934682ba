package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/**
 * {@code define name "label" = expression}: a named value other definitions and criteria reuse.
 * The label is how explanations name it; null when the file gives none.
 */
public record Definition(Identifier name, String label, Expr body, SourceSpan span) implements Declaration {}
