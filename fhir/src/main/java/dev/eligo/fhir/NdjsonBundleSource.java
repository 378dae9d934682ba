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
    PendingPatient pending = computeNextPending();
    return pending == null ? null : pending.read();
  }

  // The line is read here, in order; parsing and mapping it wait for whoever reads the patient.
  @Override
  PendingPatient computeNextPending() {
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
          return PendingPatient.read(
              new PatientReadError(name + ":" + line.number(), limits.refusal(line.length())));
        }
        if (!line.isBlank()) {
          String source = name + ":" + line.number();
          byte[] json = line.bytes();
          return PendingPatient.of(
              json.length, () -> BundleResults.fromJson(source, json, limits.scope()));
        }
      }
      return finish(
          anyLine ? null : new PatientReadError(name, "the file is empty (no Bundle lines)"));
    } catch (IOException e) {
      return finish(
          new PatientReadError(name, "the file cannot be read: " + IoProblems.describe(e)));
    }
  }

  private PendingPatient finish(PatientReadResult last) {
    finished = true;
    close();
    return last == null ? null : PendingPatient.read(last);
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
