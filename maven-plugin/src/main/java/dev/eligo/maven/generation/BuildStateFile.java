package dev.eligo.maven.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and replaces the incremental state kept under {@code target/maven-status}. The file is
 * lines of text: a version line, the options fingerprint, then one line per criteria file with its
 * path, digest and outputs, tab-separated. A missing, older or unreadable file reads as {@link
 * BuildState#EMPTY}, which only costs a full rebuild.
 */
final class BuildStateFile {
  private static final String VERSION_LINE = "eligo-build-state 1";
  private static final String SEPARATOR = "\t";

  private final Path path;

  BuildStateFile(Path path) {
    this.path = path;
  }

  BuildState read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return BuildState.EMPTY;
    }
    if (lines.size() < 2 || !lines.get(0).equals(VERSION_LINE)) {
      return BuildState.EMPTY;
    }
    String fingerprint = decode(lines.get(1));
    Map<String, BuildState.SourceState> sources = new TreeMap<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] fields = line.split(SEPARATOR, -1);
      if (fields.length < 2) {
        return BuildState.EMPTY;
      }
      List<String> outputs = Arrays.asList(fields).subList(2, fields.length);
      sources.put(fields[0], new BuildState.SourceState(fields[1], outputs));
    }
    return BuildState.of(fingerprint, sources);
  }

  /** Replaces the state in one move, so that a build stopped halfway leaves the old one. */
  void write(BuildState state) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(VERSION_LINE);
    lines.add(encode(state.fingerprint()));
    state
        .sources()
        .forEach(
            (source, sourceState) -> {
              List<String> fields = new ArrayList<>();
              fields.add(source);
              fields.add(sourceState.digest());
              fields.addAll(sourceState.outputs());
              lines.add(String.join(SEPARATOR, fields));
            });
    Files.createDirectories(path.getParent());
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    Files.write(temporary, lines, StandardCharsets.UTF_8);
    try {
      Files.move(
          temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // The fingerprint has several lines; kept on one.
  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String line) {
    try {
      return new String(Base64.getDecoder().decode(line), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
