package dev.eligo.maven.generation;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one generation run needs, fixed before it starts.
 *
 * @param sourceDirectory the root that criteria files and derived packages are relative to
 * @param outputDirectory where generated Java sources go, one file per evaluator class
 * @param stateFile where the incremental state of this execution is kept between builds
 * @param includes Ant-style patterns of the criteria files to compile, relative to the source root
 * @param excludes Ant-style patterns of files to leave out
 * @param packageName the package of every evaluator, or empty to derive it from each file's path
 * @param encoding how criteria files are read and generated sources written
 * @param failOnWarning whether a warning fails the run as an error does
 * @param toolFingerprint identifies the plugin and compiler build; a change regenerates everything
 */
public record GenerationRequest(
    Path sourceDirectory,
    Path outputDirectory,
    Path stateFile,
    List<String> includes,
    List<String> excludes,
    Optional<String> packageName,
    Charset encoding,
    boolean failOnWarning,
    String toolFingerprint) {

  /** The files compiled when no includes are given. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.eligo");

  public GenerationRequest {
    sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    outputDirectory = outputDirectory.toAbsolutePath().normalize();
    stateFile = stateFile.toAbsolutePath().normalize();
    includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(toolFingerprint, "toolFingerprint");
  }

  /**
   * What, besides a file's own content, decides its generated output: when this changes between
   * builds, every file is compiled again.
   */
  String optionsFingerprint() {
    return String.join(
        "\n",
        "tool=" + toolFingerprint,
        "package=" + packageName.map(name -> "fixed:" + name).orElse("derived"),
        "encoding=" + encoding.name(),
        "failOnWarning=" + failOnWarning,
        "output=" + outputDirectory);
  }
}
