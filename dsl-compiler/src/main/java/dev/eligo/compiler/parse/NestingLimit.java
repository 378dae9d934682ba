package dev.eligo.compiler.parse;

import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.grammar.EligoLexer;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Refuses expressions nested beyond what any protocol needs, before the parser (which recurses once
 * per level) and the Java compiler (which does too, on the generated code) overflow their stacks.
 * Nesting counts open parentheses, chains of prefix operators ({@code not not ...}) and {@code if}s
 * inside one declaration.
 */
final class NestingLimit {
  /** Far beyond the sample protocol's deepest expression (about 12). */
  static final int MAX_DEPTH = 64;

  private static final Set<Integer> DECLARATION_STARTS =
      Set.of(
          EligoLexer.CODESYSTEM,
          EligoLexer.VALUESET,
          EligoLexer.OBSERVATION,
          EligoLexer.CONDITION,
          EligoLexer.MEDICATION,
          EligoLexer.PROCEDURE,
          EligoLexer.ALLERGY,
          EligoLexer.PARTICIPATION,
          EligoLexer.ATTESTATION,
          EligoLexer.DEFINE,
          EligoLexer.INCLUSION,
          EligoLexer.EXCLUSION,
          EligoLexer.PART);
  private static final Set<Integer> PREFIX_OPERATORS =
      Set.of(
          EligoLexer.NOT,
          EligoLexer.MINUS,
          EligoLexer.EXISTS,
          EligoLexer.COUNT,
          EligoLexer.LATEST,
          EligoLexer.EARLIEST);

  private NestingLimit() {}

  /** Reports the first place nested deeper than the limit; true when there is one. */
  static boolean exceeded(List<Token> tokens, DiagnosticSink sink, Spans spans) {
    int parentheses = 0;
    int prefixRun = 0;
    // The parenthesis depth at which each 'if' still open began: an 'if' ends, at the latest,
    // with the parenthesis around it ('(if a then b else c) or (if ...)' nests one level, not two).
    java.util.ArrayDeque<Integer> ifs = new java.util.ArrayDeque<>();
    for (Token token : tokens) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue; // spaces and comments between 'not's do not end a chain
      }
      int type = token.getType();
      if (DECLARATION_STARTS.contains(type)) {
        parentheses = 0;
        ifs.clear();
      }
      parentheses += type == EligoLexer.LPAREN ? 1 : type == EligoLexer.RPAREN ? -1 : 0;
      while (!ifs.isEmpty() && ifs.peek() > parentheses) {
        ifs.pop();
      }
      prefixRun = PREFIX_OPERATORS.contains(type) ? prefixRun + 1 : 0;
      if (type == EligoLexer.IF) {
        ifs.push(parentheses);
      }
      if (parentheses + prefixRun + ifs.size() > MAX_DEPTH) {
        sink.report(
            DiagnosticCode.NESTED_TOO_DEEPLY,
            spans.of(token),
            "this expression is nested more than "
                + MAX_DEPTH
                + " levels deep (parentheses, 'if's and"
                + " operators such as 'not' in a row); split it into definitions");
        return true;
      }
    }
    return false;
  }
}
