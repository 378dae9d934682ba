package dev.eligo.authoring.examples;

import java.nio.file.Path;

/**
 * Where the examples of a criteria file live: beside it, named after it ({@code NCT07298239.eligo}
 * and {@code NCT07298239.examples.eligo}).
 */
public final class ExampleFiles {
  /** The ending of an examples file's name. */
  public static final String SUFFIX = ".examples.eligo";

  private ExampleFiles() {}

  public static boolean isExamplesFile(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
  }

  /** The examples file beside a criteria file. */
  public static Path examplesOf(Path criteria) {
    String name = criteria.getFileName().toString();
    String base =
        name.endsWith(".eligo") ? name.substring(0, name.length() - ".eligo".length()) : name;
    return criteria.resolveSibling(base + SUFFIX);
  }

  /** The criteria file an examples file is beside. */
  public static Path criteriaOf(Path examples) {
    String name = examples.getFileName().toString();
    return examples.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".eligo");
  }
}
