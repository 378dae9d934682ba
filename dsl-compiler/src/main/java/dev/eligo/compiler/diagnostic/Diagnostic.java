package dev.eligo.compiler.diagnostic;

import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import java.util.Comparator;
import java.util.Objects;

/** One finding of the compiler about a criteria file, at a place in it. */
public record Diagnostic(
    Severity severity, DiagnosticCode code, String message, SourceFile file, SourceSpan span) {

  /** Orders by place in the file, then by code, so output is stable. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.file().name())
          .thenComparingInt(d -> d.span().start())
          .thenComparing(d -> d.code().id());

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(span, "span");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public int line() {
    return span.line();
  }

  public int column() {
    return span.column();
  }
}
