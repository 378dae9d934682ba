package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists a directory's regular files with a given extension, sorted by name so runs repeat. */
final class DirectoryListing {
  private DirectoryListing() {}

  /** The files directly in {@code directory} whose name ends with {@code extension}, any case. */
  static List<Path> files(Path directory, String extension) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .collect(Collectors.toList());
    }
  }
}
