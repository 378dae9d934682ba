package dev.eligo.compiler.diagnostic;

import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Collects diagnostics of one file; reporting never throws, the caller decides when to stop. */
public final class DiagnosticSink {
  private final SourceFile file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Where the findings being reported arise, such as a call of a parameterised definition. */
  private final Deque<String> contexts = new ArrayDeque<>();

  public DiagnosticSink(SourceFile file) {
    this.file = file;
  }

  public SourceFile file() {
    return file;
  }

  /**
   * Records a diagnostic with its code's severity. The same finding at the same place is kept once
   * (a parameterised definition's body is checked for each kind of arguments it takes).
   */
  public void report(DiagnosticCode code, SourceSpan span, String message) {
    String said = contexts.isEmpty() ? message : message + " (" + contexts.peek() + ")";
    Diagnostic diagnostic = new Diagnostic(code.severity(), code, said, file, span);
    if (!diagnostics.contains(diagnostic)) {
      diagnostics.add(diagnostic);
    }
  }

  /**
   * Runs a check whose findings arise from somewhere else than where they are reported, saying so
   * in each message: a definition's body reported for the call that gave its arguments.
   */
  public void within(String context, Runnable check) {
    contexts.push(context);
    try {
      check.run();
    } finally {
      contexts.pop();
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
