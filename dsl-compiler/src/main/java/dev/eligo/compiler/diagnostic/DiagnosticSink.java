package dev.eligo.compiler.diagnostic;

import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics of one file; reporting never throws, the caller decides when to stop. */
public final class DiagnosticSink {
  private final SourceFile file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public DiagnosticSink(SourceFile file) {
    this.file = file;
  }

  public SourceFile file() {
    return file;
  }

  /**
   * Records a diagnostic with its code's severity. The same finding at the same place is kept
   * once (a parameterised definition's body is checked for each kind of arguments it takes).
   */
  public void report(DiagnosticCode code, SourceSpan span, String message) {
    Diagnostic diagnostic = new Diagnostic(code.severity(), code, message, file, span);
    if (!diagnostics.contains(diagnostic)) {
      diagnostics.add(diagnostic);
    }
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** What was reported so far, in the order reported. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
