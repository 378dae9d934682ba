package dev.eligo.cli.report;

/** Escaping for HTML text and attribute values. */
final class Html {
  private Html() {}

  /** The text with {@code & < > " '} escaped, safe in element content and quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** The text on one line, cut to at most {@code max} characters with an ellipsis. */
  static String shorten(String text, int max) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.codePointCount(0, oneLine.length()) <= max) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }
}
