package dev.eligo.compiler.javac;

import dev.eligo.runtime.ProtocolEvaluator;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path javac needs for a generated evaluator: where the runtime's classes are loaded from
 * (its jar, its classes directory, or eligo.jar itself when run with {@code java -jar}), then this
 * JVM's class path.
 */
final class RuntimeClassPath {
  private RuntimeClassPath() {}

  static List<File> entries() {
    Set<File> entries = new LinkedHashSet<>();
    codeSource(ProtocolEvaluator.class).ifPresent(entries::add);
    String classPath = System.getProperty("java.class.path", "");
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
        entries.add(new File(entry));
      }
    }
    return List.copyOf(entries);
  }

  private static java.util.Optional<File> codeSource(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return java.util.Optional.empty();
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.exists(path) ? java.util.Optional.of(path.toFile()) : java.util.Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return java.util.Optional.empty(); // not a file location; the JVM class path must do
    }
  }
}
