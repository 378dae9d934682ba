package dev.eligo.maven.generation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;

/** Finds the criteria files under a source root with Ant-style includes and excludes. */
final class CriteriaSources {
  private CriteriaSources() {}

  /**
   * The matching files' paths relative to the root, with {@code /} separators, sorted so that every
   * machine compiles them in the same order; none when the root does not exist.
   */
  static List<String> find(Path root, List<String> includes, List<String> excludes) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    DirectoryScanner scanner = new DirectoryScanner();
    scanner.setBasedir(root.toFile());
    scanner.setIncludes(includes.toArray(String[]::new));
    scanner.setExcludes(excludes.toArray(String[]::new));
    scanner.addDefaultExcludes();
    scanner.scan();
    return Arrays.stream(scanner.getIncludedFiles())
        .map(path -> path.replace(File.separatorChar, '/'))
        .sorted()
        .toList();
  }
}
