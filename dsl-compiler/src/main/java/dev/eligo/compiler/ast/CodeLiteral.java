package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** A code or code range as written between braces, e.g. {@code C77-C79}. */
public record CodeLiteral(String text, SourceSpan span) {}
