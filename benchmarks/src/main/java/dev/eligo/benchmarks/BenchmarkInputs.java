package dev.eligo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Bundle files the comparative benchmarks read, as bytes in memory: {@code samples}, the 27
 * sample patients of {@code examples/mcrpc/patients}, or {@code synthea}, the Bundle files of a
 * Synthea population generated with {@code -Dsynthea.bulk=false} (docs/benchmarks.md). Paths can be
 * given with {@code -Deligo.samples=DIR} and {@code -Deligo.synthea=DIR}; by default they are
 * looked for from the working directory upwards.
 */
final class BenchmarkInputs {
  static final String SAMPLES = "samples";
  static final String SYNTHEA = "synthea";

  private BenchmarkInputs() {}

  /** One Bundle file: its name and its bytes. */
  record Bundle(String name, byte[] json) {}

  /** Every Bundle of the named input, in file-name order; fails with the path it looked in. */
  static List<Bundle> load(String input) {
    Path directory = directory(input);
    List<Bundle> bundles = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(BenchmarkInputs::isJson).sorted().toList()) {
        bundles.add(new Bundle(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark input " + directory, e);
    }
    if (bundles.isEmpty()) {
      throw new IllegalStateException("no Bundle files (*.json) in " + directory);
    }
    return bundles;
  }

  private static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        && Files.isRegularFile(file);
  }

  private static Path directory(String input) {
    switch (input) {
      case SAMPLES:
        return find("eligo.samples", "examples/mcrpc/patients");
      case SYNTHEA:
        return find("eligo.synthea", "benchmarks/synthea/target/synthea-bundles/fhir");
      default:
        throw new IllegalArgumentException(
            "unknown benchmark input '" + input + "' (samples or synthea)");
    }
  }

  private static Path find(String property, String relative) {
    String given = System.getProperty(property);
    if (given != null) {
      return Path.of(given);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find "
            + relative
            + " from "
            + Path.of("").toAbsolutePath()
            + "; run from the repository or pass -D"
            + property
            + "=DIR (the JMH jar takes -jvmArgsAppend)");
  }
}
