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
  }

  /** Reads a file in UTF-8. */
  public static SourceFile read(Path path) throws IOException {
    return read(path, StandardCharsets.UTF_8);
  }

  /** Reads a file in the given encoding. */
  public static SourceFile read(Path path, Charset encoding) throws IOException {
    return new SourceFile(path.toString(), Files.readString(path, encoding));
  }

  /** The text of a 1-based line, without its line terminator; empty past the end. */
  public String line(int number) {
    int start = 0;
    for (int line = 1; line < number; line++) {
      int next = content.indexOf('\n', start);
      if (next < 0) {
        return "";
      }
      start = next + 1;
    }
    int end = content.indexOf('\n', start);
    String text = end < 0 ? content.substring(start) : content.substring(start, end);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
