package dev.eligo.compiler.diagnostic;

import java.util.List;

/**
 * Prints diagnostics the way rustc and javac do:
 *
 * <pre>
 * NCT07298239.eligo:12:7: error[ELG0201]: unknown name 'psaa'
 *    12 |   latest psaa within 28 days before screening
 *       |          ^^^^
 * </pre>
 */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /** All diagnostics, one block each, followed by a count line when there are any. */
  public static String print(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append(print(diagnostic));
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    if (!diagnostics.isEmpty()) {
      out.append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append('\n');
    }
    return out.toString();
  }

  /** One diagnostic: the headline, the source line and a caret line under the place. */
  public static String print(Diagnostic diagnostic) {
    String headline = headline(diagnostic);
    String sourceLine = diagnostic.file().line(diagnostic.line());
    String gutter = String.valueOf(diagnostic.line());
    String pad = " ".repeat(gutter.length());
    int column = diagnostic.column();
    int width = diagnostic.span().endLine() == diagnostic.line()
        ? Math.max(1, diagnostic.span().endColumn() - column)
        : Math.max(1, sourceLine.codePointCount(0, sourceLine.length()) - column + 1);
    return headline + '\n'
        + ' ' + gutter + " | " + sourceLine + '\n'
        + ' ' + pad + " | " + caretIndent(sourceLine, column) + "^".repeat(width) + '\n';
  }

  /** {@code file:line:col: error[CODE]: message}. */
  public static String headline(Diagnostic diagnostic) {
    return diagnostic.file().name() + ':' + diagnostic.line() + ':' + diagnostic.column() + ": "
        + diagnostic.severity().label() + '[' + diagnostic.code().id() + "]: " + diagnostic.message();
  }

  // Tabs in the source line are kept so that the caret lands under the right character.
  private static String caretIndent(String sourceLine, int column) {
    StringBuilder indent = new StringBuilder();
    int[] codePoints = sourceLine.codePoints().toArray();
    for (int i = 0; i < column - 1; i++) {
      indent.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
    }
    return indent.toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
