package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** A name as written, with where it was written. */
public record Identifier(String text, SourceSpan span) {
  @Override
  public String toString() {
    return text;
  }
}
