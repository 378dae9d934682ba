package dev.eligo.maven.generation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last successful run compiled: the options it ran with and, per criteria file, the digest
 * of its content and the generated files it produced.
 *
 * @param fingerprint the {@link GenerationRequest#optionsFingerprint() options} of that run
 * @param sources per criteria file (path relative to the source root), what it was and gave
 */
record BuildState(String fingerprint, SortedMap<String, SourceState> sources) {

  /** The state before any build: nothing known, so everything is compiled. */
  static final BuildState EMPTY = new BuildState("", new TreeMap<>());

  BuildState {
    Objects.requireNonNull(fingerprint, "fingerprint");
    sources = new TreeMap<>(sources);
  }

  static BuildState of(String fingerprint, Map<String, SourceState> sources) {
    return new BuildState(fingerprint, new TreeMap<>(sources));
  }

  /** Every generated file of every criteria file, relative to the output directory. */
  Stream<String> outputs() {
    return sources.values().stream().flatMap(source -> source.outputs().stream());
  }

  /**
   * One criteria file as last compiled.
   *
   * @param digest SHA-256 of the file's bytes
   * @param outputs the generated files, relative to the output directory, sorted
   */
  record SourceState(String digest, List<String> outputs) {
    SourceState {
      Objects.requireNonNull(digest, "digest");
      outputs = outputs.stream().sorted().toList();
    }
  }
}
