package dev.eligo.maven.generation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Encodes generated Java source in the project's encoding, so that javac reads it back as written.
 * A character the encoding cannot represent (a {@code ≥} in ISO-8859-1) becomes a Java Unicode
 * escape, which javac reads the same anywhere in a source file.
 */
final class JavaSourceEncoder {
  private JavaSourceEncoder() {}

  static byte[] encode(String source, Charset encoding) {
    CharsetEncoder encoder =
        encoding
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String encodable = escapeUnmappable(source, encoder);
    try {
      ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(encodable));
      byte[] result = new byte[bytes.remaining()];
      bytes.get(result);
      return result;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("ASCII escapes are encodable in " + encoding, e);
    }
  }

  private static String escapeUnmappable(String source, CharsetEncoder encoder) {
    if (encoder.canEncode(source)) {
      return source;
    }
    StringBuilder out = new StringBuilder(source.length() + 64);
    int i = 0;
    while (i < source.length()) {
      int codePoint = source.codePointAt(i);
      int length = Character.charCount(codePoint);
      String character = source.substring(i, i + length);
      if (encoder.canEncode(character)) {
        out.append(character);
      } else {
        for (char unit : character.toCharArray()) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
        }
      }
      i += length;
    }
    return out.toString();
  }
}
