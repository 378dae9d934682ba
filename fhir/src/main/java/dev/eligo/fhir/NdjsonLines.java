package dev.eligo.fhir;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads NDJSON line by line as bytes, keeping each line's number and byte offset so that a line
 * can be named in an error and read again later with {@link #readAt}. A trailing {@code \r} is
 * dropped; the {@code \n} separates lines.
 */
final class NdjsonLines implements Closeable {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private long offset;
  private int number;

  NdjsonLines(InputStream in) {
    this.in = in;
  }

  /** One line: its 1-based number, the byte offset where it starts, and its bytes. */
  record Line(int number, long offset, byte[] bytes) {
    boolean isBlank() {
      return PatientJson.isBlank(bytes);
    }
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    long start = offset;
    byte[] line = new byte[64];
    int length = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return length == 0 && start == offset ? null : finish(start, line, length);
        }
      }
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        return finish(start, line, length);
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
    }
  }

  private Line finish(long start, byte[] line, int length) {
    number++;
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new Line(number, start, Arrays.copyOf(line, end));
  }

  /** Reads the line that starts at {@code offset} of a file, up to its {@code \n} or the end. */
  static byte[] readAt(FileChannel channel, long offset) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    byte[] line = new byte[0];
    long at = offset;
    while (true) {
      chunk.clear();
      int read = channel.read(chunk, at);
      if (read <= 0) {
        return stripCr(line);
      }
      for (int i = 0; i < read; i++) {
        if (chunk.get(i) == '\n') {
          return stripCr(append(line, chunk.array(), i));
        }
      }
      line = append(line, chunk.array(), read);
      at += read;
    }
  }

  private static byte[] append(byte[] line, byte[] more, int count) {
    byte[] joined = Arrays.copyOf(line, line.length + count);
    System.arraycopy(more, 0, joined, line.length, count);
    return joined;
  }

  private static byte[] stripCr(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
