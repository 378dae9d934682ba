package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** {@code define name = expression}: a named value other definitions and criteria reuse. */
public record Definition(Identifier name, Expr body, SourceSpan span) implements Declaration {}
