package dev.eligo.cli.screen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Estimates how many patients the inputs hold, cheaply and without parsing: one per Bundle file,
 * one per line of an NDJSON file of Bundles or of a bulk export's {@code Patient*.ndjson}.
 */
public final class InputSize {
  private InputSize() {}

  /** The estimated number of patients in all inputs; unreadable inputs count as one. */
  public static long estimate(List<Path> inputs) {
    long total = 0;
    for (Path input : inputs) {
      total += estimate(input);
    }
    return total;
  }

  private static long estimate(Path input) {
    try {
      if (!Files.isDirectory(input)) {
        return isNdjson(input) ? Math.max(1, lines(input)) : 1;
      }
      long bundles = 0;
      long patientLines = 0;
      try (DirectoryStream<Path> files = Files.newDirectoryStream(input)) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            bundles++;
          } else if (name.startsWith("Patient") && isNdjson(file)) {
            patientLines += lines(file);
          }
        }
      }
      return patientLines > 0 ? patientLines : Math.max(1, bundles);
    } catch (IOException e) {
      return 1; // the source reports the problem as an error row
    }
  }

  private static boolean isNdjson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
  }

  private static long lines(Path file) throws IOException {
    long lines = 0;
    boolean pending = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines += pending ? 1 : 0;
            pending = false;
          } else if (!Character.isWhitespace(buffer[i])) {
            pending = true;
          }
        }
      }
    }
    return lines + (pending ? 1 : 0);
  }
}
