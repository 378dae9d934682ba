package dev.eligo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** A sample patient's Bundle as a JSON tree, to damage in the ways exports are damaged. */
final class SampleBundle {
  static final ObjectMapper JSON = new ObjectMapper();

  final ObjectNode bundle;

  private SampleBundle(ObjectNode bundle) {
    this.bundle = bundle;
  }

  /** The sample patient {@code mcrpc-NN}. */
  static SampleBundle of(String patient) {
    try {
      return new SampleBundle(
          (ObjectNode) JSON.readTree(Cli.PATIENTS.resolve(patient + ".json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ArrayNode entries() {
    return (ArrayNode) bundle.get("entry");
  }

  /** The first resource of a type that matches. */
  ObjectNode resource(String type, Predicate<JsonNode> matching) {
    for (JsonNode entry : entries()) {
      JsonNode resource = entry.get("resource");
      if (resource.path("resourceType").asText().equals(type) && matching.test(resource)) {
        return (ObjectNode) resource;
      }
    }
    throw new AssertionError("no " + type + " that matches in " + bundle.path("id"));
  }

  /** The first Observation coded with this LOINC code. */
  ObjectNode observation(String loinc) {
    return resource(
        "Observation",
        r -> r.path("code").path("coding").path(0).path("code").asText().equals(loinc));
  }

  /** The first Condition coded with this code. */
  ObjectNode condition(String code) {
    return resource(
        "Condition", r -> r.path("code").path("coding").path(0).path("code").asText().equals(code));
  }

  /** Adds a resource as a new entry at the end. */
  SampleBundle add(JsonNode resource) {
    ObjectNode entry = entries().addObject();
    entry.put(
        "fullUrl",
        "https://ehr.example-hospital.org/fhir/"
            + resource.path("resourceType").asText()
            + "/"
            + resource.path("id").asText());
    entry.set("resource", resource);
    return this;
  }

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(Path dir, String name) {
    try {
      Path file = dir.resolve(name);
      Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    try {
      return JSON.writeValueAsString(bundle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }
}
