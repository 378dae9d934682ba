package dev.eligo.maven;

import dev.eligo.maven.generation.ExampleTestsGenerator;
import dev.eligo.maven.generation.GenerationFailure;
import dev.eligo.maven.generation.GenerationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the criteria files ({@code .eligo}) of {@code src/test/eligo} into Java evaluator
 * classes and adds them to the project's test sources; and turns the example patients beside
 * criteria files ({@code NCT1.examples.eligo} beside {@code NCT1.eligo}, in {@code src/main/eligo}
 * and {@code src/test/eligo}) into a JUnit 5 test class per protocol, so that {@code mvn verify}
 * runs them.
 */
@Mojo(
    name = "generate-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {

  /** The directory holding the test criteria files; packages are derived from paths under it. */
  @Parameter(defaultValue = "${project.basedir}/src/test/eligo", required = true)
  File sourceDirectory;

  /** The directory the generated Java sources go to; it is added as a test compile source root. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-test-sources/eligo",
      required = true)
  File outputDirectory;

  /** Skips this goal when tests are not compiled, as maven-compiler-plugin's testCompile does. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean skipTests;

  /**
   * Where examples files are looked for, beside their criteria files; by default {@code
   * src/main/eligo} and the test criteria directory.
   */
  @Parameter List<File> examplesDirectories;

  /**
   * Also fail the tests unless the examples drive every criterion and part to met, not met and
   * unknown.
   */
  @Parameter(property = "eligo.requireFullCoverage", defaultValue = "false")
  boolean requireFullCoverage;

  /** Write no test for the examples. */
  @Parameter(property = "eligo.skipExamples", defaultValue = "false")
  boolean skipExamples;

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

  @Override
  void generateMore(GenerationRequest request) throws MojoExecutionException, MojoFailureException {
    if (skipExamples) {
      return;
    }
    List<Path> directories = new ArrayList<>();
    if (examplesDirectories == null || examplesDirectories.isEmpty()) {
      directories.add(project.getBasedir().toPath().resolve("src/main/eligo"));
      directories.add(sourceDirectory.toPath());
    } else {
      examplesDirectories.forEach(d -> directories.add(d.toPath()));
    }
    Path stateFile = request.stateFile().resolveSibling("example-tests.txt");
    ExampleTestsGenerator generator =
        new ExampleTestsGenerator(
            getLog(),
            project.getBasedir().toPath(),
            request.outputDirectory(),
            stateFile,
            request.packageName(),
            request.encoding(),
            requireFullCoverage);
    try {
      int written = generator.generate(directories, hasAuthoringLibrary());
      if (generator.generatedAny()) {
        addSourceRoot(request.outputDirectory().toString());
      }
      if (written > 0) {
        getLog()
            .info(
                "Eligo: wrote "
                    + written
                    + " example test classes to "
                    + request.outputDirectory());
      }
    } catch (GenerationFailure e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Eligo could not read or write a file: " + e.getMessage(), e);
    }
  }

  private boolean hasAuthoringLibrary() {
    for (Dependency dependency : project.getDependencies()) {
      if ("dev.eligo".equals(dependency.getGroupId())
          && "eligo-authoring".equals(dependency.getArtifactId())) {
        return true;
      }
    }
    return false;
  }
}
