package dev.eligo.compiler.parse;

import dev.eligo.grammar.EligoLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Names tokens the way a protocol author reads them: {@code a name}, {@code 'where'}. */
final class TokenNames {
  private static final Map<Integer, String> CATEGORY_NAMES =
      Map.ofEntries(
          Map.entry(EligoLexer.IDENTIFIER, "a name"),
          Map.entry(EligoLexer.STRING, "a text in double quotes"),
          Map.entry(EligoLexer.NUMBER, "a number"),
          Map.entry(EligoLexer.UNIT, "a UCUM unit in single quotes"),
          Map.entry(EligoLexer.CODE, "a code"),
          Map.entry(EligoLexer.CODE_STRING, "a code"),
          Map.entry(EligoLexer.DATE, "a date"),
          Map.entry(EligoLexer.X_ULN, "'x ULN'"),
          Map.entry(EligoLexer.X_LLN, "'x LLN'"),
          Map.entry(EligoLexer.CODE_COMMA, "','"),
          Map.entry(Token.EOF, "the end of the file"));

  /** When more are possible, listing them all helps nobody. */
  private static final int MAX_LISTED = 6;

  private TokenNames() {}

  static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "the end of the file";
    }
    String text = token.getText().replace("\n", "\\n").replace("\r", "\\r");
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "'" + text + "'";
  }

  static String expected(IntervalSet expected, Vocabulary vocabulary) {
    List<String> names = new ArrayList<>();
    for (int type : expected.toArray()) {
      String name = CATEGORY_NAMES.getOrDefault(type, vocabulary.getLiteralName(type));
      if (name == null) {
        name = vocabulary.getDisplayName(type);
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return "something else";
    }
    if (names.size() > MAX_LISTED) {
      return String.join(", ", names.subList(0, MAX_LISTED))
          + " or another of "
          + (names.size() - MAX_LISTED)
          + " more";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }
}
