package dev.eligo.maven.generation;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The directory generated sources go to. Writes a file only when its bytes differ, so that an
 * unchanged file keeps its timestamp and javac does not compile it again.
 */
final class OutputDirectory {
  private final Path root;

  OutputDirectory(Path root) {
    this.root = root;
  }

  boolean exists(String relativePath) {
    return Files.isRegularFile(root.resolve(relativePath));
  }

  /** Writes the file unless it already has this content; true when it was written. */
  boolean writeIfChanged(String relativePath, byte[] content) throws IOException {
    Path file = root.resolve(relativePath);
    if (Files.isRegularFile(file)
        && Files.size(file) == content.length
        && Arrays.equals(Files.readAllBytes(file), content)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return true;
  }

  /** Deletes a generated file and the package directories it leaves empty; true when it existed. */
  boolean delete(String relativePath) throws IOException {
    Path file = root.resolve(relativePath);
    boolean existed = Files.deleteIfExists(file);
    for (Path dir = file.getParent();
        dir != null && dir.startsWith(root) && !dir.equals(root);
        dir = dir.getParent()) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException e) {
        break;
      }
    }
    return existed;
  }
}
