package dev.eligo.cli.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text parked in a temporary file until a report can write it out, so that it is not kept in
 * memory.
 */
final class Spill implements Closeable {
  private final Path file;
  private final BufferedWriter writer;

  Spill(String prefix) throws IOException {
    file = Files.createTempFile("eligo-" + prefix + "-", ".tmp");
    file.toFile().deleteOnExit();
    writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  void write(String text) throws IOException {
    writer.write(text);
  }

  /** Everything written so far, copied to {@code out}. */
  void copyTo(Writer out) throws IOException {
    writer.flush();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  /** Deletes the file. */
  @Override
  public void close() throws IOException {
    writer.close();
    Files.deleteIfExists(file);
  }
}
