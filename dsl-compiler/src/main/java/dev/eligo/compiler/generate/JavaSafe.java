package dev.eligo.compiler.generate;

/**
 * Makes author-written text safe inside generated comments. Java reads unicode escapes everywhere,
 * comments included, so a criteria file saying backslash-u-002a-slash would otherwise close the
 * comment. String literals are written by {@link #stringLiteral}: JavaPoet would break a line at a
 * line or paragraph separator pasted from a PDF, inside the literal.
 */
final class JavaSafe {
  private JavaSafe() {}

  /** Text for a Javadoc comment: no comment terminator, no unicode escape, no stray tags. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("\\", "&#92;")
        .replace("*/", "*&#47;")
        .replace("/*", "&#47;*")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("\r", "");
  }

  /**
   * A Java string literal of any text. Quotes, backslashes and control characters are escaped;
   * characters that tools treat as line breaks (U+0085, U+2028, U+2029) are written as escapes, so
   * that the source line never breaks inside the literal.
   */
  static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == 0x85) {
            // An octal escape is read with the literal; a unicode escape of a control character
            // would be read before it and could end the line.
            out.append(String.format(java.util.Locale.ROOT, "\\%03o", (int) c));
          } else if (c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
