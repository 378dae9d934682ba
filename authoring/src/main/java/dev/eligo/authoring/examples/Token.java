package dev.eligo.authoring.examples;

import dev.eligo.compiler.source.SourceSpan;

/**
 * One token of an examples file.
 *
 * @param text the token as written; for strings and units, without their quotes and with escapes
 *     resolved
 */
record Token(Kind kind, String text, SourceSpan span) {

  /** What a token is. */
  enum Kind {
    WORD,
    NUMBER,
    STRING,
    UNIT,
    DATE,
    CODE,
    SYMBOL,
    NEWLINE,
    END
  }

  boolean is(String word) {
    return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(word);
  }

  /** How messages name the token. */
  String shown() {
    switch (kind) {
      case NEWLINE:
        return "the end of the line";
      case END:
        return "the end of the file";
      case STRING:
        return "\"" + text + "\"";
      case UNIT:
        return "'" + text + "'";
      default:
        return "'" + text + "'";
    }
  }
}
