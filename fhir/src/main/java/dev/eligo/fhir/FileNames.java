package dev.eligo.fhir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as people read them, whatever the locale. Under {@code LANG=C} Java decodes file names
 * with US-ASCII ({@code sun.jnu.encoding}), so {@code é.json} prints as {@code ??.json}; the bytes
 * of the name are still in the path, and its URI gives them back, percent-encoded. They are decoded
 * as UTF-8, what file names are on the systems Eligo runs on.
 */
public final class FileNames {
  private static final boolean PLATFORM_DECODES_UTF8 = jnuIsUtf8();

  private FileNames() {}

  /** The last element of the path as text, decoded from its bytes as UTF-8. */
  public static String of(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return String.valueOf(path);
    }
    if (PLATFORM_DECODES_UTF8 || isAscii(name.toString()) && !name.toString().contains("\uFFFD")) {
      return name.toString();
    }
    try {
      String raw = path.toAbsolutePath().toUri().getRawPath();
      if (raw.endsWith("/")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      return decode(raw.substring(raw.lastIndexOf('/') + 1));
    } catch (RuntimeException e) {
      return name.toString();
    }
  }

  /** Percent-decodes a URI path segment to bytes and reads them as UTF-8. */
  static String decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length()) {
        bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  private static boolean jnuIsUtf8() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
          .equals(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
