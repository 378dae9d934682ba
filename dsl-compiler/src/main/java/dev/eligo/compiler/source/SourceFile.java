package dev.eligo.compiler.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A criteria file's text and the name it is reported under.
 *
 * @param name how diagnostics name the file: a path as the user gave it, or a label for text
 * @param content the file's text
 */
public record SourceFile(String name, String content) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    // Editors on Windows often start UTF-8 files with a byte order mark; it is not part of the
    // text.
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
  }

  /** Reads a file in UTF-8. */
  public static SourceFile read(Path path) throws IOException {
    return read(path, StandardCharsets.UTF_8);
  }

  /** Reads a file in the given encoding. */
  public static SourceFile read(Path path, Charset encoding) throws IOException {
    return new SourceFile(path.toString(), Files.readString(path, encoding));
  }

  /**
   * The text of a 1-based line, without its line terminator; empty past the end. Lines end at a
   * line feed, a carriage return and line feed, or a carriage return alone.
   */
  public String line(int number) {
    int start = 0;
    for (int line = 1; line < number; line++) {
      int next = lineEnd(start);
      if (next == content.length()) {
        return "";
      }
      start = next + (content.startsWith("\r\n", next) ? 2 : 1);
    }
    return content.substring(start, lineEnd(start));
  }

  private int lineEnd(int from) {
    for (int i = from; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return content.length();
  }
}
