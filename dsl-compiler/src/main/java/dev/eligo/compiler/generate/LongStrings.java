package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Author-written text in generated code, kept within the line length: a long string literal becomes
 * a concatenation of pieces that javac joins back at compile time, and Javadoc text is wrapped
 * between words.
 */
final class LongStrings {
  /** Pieces short enough that a piece and its indentation fit in 100 columns. */
  private static final int PIECE = 60;

  /** Javadoc lines, after the indentation and the leading star. */
  static final int JAVADOC_WIDTH = 88;

  private LongStrings() {}

  /** A string literal, split into concatenated pieces when it is long: {@code "..." + "..."}. */
  static CodeBlock literal(String text) {
    List<String> pieces = pieces(text, PIECE);
    CodeBlock.Builder joined = CodeBlock.builder();
    for (int i = 0; i < pieces.size(); i++) {
      joined.add(i == 0 ? "$L" : "$W+ $L", JavaSafe.stringLiteral(pieces.get(i)));
    }
    return joined.build();
  }

  /** Text wrapped between words into lines of at most {@code width} characters, for Javadoc. */
  static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(
          String.join("\n", pieces(line, width).stream().map(String::stripTrailing).toList()));
    }
    return out.toString();
  }

  /** Pieces of at most {@code width} code points, broken after a space where there is one. */
  private static List<String> pieces(String text, int width) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (text.codePointCount(start, text.length()) > width) {
      int limit = text.offsetByCodePoints(start, width);
      int space = text.lastIndexOf(' ', limit - 1);
      int end = space > start ? space + 1 : limit;
      pieces.add(text.substring(start, end));
      start = end;
    }
    pieces.add(text.substring(start));
    return pieces;
  }
}
