package dev.eligo.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eligo.spark.SampleInputs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a bulk export of a generated population for {@link SparkBenchmark}: the 27 sample patients
 * replicated with fresh patient ids ({@code mcrpc-07-r12345}), their resources pointing at the new
 * ids, one NDJSON file per resource type; shared resources (ResearchStudy) once.
 *
 * <p>Usage: {@code PopulationGenerator <directory> <patients>}.
 */
public final class PopulationGenerator {
  private PopulationGenerator() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    long patients = Long.parseLong(args[1]);
    ObjectMapper json = new ObjectMapper();
    List<Template> templates = new ArrayList<>();
    Set<String> shared = new HashSet<>();
    Map<String, List<String>> sharedLines = new TreeMap<>();
    for (String bundle : SampleInputs.bundleLines()) {
      String patientId = null;
      List<String[]> resources = new ArrayList<>();
      for (JsonNode resource : SampleInputs.resources(json.readTree(bundle))) {
        String type = resource.get("resourceType").asText();
        String text = json.writeValueAsString(resource);
        if (type.equals("Patient")) {
          patientId = resource.get("id").asText();
        }
        if (type.equals("ResearchStudy") || type.equals("Medication")) {
          if (shared.add(type + "/" + resource.get("id").asText())) {
            sharedLines.computeIfAbsent(type, t -> new ArrayList<>()).add(text);
          }
        } else {
          resources.add(new String[] {type, text});
        }
      }
      templates.add(new Template(patientId, resources));
    }
    Files.createDirectories(directory);
    Map<String, BufferedWriter> writers = new TreeMap<>();
    try {
      for (Map.Entry<String, List<String>> type : sharedLines.entrySet()) {
        for (String line : type.getValue()) {
          writer(writers, directory, type.getKey()).write(line + "\n");
        }
      }
      for (long n = 0; n < patients; n++) {
        Template template = templates.get((int) (n % templates.size()));
        String fresh = template.patientId() + "-r" + (n / templates.size());
        for (String[] resource : template.resources()) {
          String line =
              resource[1]
                  .replace("\"Patient/" + template.patientId() + "\"", "\"Patient/" + fresh + "\"")
                  .replace("\"id\":\"" + template.patientId() + "\"", "\"id\":\"" + fresh + "\"");
          writer(writers, directory, resource[0]).write(line + "\n");
        }
      }
    } finally {
      for (BufferedWriter writer : writers.values()) {
        writer.close();
      }
    }
    long bytes = 0;
    for (String type : writers.keySet()) {
      bytes += Files.size(directory.resolve(type + ".ndjson"));
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %d patients to %s: %d files, %.2f GB%n",
        patients,
        directory,
        writers.size(),
        bytes / 1e9);
  }

  private static BufferedWriter writer(
      Map<String, BufferedWriter> writers, Path directory, String type) throws IOException {
    BufferedWriter writer = writers.get(type);
    if (writer == null) {
      writer = Files.newBufferedWriter(directory.resolve(type + ".ndjson"), StandardCharsets.UTF_8);
      writers.put(type, writer);
    }
    return writer;
  }

  /** One sample patient: its id and its resources as compact JSON, by type. */
  private record Template(String patientId, List<String[]> resources) {}
}
