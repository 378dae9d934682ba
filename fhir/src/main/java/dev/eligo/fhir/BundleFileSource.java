package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One Bundle JSON file: yields one patient, or one error naming the file. */
final class BundleFileSource extends LazySource {
  private final Path file;
  private boolean read;

  BundleFileSource(Path file) {
    this.file = file;
  }

  @Override
  PatientReadResult computeNext() {
    if (read) {
      return null;
    }
    read = true;
    return read(file);
  }

  /** Reads and maps one Bundle file; the source named in the result is the file's name. */
  static PatientReadResult read(Path file) {
    String source = String.valueOf(file.getFileName());
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      return new PatientReadError(source, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (json.length == 0) {
      return new PatientReadError(source, "the file is empty (0 bytes)");
    }
    return BundleResults.fromJson(source, json);
  }

  @Override
  public void close() {
    // nothing stays open between calls
  }
}
