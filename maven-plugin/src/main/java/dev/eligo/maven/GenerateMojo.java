package dev.eligo.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the criteria files ({@code .eligo}) of {@code src/main/eligo} into Java evaluator
 * classes and adds them to the project's main sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {

  /** The directory holding the criteria files; packages are derived from paths under it. */
  @Parameter(defaultValue = "${project.basedir}/src/main/eligo", required = true)
  File sourceDirectory;

  /** The directory the generated Java sources go to; it is added as a compile source root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/eligo", required = true)
  File outputDirectory;

  @Override
  File sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  void addSourceRoot(String directory) {
    project.addCompileSourceRoot(directory);
  }
}
