package dev.eligo.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The 27 sample patients of examples/mcrpc/patients as the Spark job reads them: NDJSON files of
 * Bundles, and a FHIR bulk export made from the same Bundles (one file per resource type; Bundle
 * references by {@code urn:uuid} rewritten to {@code Type/id}, as an export server writes them).
 */
public final class SampleInputs {
  /** The repository root: tests run with the spark module as working directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path PATIENTS = ROOT.resolve("examples/mcrpc/patients");
  static final Path PROTOCOL = ROOT.resolve("examples/mcrpc/src/main/eligo/NCT07298239.eligo");
  static final String EVALUATOR = "dev.eligo.examples.mcrpc.NCT07298239Evaluator";
  static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2026, 11, 24);

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleInputs() {}

  /** The sample Bundles, each as one line of compact JSON, in file-name order. */
  public static List<String> bundleLines() {
    try (Stream<Path> files = Files.list(PATIENTS)) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        lines.add(JSON.writeValueAsString(JSON.readTree(file.toFile())));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the Bundles as two NDJSON files under {@code dir}; returns the directory. */
  static Path writeBundles(Path dir) throws IOException {
    List<String> lines = bundleLines();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("part-0.ndjson"), String.join("\n", lines.subList(0, 14)) + "\n");
    Files.writeString(
        dir.resolve("part-1.ndjson"), String.join("\n", lines.subList(14, lines.size())) + "\n");
    return dir;
  }

  /** Writes a bulk export of the Bundles' resources under {@code dir}; returns the directory. */
  static Path writeBulkExport(Path dir) throws IOException {
    Map<String, List<String>> byType = new TreeMap<>();
    Set<String> shared = new HashSet<>();
    for (String line : bundleLines()) {
      for (JsonNode resource : resources(JSON.readTree(line))) {
        String type = resource.get("resourceType").asText();
        boolean isShared = type.equals("Medication") || type.equals("ResearchStudy");
        if (!isShared || shared.add(type + "/" + resource.get("id").asText())) {
          byType
              .computeIfAbsent(type, t -> new ArrayList<>())
              .add(JSON.writeValueAsString(resource));
        }
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, List<String>> type : byType.entrySet()) {
      Files.writeString(
          dir.resolve(type.getKey() + ".ndjson"),
          String.join("\n", type.getValue()) + "\n",
          StandardCharsets.UTF_8);
    }
    return dir;
  }

  /**
   * A Bundle's resources with ids, and references to other entries' full URLs as {@code Type/id}.
   */
  public static List<JsonNode> resources(JsonNode bundle) {
    Map<String, String> byFullUrl = new HashMap<>();
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode entry : bundle.path("entry")) {
      ObjectNode resource = (ObjectNode) entry.get("resource");
      String fullUrl = entry.path("fullUrl").asText("");
      if (!resource.hasNonNull("id")) {
        resource.put("id", fullUrl.substring(fullUrl.lastIndexOf(':') + 1));
      }
      byFullUrl.put(
          fullUrl, resource.get("resourceType").asText() + "/" + resource.get("id").asText());
      resources.add(resource);
    }
    resources.forEach(resource -> rewrite(resource, byFullUrl));
    return resources;
  }

  private static void rewrite(JsonNode node, Map<String, String> byFullUrl) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("reference")
            && byFullUrl.containsKey(field.getValue().asText())) {
          field.setValue(new TextNode(byFullUrl.get(field.getValue().asText())));
        } else {
          rewrite(field.getValue(), byFullUrl);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> rewrite(element, byFullUrl));
    }
  }
}
