package dev.eligo.compiler.parse;

import dev.eligo.grammar.EligoLexer;
import dev.eligo.grammar.EligoParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, except that it never throws away a keyword that starts a declaration or a part.
 * Such a keyword means nothing anywhere else, so after an expression cut short ({@code define a = x
 * and} followed by {@code inclusion I1 ...}) the next declaration is read as written instead of
 * being skipped or taken apart.
 */
final class DeclarationRecovery extends DefaultErrorStrategy {
  private static final IntervalSet DECLARATION_STARTS =
      new IntervalSet(
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

  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    if (DECLARATION_STARTS.contains(recognizer.getInputStream().LA(1))) {
      return null;
    }
    return super.singleTokenDeletion(recognizer);
  }

  /**
   * Before a definition's optional label, a missing {@code =} ({@code define labWindow 28 days}) is
   * left for the match of {@code =} to report, which inserts it and keeps the expression.
   */
  @Override
  public void sync(Parser recognizer) {
    if (recognizer.getContext() instanceof EligoParser.DefinitionContext) {
      return;
    }
    super.sync(recognizer);
  }

  @Override
  protected void consumeUntil(Parser recognizer, IntervalSet set) {
    super.consumeUntil(recognizer, set.or(DECLARATION_STARTS));
  }
}
