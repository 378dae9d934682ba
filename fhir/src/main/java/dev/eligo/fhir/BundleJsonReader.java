package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;

/**
 * Reads one Bundle from JSON bytes. The document is read as a JSON tree first, then each entry's
 * resource is parsed on its own, so that what HAPI's lenient parser notes (a bad date, a value of
 * the wrong type) can be pinned on the resource it belongs to.
 */
final class BundleJsonReader {
  private BundleJsonReader() {}

  /** Parses the bytes of one Bundle; {@link Outcome#error()} says why when they are not one. */
  static Outcome read(byte[] json) {
    JsonNode root;
    try {
      root = FhirJson.readTree(json);
    } catch (FhirJson.NotJsonException e) {
      return Outcome.error(e.getMessage());
    }
    if (!root.isObject()) {
      return Outcome.error("not a FHIR resource: the JSON is " + kind(root) + ", not an object");
    }
    String type = root.path("resourceType").asText("");
    if (!type.equals("Bundle")) {
      return Outcome.error(
          type.isEmpty()
              ? "not a FHIR resource: the JSON object has no resourceType"
              : "not a Bundle: resourceType is '" + type + "'");
    }
    JsonNode entries = root.path("entry");
    if (!entries.isMissingNode() && !entries.isArray()) {
      return Outcome.error("Bundle.entry is " + kind(entries) + ", not an array");
    }
    String bundleId = root.path("id").asText("");
    ParsedBundle parsed = new ParsedBundle();
    for (int i = 0; i < entries.size(); i++) {
      addEntry(parsed, entries.get(i), i, bundleId);
    }
    return Outcome.of(parsed);
  }

  private static void addEntry(ParsedBundle parsed, JsonNode entry, int index, String bundleId) {
    JsonNode resource = entry.path("resource");
    String fullUrl = entry.path("fullUrl").isTextual() ? entry.path("fullUrl").asText() : null;
    String label = fullUrl != null ? fullUrl : "entry[" + index + "]";
    RecordRef entryRef =
        RecordRef.of("Bundle", bundleId.isEmpty() ? label : bundleId + " " + label);
    if (resource.isMissingNode() || resource.isNull()) {
      return; // entries of a transaction response or a search may carry no resource
    }
    if (!entry.path("fullUrl").isMissingNode() && fullUrl == null) {
      parsed.addUnreadable(
          RecordProblem.noted(
              entryRef,
              "fullUrl is " + kind(entry.path("fullUrl")) + ", not a string; it was not read"));
    }
    if (!resource.isObject()) {
      parsed.addLost(
          "",
          new RecordProblem(
              entryRef,
              "the entry's resource is "
                  + kind(resource)
                  + ", not an object; what it held could not be read"));
      return;
    }
    String type =
        resource.path("resourceType").isTextual() ? resource.path("resourceType").asText() : "";
    String id = resource.path("id").isTextual() ? resource.path("id").asText() : "";
    RecordRef ref = type.isEmpty() || id.isEmpty() ? entryRef : RecordRef.of(type, id);
    parsed.add(
        fullUrl,
        FhirJson.parseResource(resource),
        type,
        reason -> new RecordProblem(ref, "the resource could not be read: " + reason));
  }

  static String kind(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "null" : "an object";
  }

  /** Either a parsed Bundle or the reason the input is not one. */
  record Outcome(ParsedBundle bundle, String error) {
    static Outcome of(ParsedBundle bundle) {
      return new Outcome(bundle, null);
    }

    static Outcome error(String error) {
      return new Outcome(null, error);
    }
  }
}
