package dev.eligo.authoring.examples;

import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an examples file into tokens. Lines matter (each fact is one line), so line ends are
 * tokens; comments ({@code //}, {@code /* *\/}) and blanks are dropped. Inside {@code { }} a word
 * such as {@code 2857-1} or {@code C79.51} is one code. Problems are reported, never thrown.
 */
final class Lexer {
  private final int[] text;
  private final DiagnosticSink sink;
  private final List<Token> tokens = new ArrayList<>();
  private int position;
  private int line = 1;
  private int column = 1;
  private boolean inBraces;

  private Lexer(String content, DiagnosticSink sink) {
    this.text = content.codePoints().toArray();
    this.sink = sink;
  }

  static List<Token> tokens(DiagnosticSink sink) {
    Lexer lexer = new Lexer(sink.file().content(), sink);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (position < text.length) {
      int c = text[position];
      int startPosition = position;
      int startLine = line;
      int startColumn = column;
      if (c == '\n' || c == '\r') {
        advance();
        if (c == '\r' && peek() == '\n') {
          advance();
        }
        add(Token.Kind.NEWLINE, "\n", startPosition, startLine, startColumn);
      } else if (c == ' ' || c == '\t' || c == '\f') {
        advance();
      } else if (c == '/' && peekAt(1) == '/') {
        while (position < text.length && text[position] != '\n' && text[position] != '\r') {
          advance();
        }
      } else if (c == '/' && peekAt(1) == '*') {
        blockComment(startPosition, startLine, startColumn);
      } else if (c == '"') {
        quoted('"', Token.Kind.STRING, "text", startPosition, startLine, startColumn);
      } else if (c == '\'') {
        quoted('\'', Token.Kind.UNIT, "unit", startPosition, startLine, startColumn);
      } else if (inBraces && isCodeStart(c)) {
        while (position < text.length && isCodePart(text[position])) {
          advance();
        }
        add(Token.Kind.CODE, slice(startPosition), startPosition, startLine, startColumn);
      } else if (c == '@') {
        advance();
        while (position < text.length && isDatePart(text[position])) {
          advance();
        }
        add(Token.Kind.DATE, slice(startPosition + 1), startPosition, startLine, startColumn);
      } else if (isDigit(c)) {
        number(startPosition, startLine, startColumn);
      } else if (Character.isLetter(c) || c == '_') {
        while (position < text.length
            && (Character.isLetterOrDigit(text[position])
                || text[position] == '_'
                || text[position] == '-'
                    && position + 1 < text.length
                    && Character.isLetter(text[position + 1]))) {
          advance();
        }
        add(Token.Kind.WORD, slice(startPosition), startPosition, startLine, startColumn);
      } else {
        symbol(c, startPosition, startLine, startColumn);
      }
    }
    add(Token.Kind.NEWLINE, "\n", position, line, column);
    add(Token.Kind.END, "", position, line, column);
  }

  private void symbol(int c, int startPosition, int startLine, int startColumn) {
    advance();
    String symbol;
    if ((c == '<' || c == '>') && peek() == '=') {
      advance();
      symbol = (char) c + "=";
    } else if (c == '.' && peek() == '.') {
      advance();
      symbol = "..";
    } else if (c == '{' || c == '}' || c == ',' || c == '<' || c == '>') {
      symbol = String.valueOf((char) c);
    } else {
      sink.report(
          DiagnosticCode.BAD_CHARACTER,
          span(startPosition, startLine, startColumn),
          "the character '"
              + new String(Character.toChars(c))
              + "' (U+"
              + String.format("%04X", c)
              + ") has no meaning here");
      return;
    }
    inBraces = c == '{' || inBraces && c != '}';
    add(Token.Kind.SYMBOL, symbol, startPosition, startLine, startColumn);
  }

  private void number(int startPosition, int startLine, int startColumn) {
    while (position < text.length && isDigit(text[position])) {
      advance();
    }
    if (peek() == '.' && isDigit(peekAt(1))) {
      advance();
      while (position < text.length && isDigit(text[position])) {
        advance();
      }
    }
    add(Token.Kind.NUMBER, slice(startPosition), startPosition, startLine, startColumn);
  }

  private void quoted(
      int quote, Token.Kind kind, String what, int startPosition, int startLine, int startColumn) {
    advance();
    StringBuilder value = new StringBuilder();
    while (position < text.length
        && text[position] != quote
        && text[position] != '\n'
        && text[position] != '\r') {
      int c = text[position];
      if (c == '\\' && kind == Token.Kind.STRING && position + 1 < text.length) {
        value.append(escape(startPosition, startLine, startColumn));
      } else {
        value.appendCodePoint(c);
        advance();
      }
    }
    if (position >= text.length || text[position] != quote) {
      sink.report(
          DiagnosticCode.UNTERMINATED_STRING,
          span(startPosition, startLine, startColumn, startPosition + 1),
          "this "
              + what
              + " has no closing "
              + (quote == '"' ? "double" : "single")
              + " quote on its line");
    } else {
      advance();
    }
    add(kind, value.toString(), startPosition, startLine, startColumn);
  }

  private String escape(int startPosition, int startLine, int startColumn) {
    advance();
    int next = text[position];
    advance();
    switch (next) {
      case 'n':
        return "\n";
      case 't':
        return "\t";
      case '\\':
        return "\\";
      case '"':
        return "\"";
      case 'u':
        StringBuilder hex = new StringBuilder();
        while (hex.length() < 4
            && position < text.length
            && Character.digit(text[position], 16) >= 0) {
          hex.appendCodePoint(text[position]);
          advance();
        }
        if (hex.length() == 4) {
          return String.valueOf((char) Integer.parseInt(hex.toString(), 16));
        }
        sink.report(
            DiagnosticCode.INVALID_ESCAPE,
            span(startPosition, startLine, startColumn),
            "\\u must be followed by four hexadecimal digits");
        return "";
      default:
        sink.report(
            DiagnosticCode.INVALID_ESCAPE,
            span(startPosition, startLine, startColumn),
            "unknown escape \\"
                + new String(Character.toChars(next))
                + " (use \\\\, \\\", \\n, \\t or \\uXXXX)");
        return "";
    }
  }

  private void blockComment(int startPosition, int startLine, int startColumn) {
    advance();
    advance();
    while (position < text.length && !(text[position] == '*' && peekAt(1) == '/')) {
      advance();
    }
    if (position >= text.length) {
      sink.report(
          DiagnosticCode.SYNTAX_ERROR,
          span(startPosition, startLine, startColumn, startPosition + 2),
          "this comment is not closed with */");
      return;
    }
    advance();
    advance();
  }

  private void add(
      Token.Kind kind, String value, int startPosition, int startLine, int startColumn) {
    tokens.add(new Token(kind, value, span(startPosition, startLine, startColumn)));
  }

  private SourceSpan span(int startPosition, int startLine, int startColumn) {
    return span(startPosition, startLine, startColumn, position);
  }

  private SourceSpan span(int startPosition, int startLine, int startColumn, int end) {
    int endColumn = startLine == line ? startColumn + (end - startPosition) : column;
    return new SourceSpan(
        startPosition,
        Math.max(end, startPosition + 1),
        startLine,
        startColumn,
        startLine,
        Math.max(endColumn, startColumn + 1));
  }

  private void advance() {
    int c = text[position++];
    if (c == '\n') {
      line++;
      column = 1;
    } else if (c == '\r' && peek() != '\n') {
      line++;
      column = 1;
    } else if (c != '\r') {
      column++;
    }
  }

  private int peek() {
    return peekAt(0);
  }

  private int peekAt(int ahead) {
    return position + ahead < text.length ? text[position + ahead] : -1;
  }

  private String slice(int from) {
    return new String(text, from, position - from);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isCodeStart(int c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static boolean isCodePart(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
  }

  private static boolean isDatePart(int c) {
    return c < 128
        && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '+' || c == '.');
  }
}
