package dev.eligo.fhir;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads NDJSON line by line as bytes, keeping each line's number and byte offset so that a line can
 * be named in an error and read again later with {@link #readAt}. A trailing {@code \r} is dropped;
 * the {@code \n} separates lines. A line longer than the limit is not kept: only its first {@link
 * #PREFIX} bytes (where a resource names its type, id and patient) and its length.
 */
final class NdjsonLines implements Closeable {
  private static final int CHUNK = 1 << 16;

  /** How much of a line too long to read is kept. */
  static final int PREFIX = 1 << 16;

  private final InputStream in;
  private final long maxLine;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private int limit;
  private long offset;
  private int number;

  NdjsonLines(InputStream in) {
    this(in, Long.MAX_VALUE);
  }

  /** Lines of at most {@code maxLine} bytes kept whole; longer ones only as a prefix. */
  NdjsonLines(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * One line: its 1-based number, the byte offset where it starts, its bytes, and its length. When
   * {@link #isTooLong()}, {@code bytes} holds only the line's first bytes.
   */
  record Line(int number, long offset, byte[] bytes, long length) {
    boolean isTooLong() {
      return length > bytes.length;
    }

    boolean isBlank() {
      return PatientJson.isBlank(bytes);
    }
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    long start = offset;
    byte[] line = new byte[64];
    int length = 0;
    long total = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return length == 0 && start == offset ? null : finish(start, line, length, total);
        }
      }
      byte b = buffer[position++];
      offset++;
      if (b == '\n') {
        return finish(start, line, length, total);
      }
      total++;
      if (total > maxLine && length >= PREFIX) {
        continue; // too long to keep: only its start is kept, and its length counted
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
    }
  }

  private Line finish(long start, byte[] line, int length, long total) {
    number++;
    if (total > maxLine) {
      return new Line(number, start, Arrays.copyOf(line, Math.min(length, PREFIX)), total);
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new Line(number, start, Arrays.copyOf(line, end), end);
  }

  /** Reads the line that starts at {@code offset} of a file, up to its {@code \n} or the end. */
  static byte[] readAt(FileChannel channel, long offset) throws IOException {
    return readAt(channel, offset, Integer.MAX_VALUE - 8);
  }

  /** Reads at most {@code max} bytes of the line that starts at {@code offset}. */
  static byte[] readAt(FileChannel channel, long offset, int max) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    long at = offset;
    while (line.size() < max) {
      chunk.clear();
      int read = channel.read(chunk, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (chunk.get(i) == '\n') {
          line.write(chunk.array(), 0, Math.min(i, max - line.size()));
          return stripCr(line.toByteArray());
        }
      }
      line.write(chunk.array(), 0, Math.min(read, max - line.size()));
      at += read;
    }
    return stripCr(line.toByteArray());
  }

  private static byte[] stripCr(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r'
        ? Arrays.copyOf(line, line.length - 1)
        : line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
