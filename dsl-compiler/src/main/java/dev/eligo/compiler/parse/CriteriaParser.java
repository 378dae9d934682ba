package dev.eligo.compiler.parse;

import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Header;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.grammar.EligoLexer;
import dev.eligo.grammar.EligoParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * The parse stage: criteria text to AST. Syntax errors become diagnostics in the sink (ANTLR's
 * console listeners are removed); the parser recovers so that one run reports several errors, and
 * the AST marks what could not be read with {@code Erroneous} nodes.
 */
public final class CriteriaParser {
  private CriteriaParser() {}

  /** Typographic operators, read as the operator they stand for once reported. */
  private static final java.util.Map<String, Integer> OPERATOR_FOR =
      java.util.Map.of(
          "\u2265",
          EligoLexer.GE,
          "\u2264",
          EligoLexer.LE,
          "\u2260",
          EligoLexer.NE,
          "\u2212",
          EligoLexer.MINUS);

  /** What to write instead of characters protocol texts use but expressions do not. */
  private static final java.util.Map<String, String> INSTEAD =
      java.util.Map.of(
          "\u2265",
          "'>='",
          "\u2264",
          "'<='",
          "\u2260",
          "'!='",
          "\u00D7",
          "'x ULN' or '*'",
          "\u2212",
          "'-'",
          "\u201C",
          "straight double quotes",
          "\u201D",
          "straight double quotes",
          "\u2018",
          "straight single quotes",
          "\u2019",
          "straight single quotes");

  /** Parses a file's text; check {@code sink.hasErrors()} before trusting the tree. */
  public static CriteriaFile parse(DiagnosticSink sink) {
    String text = sink.file().content();
    Spans spans = new Spans(text);
    EligoLexer lexer = new EligoLexer(CharStreams.fromString(text, sink.file().name()));
    lexer.removeErrorListeners();
    List<Token> tokens = readableTokens(lexer, sink, spans);
    if (NestingLimit.exceeded(tokens, sink, spans)) {
      // The parser recurses once per level: a file nested this deeply is not parsed at all.
      return new CriteriaFile(new Header("", "", "", SourceSpan.NONE), List.of(), SourceSpan.NONE);
    }

    EligoParser parser = new EligoParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    parser.setErrorHandler(new DeclarationRecovery());
    SyntaxErrorListener listener = new SyntaxErrorListener(sink, spans);
    parser.addErrorListener(listener);
    EligoParser.CriteriaFileContext tree = parser.criteriaFile();
    return new AstBuilder(sink, spans).build(tree);
  }

  // Characters the language does not use are reported here, once each, and left out of what the
  // parser sees, so that one stray character does not also produce a confusing syntax error.
  // An opening quote without its closing one becomes the text or unit it was meant to open, up to
  // the end of its line, so that the words after it are not read as names.
  private static List<Token> readableTokens(EligoLexer lexer, DiagnosticSink sink, Spans spans) {
    List<Token> tokens = new ArrayList<>();
    CommonToken unterminated = null;
    for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
      int type = token.getType();
      if (unterminated != null && type != Token.EOF && token.getLine() == unterminated.getLine()) {
        unterminated.setStopIndex(token.getStopIndex());
        continue;
      }
      unterminated = null;
      if (type == EligoLexer.BAD_CHARACTER || type == EligoLexer.CODE_BAD) {
        reportBadCharacter(token, sink, spans);
        if (type == EligoLexer.BAD_CHARACTER
            && (token.getText().equals("\"") || token.getText().equals("'"))) {
          unterminated = new CommonToken(token);
          unterminated.setType(token.getText().equals("\"") ? EligoLexer.STRING : EligoLexer.UNIT);
          // An empty text or unit: nothing after a syntax error is checked or generated.
          unterminated.setText(token.getText() + token.getText());
          tokens.add(unterminated);
        }
        Integer operator =
            type == EligoLexer.BAD_CHARACTER ? OPERATOR_FOR.get(token.getText()) : null;
        if (operator != null) {
          // Read on as if '>=' had been written, so that one '≥' copied from a protocol text is
          // one error, not also the syntax errors of the words after it.
          CommonToken asWritten = new CommonToken(token);
          asWritten.setType(operator);
          tokens.add(asWritten);
        }
      } else {
        tokens.add(token);
      }
      if (type == Token.EOF) {
        return tokens;
      }
    }
  }

  private static void reportBadCharacter(Token token, DiagnosticSink sink, Spans spans) {
    String text = token.getText();
    if (text.equals("\"")) {
      sink.report(
          DiagnosticCode.UNTERMINATED_STRING,
          spans.of(token),
          "this text has no closing double quote on its line");
    } else if (text.equals("'")) {
      sink.report(
          DiagnosticCode.UNTERMINATED_STRING,
          spans.of(token),
          "this unit has no closing single quote on its line");
    } else {
      int codePoint = text.codePointAt(0);
      String instead = INSTEAD.getOrDefault(text, "");
      sink.report(
          DiagnosticCode.BAD_CHARACTER,
          spans.of(token),
          String.format(
              java.util.Locale.ROOT,
              "the character '%s' (U+%04X) has no meaning here%s",
              text,
              codePoint,
              instead.isEmpty() ? "" : "; write " + instead));
    }
  }
}
