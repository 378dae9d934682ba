package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One Bundle JSON file: yields one patient, or one error naming the file. */
final class BundleFileSource extends LazySource {
  private final Path file;
  private final ReadLimits limits;
  private boolean read;

  BundleFileSource(Path file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  PatientReadResult computeNext() {
    if (read) {
      return null;
    }
    read = true;
    return read(file, limits);
  }

  /**
   * Reads and maps one Bundle file; the source named in the result is the file's name. A file
   * larger than the limit is refused before it is read.
   */
  static PatientReadResult read(Path file, ReadLimits limits) {
    String source = FileNames.of(file);
    byte[] json;
    try {
      String refusal = limits.refusal(Files.size(file));
      if (refusal != null) {
        return new PatientReadError(source, refusal);
      }
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      return new PatientReadError(source, "the file cannot be read: " + IoProblems.describe(e));
    }
    if (json.length == 0) {
      return new PatientReadError(source, "the file is empty (0 bytes)");
    }
    return BundleResults.fromJson(source, json, limits.scope());
  }

  @Override
  public void close() {
    // nothing stays open between calls
  }
}
