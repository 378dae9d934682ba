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
      out.append(count(errors, "error"))
          .append(", ")
          .append(count(warnings, "warning"))
          .append('\n');
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
    int lineLength = sourceLine.codePointCount(0, sourceLine.length());
    int width =
        diagnostic.span().endLine() == diagnostic.line()
            ? Math.max(1, diagnostic.span().endColumn() - column)
            : Math.max(1, lineLength - column + 1);
    // A very long line (a protocol text on one line) is shown around the place, not whole.
    if (lineLength > MAX_SHOWN) {
      int first = Math.max(0, column - 1 - CONTEXT_BEFORE);
      int last = Math.min(lineLength, first + MAX_SHOWN);
      String prefix = first > 0 ? "..." : "";
      String shown = prefix + substring(sourceLine, first, last) + (last < lineLength ? "..." : "");
      column = column - first + prefix.length();
      sourceLine = shown;
      width = Math.min(width, sourceLine.codePointCount(0, sourceLine.length()) - column + 1);
    }
    return headline
        + '\n'
        + ' '
        + gutter
        + " | "
        + sourceLine
        + '\n'
        + ' '
        + pad
        + " | "
        + caretIndent(sourceLine, column)
        + "^".repeat(Math.max(1, width))
        + '\n';
  }

  private static final int MAX_SHOWN = 160;
  private static final int CONTEXT_BEFORE = 60;

  private static String substring(String text, int firstCodePoint, int endCodePoint) {
    int start = text.offsetByCodePoints(0, firstCodePoint);
    int end = text.offsetByCodePoints(start, endCodePoint - firstCodePoint);
    return text.substring(start, end);
  }

  /** {@code file:line:col: error[CODE]: message}. */
  public static String headline(Diagnostic diagnostic) {
    return diagnostic.file().name()
        + ':'
        + diagnostic.line()
        + ':'
        + diagnostic.column()
        + ": "
        + diagnostic.severity().label()
        + '['
        + diagnostic.code().id()
        + "]: "
        + diagnostic.message();
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
