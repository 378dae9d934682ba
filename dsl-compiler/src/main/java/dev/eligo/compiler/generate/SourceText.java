package dev.eligo.compiler.generate;

import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;

/** The criteria file's own words at a span, for Javadoc and explanations. */
final class SourceText {
  private final String content;

  SourceText(SourceFile source) {
    this.content = source.content();
  }

  /** The text as written, line breaks included. */
  String of(SourceSpan span) {
    int start = content.offsetByCodePoints(0, span.start());
    int end = content.offsetByCodePoints(start, span.end() - span.start());
    return content.substring(start, end);
  }

  /**
   * The text on one line, comments dropped and runs of spaces collapsed: {@code value is unknown}.
   */
  String oneLine(SourceSpan span) {
    return of(span).replaceAll("//[^\\n]*", " ").replaceAll("\\s+", " ").trim();
  }
}
