package dev.eligo.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the criteria files ({@code .eligo}) of {@code src/test/eligo} into Java evaluator classes
 * and adds them to the project's test sources.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {

  /** The directory holding the test criteria files; packages are derived from paths under it. */
  @Parameter(defaultValue = "${project.basedir}/src/test/eligo", required = true)
  File sourceDirectory;

  /** The directory the generated Java sources go to; it is added as a test compile source root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/eligo", required = true)
  File outputDirectory;

  /** Skips this goal when tests are not compiled, as maven-compiler-plugin's testCompile does. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean skipTests;

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
    project.addTestCompileSourceRoot(directory);
  }

  @Override
  boolean skippedByGoal() {
    return skipTests;
  }
}
