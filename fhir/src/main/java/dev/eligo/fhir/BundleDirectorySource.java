package dev.eligo.fhir;

import java.io.IOException;
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
    if (files == null) {
      List<Path> listed;
      try {
        listed = DirectoryListing.files(directory, ".json");
      } catch (IOException e) {
        files = List.<Path>of().iterator();
        return new PatientReadError(name(), "the directory cannot be listed: " + IoProblems.describe(e));
      }
      files = listed.iterator();
      if (listed.isEmpty()) {
        return new PatientReadError(name(), "the directory has no *.json files");
      }
    }
    return files.hasNext() ? BundleFileSource.read(files.next(), limits) : null;
  }

  private String name() {
    return FileNames.of(directory);
  }

  @Override
  public void close() {
    // files are opened and closed one at a time
  }
}
