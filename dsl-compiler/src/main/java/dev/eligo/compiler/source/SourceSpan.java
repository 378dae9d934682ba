package dev.eligo.compiler.source;

/**
 * A stretch of a criteria file. Lines and columns are 1-based and count Unicode code points, so
 * {@code ≥} and {@code ①} are one column each; offsets are code-point offsets, end exclusive.
 */
public record SourceSpan(int start, int end, int line, int column, int endLine, int endColumn) {

  /** A span for nodes made by the compiler itself, with no place in the file. */
  public static final SourceSpan NONE = new SourceSpan(0, 0, 1, 1, 1, 1);

  /** The smallest span covering both. */
  public SourceSpan to(SourceSpan other) {
    SourceSpan first = start <= other.start ? this : other;
    SourceSpan last = end >= other.end ? this : other;
    return new SourceSpan(
        first.start, last.end, first.line, first.column, last.endLine, last.endColumn);
  }

  /** Number of code points covered, at least one so that a caret always shows. */
  public int width() {
    return Math.max(1, end - start);
  }
}
