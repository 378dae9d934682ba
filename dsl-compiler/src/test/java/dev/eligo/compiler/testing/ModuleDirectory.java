package dev.eligo.compiler.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Files of this module's checkout, found from where its test classes were compiled rather than from
 * the working directory: the mutation run ({@code -Pmutation}) starts these tests from the example
 * module's directory.
 */
public final class ModuleDirectory {
  private static final Path ROOT = locate();

  private ModuleDirectory() {}

  /** A path relative to the {@code dsl-compiler} directory, such as {@code src/test/resources}. */
  public static Path resolve(String relative) {
    return ROOT.resolve(relative).normalize();
  }

  // target/test-classes lies two levels below the module's directory.
  private static Path locate() {
    try {
      Path testClasses =
          Path.of(
              ModuleDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
