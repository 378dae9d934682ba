package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;

/** Opens FHIR input as a {@link PatientSource}: Bundle files, directories, NDJSON, bulk exports. */
public final class PatientSources {
  private PatientSources() {}

  /**
   * Opens a path by what it is: a directory holding {@code Patient*.ndjson} is a bulk export, any
   * other directory holds Bundle JSON files; a {@code .ndjson} file has one Bundle per line; any
   * other file is one Bundle. A path that does not exist yields one error.
   */
  public static PatientSource open(Path path) {
    return open(path, ReadLimits.forHeap());
  }

  /** As {@link #open(Path)}, reading no patient larger than the limits allow. */
  public static PatientSource open(Path path, ReadLimits limits) {
    if (Files.isDirectory(path)) {
      return isBulkExport(path)
          ? new BulkExportSource(path, limits)
          : new BundleDirectorySource(path, limits);
    }
    if (!Files.exists(path)) {
      return single(new PatientReadError(FileNames.of(path), "no such file or directory"));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson")
        ? new NdjsonBundleSource(path, limits)
        : new BundleFileSource(path, limits);
  }

  /** One Bundle JSON file. */
  public static PatientSource bundleFile(Path file) {
    return new BundleFileSource(file, ReadLimits.forHeap());
  }

  /** A directory of Bundle JSON files ({@code *.json}), in order of file name. */
  public static PatientSource bundleDirectory(Path directory) {
    return new BundleDirectorySource(directory, ReadLimits.forHeap());
  }

  /** An NDJSON file with one Bundle per line. */
  public static PatientSource ndjsonBundles(Path file) {
    return new NdjsonBundleSource(file, ReadLimits.forHeap());
  }

  /** A bulk-export directory of per-resource NDJSON files, grouped by patient. */
  public static PatientSource bulkExport(Path directory) {
    return new BulkExportSource(directory, ReadLimits.forHeap());
  }

  /**
   * The bytes of one Bundle, read and mapped as a Bundle file would be; {@code source} names it in
   * results.
   */
  public static PatientReadResult bundleJson(String source, byte[] json) {
    return BundleResults.fromJson(source, json);
  }

  /** Bundles already in memory, named {@code bundle[0]}, {@code bundle[1]}, ... in results. */
  public static PatientSource fromBundles(Iterable<Bundle> bundles) {
    Iterator<Bundle> iterator = bundles.iterator();
    return new LazySource() {
      private int index;

      @Override
      PatientReadResult computeNext() {
        return iterator.hasNext()
            ? BundleResults.fromBundle("bundle[" + index++ + "]", iterator.next())
            : null;
      }

      @Override
      public void close() {
        // nothing to release
      }
    };
  }

  private static boolean isBulkExport(Path directory) {
    try {
      return DirectoryListing.files(directory, ".ndjson").stream()
          .anyMatch(BulkExportSource::isPatientFile);
    } catch (IOException e) {
      return false; // the directory source reports why it cannot be listed
    }
  }

  private static PatientSource single(PatientReadResult result) {
    return new LazySource() {
      private boolean given;

      @Override
      PatientReadResult computeNext() {
        if (given) {
          return null;
        }
        given = true;
        return result;
      }

      @Override
      public void close() {
        // nothing to release
      }
    };
  }
}
