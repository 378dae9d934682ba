package dev.eligo.maven;

import dev.eligo.maven.generation.GenerationFailure;
import dev.eligo.maven.generation.GenerationOrchestrator;
import dev.eligo.maven.generation.GenerationReport;
import dev.eligo.maven.generation.GenerationRequest;
import dev.eligo.maven.generation.ToolFingerprint;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code generate} and {@code generate-test} goals share: the parameters, turning them
 * into a {@link GenerationRequest}, and reporting. The goals differ only in their directories and
 * the source root they add.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /**
   * The package of every generated evaluator. When not set, each file's package is its directory
   * under the source directory ({@code org/site/NCT1.eligo} is in {@code org.site}), as the ANTLR
   * plugin does; a file directly in the source directory is in the unnamed package.
   */
  @Parameter(property = "eligo.packageName")
  String packageName;

  /** Ant-style patterns, relative to the source directory, of the criteria files to compile. */
  @Parameter List<String> includes = List.of();

  /** Ant-style patterns, relative to the source directory, of files to leave out. */
  @Parameter List<String> excludes = List.of();

  /**
   * The encoding of criteria files, also used for the generated Java sources so that javac reads
   * them as written; UTF-8 when the project sets none.
   */
  @Parameter(property = "eligo.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** Fail the build on warnings (such as a declaration nothing uses) as well as on errors. */
  @Parameter(property = "eligo.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skip generation. */
  @Parameter(property = "eligo.skip", defaultValue = "false")
  boolean skip;

  /** The directory holding the criteria files. */
  abstract File sourceDirectory();

  /** The directory the generated Java sources go to. */
  abstract File outputDirectory();

  /** Adds the output directory to the project's main or test sources. */
  abstract void addSourceRoot(String directory);

  /** Whether this goal is skipped for a reason of its own, besides {@code skip}. */
  boolean skippedByGoal() {
    return false;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skippedByGoal()) {
      getLog().info("Skipping Eligo generation");
      return;
    }
    GenerationRequest request = request();
    if (!Files.isDirectory(request.sourceDirectory()) && !Files.exists(request.stateFile())) {
      getLog()
          .debug(
              "Eligo: no criteria directory "
                  + request.sourceDirectory()
                  + "; nothing to generate");
    } else {
      // Added before generating, so that the sources are compiled even when nothing changed.
      addSourceRoot(request.outputDirectory().toString());
      GenerationReport report;
      try {
        report = new GenerationOrchestrator(getLog()).generate(request);
      } catch (GenerationFailure e) {
        throw new MojoFailureException(e.getMessage());
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Eligo could not read or write a file: " + e.getMessage(), e);
      }
      log(report, request);
    }
    generateMore(request);
  }

  /** What a goal generates besides evaluators; nothing by default. */
  void generateMore(GenerationRequest request) throws MojoExecutionException, MojoFailureException {
    // the main goal generates evaluators only
  }

  GenerationRequest request() throws MojoExecutionException {
    Path stateFile =
        Path.of(
            project.getBuild().getDirectory(),
            "maven-status",
            "eligo",
            mojoExecution.getGoal(),
            mojoExecution.getExecutionId(),
            "build-state.txt");
    return new GenerationRequest(
        sourceDirectory().toPath(),
        outputDirectory().toPath(),
        stateFile,
        includes == null ? List.of() : includes,
        excludes == null ? List.of() : excludes,
        Optional.ofNullable(packageName).map(String::trim),
        charset(),
        failOnWarning,
        ToolFingerprint.of(mojoExecution.getVersion()));
  }

  private Charset charset() throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      getLog().debug("Eligo: no encoding set (project.build.sourceEncoding); using UTF-8");
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoExecutionException("Unknown encoding '" + encoding + "' for criteria files");
    }
  }

  private void log(GenerationReport report, GenerationRequest request) {
    if (report.upToDate()) {
      getLog()
          .debug(
              "Eligo: all "
                  + report.sources()
                  + " criteria files are up to date; nothing to generate");
      return;
    }
    getLog()
        .info(
            "Eligo: compiled "
                + report.compiled()
                + " of "
                + report.sources()
                + " criteria files to "
                + request.outputDirectory()
                + " ("
                + report.written()
                + " written, "
                + report.unchanged()
                + " unchanged, "
                + report.deleted()
                + " removed)");
  }
}
