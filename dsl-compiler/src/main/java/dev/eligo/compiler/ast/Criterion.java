package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/**
 * An inclusion or exclusion criterion with its protocol text and optional parts (E3a-E3d) that keep
 * their own results. The text is {@code null} when the author left it out (an error).
 */
public record Criterion(
    Kind kind, Identifier name, String text, Expr body, List<Part> parts, SourceSpan span)
    implements Declaration {
  public Criterion {
    parts = List.copyOf(parts);
  }

  /** Inclusion or exclusion. */
  public enum Kind {
    INCLUSION,
    EXCLUSION
  }

  /** {@code part E3a "text" = expression}. */
  public record Part(Identifier name, String text, Expr body, SourceSpan span) {}
}
