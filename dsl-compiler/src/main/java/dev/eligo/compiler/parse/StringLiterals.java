package dev.eligo.compiler.parse;

import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import org.antlr.v4.runtime.Token;

/**
 * Resolves the escapes of a double-quoted string: {@code \"}, {@code \\}, {@code \n}, {@code \t},
 * {@code \}{@code uXXXX}.
 */
final class StringLiterals {
  private StringLiterals() {}

  static String unescape(Token token, DiagnosticSink sink, Spans spans) {
    String quoted = token.getText();
    String body = quoted.substring(1, quoted.length() - 1);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      // Where the escape stands, in code points from the token's start (after the opening quote).
      int escapeOffset = 1 + body.codePointCount(0, i);
      char next = body.charAt(++i);
      switch (next) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case '\\':
        case '"':
          out.append(next);
          break;
        case 'u':
          String hex = body.length() >= i + 5 ? body.substring(i + 1, i + 5) : "";
          if (!hex.matches("[0-9A-Fa-f]{4}")) {
            sink.report(
                DiagnosticCode.INVALID_ESCAPE,
                spans.inside(token, escapeOffset, 2),
                "\\u must be followed by four hexadecimal digits");
            break;
          }
          char value = (char) Integer.parseInt(hex, 16);
          if (Character.isSurrogate(value)) {
            sink.report(
                DiagnosticCode.INVALID_ESCAPE,
                spans.inside(token, escapeOffset, 6),
                "\\u" + hex + " is half of a surrogate pair; write the character itself");
          }
          out.append(value);
          i += 4;
          break;
        default:
          sink.report(
              DiagnosticCode.INVALID_ESCAPE,
              spans.inside(token, escapeOffset, 2),
              "unknown escape \\" + next + " (use \\\\, \\\", \\n, \\t or \\uXXXX)");
          out.append(next);
      }
    }
    return out.toString();
  }
}
