package dev.eligo.maven.generation;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The package of an evaluator derived from its criteria file's place under the source root, as the
 * ANTLR plugin does for grammars: {@code org/site/NCT1.eligo} gives {@code org.site}, a file
 * directly in the root gives the unnamed package.
 */
final class PackageNames {
  private PackageNames() {}

  /**
   * The package for a file, or empty when its directories are not a Java package name.
   *
   * @param relativePath the file's path under the source root, with {@code /} separators
   */
  static Optional<String> derive(String relativePath) {
    int lastSlash = relativePath.lastIndexOf('/');
    if (lastSlash < 0) {
      return Optional.of("");
    }
    String name = relativePath.substring(0, lastSlash).replace('/', '.');
    return SourceVersion.isName(name) ? Optional.of(name) : Optional.empty();
  }
}
