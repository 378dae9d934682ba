package dev.eligo.maven.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs one generation: finds the criteria files, compiles those that changed since the last
 * successful build (by content digest, or all of them when the plugin or the options changed),
 * writes the generated files whose content changed, deletes those of removed criteria files and
 * then, only then, replaces the incremental state. On any error nothing is written or deleted and
 * the old state stays, so the next build compiles the same files again.
 */
public final class GenerationOrchestrator {
  private final Log log;

  public GenerationOrchestrator(Log log) {
    this.log = log;
  }

  /**
   * Generates; throws {@link GenerationFailure} after logging every problem of the user's files.
   */
  public GenerationReport generate(GenerationRequest request)
      throws GenerationFailure, IOException {
    // Example patients sit beside criteria files; generate-test turns them into tests, not
    // evaluators.
    List<String> excludes = new ArrayList<>(request.excludes());
    excludes.add("**/*" + dev.eligo.authoring.examples.ExampleFiles.SUFFIX);
    List<String> sources =
        CriteriaSources.find(request.sourceDirectory(), request.includes(), excludes);
    BuildStateFile stateFile = new BuildStateFile(request.stateFile());
    BuildState previous = stateFile.read();
    String fingerprint = request.optionsFingerprint();
    boolean optionsChanged = !previous.fingerprint().equals(fingerprint);
    if (optionsChanged && !previous.sources().isEmpty()) {
      log.debug(
          "Eligo: the plugin or its configuration changed since the last build; compiling every criteria file");
    }

    OutputDirectory output = new OutputDirectory(request.outputDirectory());
    ProblemLog problems = new ProblemLog(log);
    CriteriaFileCompiler compiler = new CriteriaFileCompiler(request, problems);
    Map<String, BuildState.SourceState> next = new TreeMap<>();
    List<GeneratedFile> generated = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    int compiled = 0;

    for (String source : sources) {
      byte[] bytes = Files.readAllBytes(request.sourceDirectory().resolve(source));
      String digest = Digests.sha256(bytes);
      BuildState.SourceState before = previous.sources().get(source);
      if (!optionsChanged
          && before != null
          && before.digest().equals(digest)
          && before.outputs().stream().allMatch(output::exists)) {
        log.debug("Eligo: " + source + " is up to date");
        claim(request, owners, source, before.outputs(), problems);
        next.put(source, before);
        continue;
      }
      log.debug("Eligo: compiling " + source);
      compiled++;
      List<GeneratedFile> files = compiler.compile(source, bytes);
      List<String> outputs = files.stream().map(GeneratedFile::relativePath).toList();
      claim(request, owners, source, outputs, problems);
      generated.addAll(files);
      next.put(source, new BuildState.SourceState(digest, outputs));
    }

    failOnProblems(request, problems);

    int written = 0;
    for (GeneratedFile file : generated) {
      if (output.writeIfChanged(file.relativePath(), file.content())) {
        log.debug("Eligo: wrote " + file.relativePath());
        written++;
      }
    }
    BuildState current = BuildState.of(fingerprint, next);
    Set<String> kept = current.outputs().collect(Collectors.toSet());
    int deleted = 0;
    for (String stale : previous.outputs().filter(path -> !kept.contains(path)).sorted().toList()) {
      if (output.delete(stale)) {
        log.debug("Eligo: deleted " + stale + ", whose criteria file is gone");
        deleted++;
      }
    }
    stateFile.write(current);
    return new GenerationReport(
        sources.size(), compiled, written, generated.size() - written, deleted);
  }

  // Two criteria files that generate the same class would overwrite each other's output.
  private static void claim(
      GenerationRequest request,
      Map<String, String> owners,
      String source,
      List<String> outputs,
      ProblemLog problems) {
    for (String output : outputs) {
      String owner = owners.putIfAbsent(output, source);
      if (owner != null) {
        Path sourceDirectory = request.sourceDirectory();
        problems.error(
            sourceDirectory.resolve(source),
            "generates "
                + output
                + ", as "
                + sourceDirectory.resolve(owner)
                + " does; give the protocols different ids or packages");
      }
    }
  }

  private static void failOnProblems(GenerationRequest request, ProblemLog problems)
      throws GenerationFailure {
    if (problems.errors() > 0) {
      throw new GenerationFailure(
          count(problems.errors(), "error")
              + " in criteria files under "
              + request.sourceDirectory()
              + "; see the [ERROR] lines above");
    }
    if (request.failOnWarning() && problems.warnings() > 0) {
      throw new GenerationFailure(
          count(problems.warnings(), "warning")
              + " in criteria files under "
              + request.sourceDirectory()
              + ", and failOnWarning is set; see the [WARNING] lines above");
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
