package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * A directory of Bundle JSON files ({@code *.json}, not recursive), read in order of file name so
 * that runs are repeatable. Only the list of names is held; each file is read when its turn comes.
 */
final class BundleDirectorySource extends LazySource {
  private final Path directory;
  private final ReadLimits limits;
  private Iterator<Path> files;

  BundleDirectorySource(Path directory, ReadLimits limits) {
    this.directory = directory;
    this.limits = limits;
  }

  @Override
  PatientReadResult computeNext() {
    PendingPatient pending = computeNextPending();
    return pending == null ? null : pending.read();
  }

  // Listing stays in order here; each file is read, parsed and mapped by whoever reads the patient.
  @Override
  PendingPatient computeNextPending() {
    if (files == null) {
      List<Path> listed;
      try {
        listed = DirectoryListing.files(directory, ".json");
      } catch (IOException e) {
        files = List.<Path>of().iterator();
        return PendingPatient.read(
            new PatientReadError(
                name(), "the directory cannot be listed: " + IoProblems.describe(e)));
      }
      files = listed.iterator();
      if (listed.isEmpty()) {
        return PendingPatient.read(
            new PatientReadError(name(), "the directory has no *.json files"));
      }
    }
    if (!files.hasNext()) {
      return null;
    }
    Path file = files.next();
    return PendingPatient.of(sizeOf(file), () -> BundleFileSource.read(file, limits));
  }

  /** The file's size, to weigh it before it is read; 0 when unknown (reading it will say why). */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private String name() {
    return FileNames.of(directory);
  }

  @Override
  public void close() {
    // files are opened and closed one at a time
  }
}
