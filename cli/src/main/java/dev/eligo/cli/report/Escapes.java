package dev.eligo.cli.report;

/**
 * Makes text from patient data safe to print on any terminal: control characters (ESC, CR, BEL, the
 * C1 set), line and paragraph separators and the bidirectional overrides that reorder what a reader
 * sees are written as visible escapes ({@code \x1B}, {@code \r}, {@code \u202E}), so an id or a
 * message from a file can neither move the cursor, recolour the screen nor hide text.
 */
final class Escapes {
  private Escapes() {}

  /** One line: every control character escaped, line breaks included. */
  static String line(String text) {
    return escape(text, false);
  }

  /** Text of several lines: line breaks kept, every other control character escaped. */
  static String lines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepNewlines) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = c == '\n' && keepNewlines ? null : escaped(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String escaped(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\\':
        return null;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
      return String.format(java.util.Locale.ROOT, "\\x%02X", (int) c);
    }
    if ((c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C) {
      return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
    return null;
  }
}
