package dev.eligo.compiler.generate;

/**
 * Makes author-written text safe inside generated comments. Java reads unicode escapes
 * everywhere, comments included, so a criteria file saying backslash-u-002a-slash would otherwise close
 * the comment; string literals are safe already, JavaPoet's {@code $S} escapes backslashes.
 */
final class JavaSafe {
  private JavaSafe() {}

  /** Text for a Javadoc comment: no comment terminator, no unicode escape, no stray tags. */
  static String javadoc(String text) {
    return text
        .replace("&", "&amp;")
        .replace("\\", "&#92;")
        .replace("*/", "*&#47;")
        .replace("/*", "&#47;*")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("\r", "");
  }
}
