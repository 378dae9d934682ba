package dev.eligo.compiler.parse;

import dev.eligo.compiler.source.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Source spans from ANTLR tokens. ANTLR's code-point streams give code-point indexes and columns,
 * so spans count code points as the diagnostics promise.
 */
final class Spans {
  private final int[] lineStarts;

  /** Where ANTLR's lines start: it counts only line feeds, as in {@code \n}. */
  private final int[] antlrLineStarts;

  private final int length;

  Spans(String text) {
    int[] codePoints = text.codePoints().toArray();
    this.length = codePoints.length;
    this.lineStarts = lineStarts(codePoints, true);
    this.antlrLineStarts = lineStarts(codePoints, false);
  }

  /**
   * Offsets where lines start. A line ends at a line feed, a carriage return and line feed, or (in
   * {@code crToo} mode) a carriage return alone, as old Mac editors save files.
   */
  private static int[] lineStarts(int[] codePoints, boolean crToo) {
    java.util.List<Integer> starts = new java.util.ArrayList<>();
    starts.add(0);
    for (int i = 0; i < codePoints.length; i++) {
      boolean lineFeed = codePoints[i] == '\n';
      boolean loneReturn =
          crToo
              && codePoints[i] == '\r'
              && (i + 1 == codePoints.length || codePoints[i + 1] != '\n');
      if (lineFeed || loneReturn) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  SourceSpan of(Token token) {
    if (token.getType() == Token.EOF || token.getStartIndex() < 0) {
      return point(Math.min(length, Math.max(0, token.getStartIndex())));
    }
    return range(token.getStartIndex(), token.getStopIndex() + 1);
  }

  SourceSpan of(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    if (stop == null
        || stop.getType() == Token.EOF
        || stop.getStopIndex() < start.getStartIndex()) {
      return of(start);
    }
    return range(start.getStartIndex(), stop.getStopIndex() + 1);
  }

  /**
   * A stretch inside a one-line token: {@code length} code points from {@code offset} after its
   * start.
   */
  SourceSpan inside(Token token, int offset, int length) {
    int start = token.getStartIndex() + offset;
    return range(start, start + length);
  }

  SourceSpan between(Token first, Token last) {
    return range(
        first.getStartIndex(), Math.max(first.getStartIndex() + 1, last.getStopIndex() + 1));
  }

  /** A place as ANTLR's lexer reports it: its line counts line feeds only. */
  SourceSpan at(int line, int zeroBasedColumn) {
    int index =
        line - 1 < antlrLineStarts.length ? antlrLineStarts[line - 1] + zeroBasedColumn : length;
    return point(Math.min(index, length));
  }

  private SourceSpan point(int offset) {
    return range(offset, offset);
  }

  private SourceSpan range(int start, int end) {
    int startLine = lineOf(start);
    int endLine = lineOf(Math.max(start, end - 1));
    int endColumn = end - lineStarts[endLine - 1] + 1;
    if (end == start) {
      endColumn = start - lineStarts[startLine - 1] + 1;
    }
    return new SourceSpan(
        start, end, startLine, start - lineStarts[startLine - 1] + 1, endLine, endColumn);
  }

  private int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }
}
