package dev.eligo.compiler.parse;

import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics with readable wording, instead of console output.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  /** After this many, further syntax errors are most likely echoes of the first ones. */
  static final int MAX_SYNTAX_ERRORS = 50;

  private final DiagnosticSink sink;
  private final Spans spans;
  private int reported;
  private int lastStart = -1;

  SyntaxErrorListener(DiagnosticSink sink, Spans spans) {
    this.sink = sink;
    this.spans = spans;
  }

  int reported() {
    return reported;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String antlrMessage,
      RecognitionException e) {
    Token token = offendingSymbol instanceof Token ? (Token) offendingSymbol : null;
    // Recovery may stumble over the same token twice; one report per place is enough.
    if (reported >= MAX_SYNTAX_ERRORS || token != null && token.getStartIndex() == lastStart) {
      return;
    }
    reported++;
    lastStart = token == null ? -1 : token.getStartIndex();
    String message = message((Parser) recognizer, token, antlrMessage, e);
    sink.report(
        DiagnosticCode.SYNTAX_ERROR,
        token == null ? spans.at(line, charPositionInLine) : spans.of(token),
        message);
  }

  private static String message(
      Parser parser, Token token, String antlrMessage, RecognitionException e) {
    String found = token == null ? "this" : TokenNames.describe(token);
    if (e instanceof NoViableAltException) {
      return "cannot read " + found + " here";
    }
    IntervalSet expected =
        e instanceof InputMismatchException || e == null
            ? parser.getExpectedTokens()
            : e.getExpectedTokens();
    if (antlrMessage.startsWith("missing ")) {
      return "missing "
          + TokenNames.expected(expected, parser.getVocabulary())
          + " before "
          + found;
    }
    String unexpected =
        token != null && token.getType() == Token.EOF
            ? "the file ends here"
            : "unexpected " + found;
    return unexpected + "; expected " + TokenNames.expected(expected, parser.getVocabulary());
  }
}
