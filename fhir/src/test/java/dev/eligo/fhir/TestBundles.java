package dev.eligo.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every Bundle the tests hold: the examples' patients, and one per data dictionary fixture. */
final class TestBundles {
  private TestBundles() {}

  static List<String> all() {
    List<String> bundles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "examples"))) {
      files
          .filter(f -> f.toString().endsWith(".json") && f.toString().contains("patients"))
          .sorted()
          .forEach(f -> bundles.add(read(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> files = Files.list(Fixtures.ROOT.resolve("dictionary"))) {
      files
          .sorted()
          .filter(f -> !f.getFileName().toString().equals("patient.json"))
          .forEach(
              f -> {
                String name = f.getFileName().toString().replace(".json", "");
                bundles.add(Fixtures.bundleWithPatient(Fixtures.resources(name)));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundles;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
