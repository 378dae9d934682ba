package dev.eligo.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths from the command line and back, whatever the locale. Under {@code LANG=C} Java decodes
 * arguments and file names with US-ASCII ({@code sun.jnu.encoding}, which no {@code -D} option
 * changes), so {@code é.json} arrives as two replacement characters and {@link Path#of} refuses it.
 * On Linux the arguments' bytes are still in {@code /proc/self/cmdline}; a path is made from bytes
 * through a {@code file:} URI, whose percent-escapes Java turns into the path's bytes unchanged.
 */
final class Paths {
  private static final Charset JNU = jnu();

  private Paths() {}

  /**
   * The arguments as UTF-8 text: recovered from their bytes when the platform decoded them lossily.
   */
  static String[] arguments(String[] args) {
    if (JNU.equals(StandardCharsets.UTF_8)
        || java.util.Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
      return args;
    }
    try {
      List<byte[]> raw = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
      if (raw.size() < args.length) {
        return args;
      }
      List<byte[]> mine = raw.subList(raw.size() - args.length, raw.size());
      String[] recovered = new String[args.length];
      for (int i = 0; i < args.length; i++) {
        if (!new String(mine.get(i), JNU).equals(args[i])) {
          return args; // not the arguments this program was given: keep them as they are
        }
        recovered[i] = new String(mine.get(i), StandardCharsets.UTF_8);
      }
      return recovered;
    } catch (IOException | RuntimeException e) {
      return args;
    }
  }

  /**
   * A path from text the user typed, made from its UTF-8 bytes when the platform cannot encode it.
   */
  static Path of(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      if (JNU.newEncoder().canEncode(text)) {
        throw e;
      }
      try {
        Path base = text.startsWith("/") ? null : Files.readSymbolicLink(Path.of("/proc/self/cwd"));
        String prefix = base == null ? "file://" : base.toUri().toString().replaceAll("/?$", "/");
        return Path.of(
            URI.create(
                prefix + escape(text.startsWith("/") ? text : text.replaceFirst("^\\./", ""))));
      } catch (IOException | RuntimeException again) {
        throw e;
      }
    }
  }

  /** A path as text for messages, with its name decoded as UTF-8 whatever the locale. */
  static String shown(Path path) {
    Path parent = path.getParent();
    String name = dev.eligo.fhir.FileNames.of(path);
    return parent == null ? name : parent + "/" + name;
  }

  /** Percent-encodes every byte of the UTF-8 text except unreserved characters and {@code /}. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "%%%02X", c));
      }
    }
    return out.toString();
  }

  private static List<byte[]> split(byte[] cmdline) {
    List<byte[]> parts = new ArrayList<>();
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    for (byte b : cmdline) {
      if (b == 0) {
        parts.add(part.toByteArray());
        part.reset();
      } else {
        part.write(b);
      }
    }
    if (part.size() > 0) {
      parts.add(part.toByteArray());
    }
    return parts;
  }

  private static Charset jnu() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
