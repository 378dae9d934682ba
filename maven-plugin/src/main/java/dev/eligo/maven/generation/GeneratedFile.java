package dev.eligo.maven.generation;

import java.util.Objects;

/**
 * One generated Java source file.
 *
 * @param relativePath where it goes under the output directory, from its package and class name
 * @param className the fully qualified name of the class it declares
 * @param content the encoded bytes to write
 */
record GeneratedFile(String relativePath, String className, byte[] content) {
  GeneratedFile {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(className, "className");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
