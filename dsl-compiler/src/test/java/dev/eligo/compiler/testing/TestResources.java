package dev.eligo.compiler.testing;

import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Criteria files of the test resources, read the way the compiler reads files. */
public final class TestResources {
  private TestResources() {}

  /** A directory of the test classpath, such as {@code diagnostics}. */
  public static Path directory(String name) {
    URL url = TestResources.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource directory " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code .eligo} files of a resource directory, sorted by name. */
  public static List<Path> criteriaFiles(String directory) {
    try (Stream<Path> files = Files.list(directory(directory))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".eligo")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file as a source named by its file name only, so that messages do not depend on the checkout.
   */
  public static SourceFile read(Path file) {
    try {
      return new SourceFile(
          file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case name of a test file: its name without {@code .eligo}. */
  public static String caseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".eligo".length());
  }
}
