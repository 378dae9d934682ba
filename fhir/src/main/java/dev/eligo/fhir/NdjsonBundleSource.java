package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An NDJSON file with one Bundle per line, read one line at a time; blank lines are skipped and
 * errors name the file and line ({@code bundles.ndjson:12}).
 */
final class NdjsonBundleSource extends LazySource {
  private final Path file;
  private final String name;
  private final ReadLimits limits;
  private NdjsonLines lines;
  private boolean finished;
  private boolean anyLine;

  NdjsonBundleSource(Path file, ReadLimits limits) {
    this.file = file;
    this.name = FileNames.of(file);
    this.limits = limits;
  }

  @Override
  PatientReadResult computeNext() {
    if (finished) {
      return null;
    }
    try {
      if (lines == null) {
        lines = new NdjsonLines(Files.newInputStream(file), limits.maxBundleBytes());
      }
      NdjsonLines.Line line;
      while ((line = lines.next()) != null) {
        anyLine = true;
        if (line.isTooLong()) {
          return new PatientReadError(name + ":" + line.number(), limits.refusal(line.length()));
        }
        if (!line.isBlank()) {
          return BundleResults.fromJson(name + ":" + line.number(), line.bytes());
        }
      }
      return finish(anyLine ? null : new PatientReadError(name, "the file is empty (no Bundle lines)"));
    } catch (IOException e) {
      return finish(new PatientReadError(name, "the file cannot be read: " + IoProblems.describe(e)));
    }
  }

  private PatientReadResult finish(PatientReadResult last) {
    finished = true;
    close();
    return last;
  }

  @Override
  public void close() {
    if (lines != null) {
      try {
        lines.close();
      } catch (IOException e) {
        // nothing was written; a failure to close a file being read loses nothing
      }
      lines = null;
    }
  }
}
