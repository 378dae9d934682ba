package dev.eligo.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one Bundle from JSON bytes in one streaming pass. Each entry's resource is read into a tree
 * of its own and parsed on its own, so that what HAPI's lenient parser notes (a bad date, a value
 * of the wrong JSON type) can be pinned on the resource it belongs to; a resource of a type that is
 * never read (a Claim, a Provenance) is only tokenized, keeping its type and id for references.
 * Everything else of the Bundle (links, search and request details) is skipped.
 */
final class BundleJsonReader {
  private BundleJsonReader() {}

  /** Parses the bytes of one Bundle; {@link Outcome#error()} says why when they are not one. */
  static Outcome read(byte[] json, ReadScope scope) {
    try (JsonParser parser = FhirJson.parser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return readAsTree(json); // not an object, or not JSON: said as the tree reader says it
      }
      return readBundle(parser, scope);
    } catch (JsonProcessingException e) {
      return Outcome.error(FhirJson.notJson(e).getMessage());
    } catch (IOException e) {
      return Outcome.error("not readable JSON: " + FhirJson.firstLine(e.getMessage()));
    }
  }

  private static Outcome readAsTree(byte[] json) {
    JsonNode root;
    try {
      root = FhirJson.readTree(json);
    } catch (FhirJson.NotJsonException e) {
      return Outcome.error(e.getMessage());
    }
    return Outcome.error("not a FHIR resource: the JSON is " + kind(root) + ", not an object");
  }

  /** The root object's members, the parser just past its start. */
  private static Outcome readBundle(JsonParser parser, ReadScope scope) throws IOException {
    JsonNode type = MissingNode.getInstance();
    JsonNode id = MissingNode.getInstance();
    JsonNode entryNotArray = null;
    List<Entry> entries = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "resourceType" -> type = JsonTrees.read(parser);
        case "id" -> id = JsonTrees.read(parser);
        case "entry" -> {
          if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              entries.add(readEntry(parser, scope));
            }
          } else {
            entryNotArray = JsonTrees.read(parser);
          }
        }
        default -> parser.skipChildren();
      }
    }
    String resourceType = type.asText("");
    if (!resourceType.equals("Bundle")) {
      return Outcome.error(
          resourceType.isEmpty()
              ? "not a FHIR resource: the JSON object has no resourceType"
              : "not a Bundle: resourceType is '" + resourceType + "'");
    }
    if (entryNotArray != null) {
      return Outcome.error("Bundle.entry is " + kind(entryNotArray) + ", not an array");
    }
    String bundleId = id.asText("");
    ParsedBundle parsed = new ParsedBundle();
    for (int i = 0; i < entries.size(); i++) {
      addEntry(parsed, entries.get(i), i, bundleId, scope);
    }
    return Outcome.of(parsed);
  }

  /**
   * One entry of the array, the parser on its first token: its full URL and its resource, read into
   * a tree unless it is of a type never read.
   */
  private static Entry readEntry(JsonParser parser, ReadScope scope) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return new Entry(MissingNode.getInstance(), MissingNode.getInstance(), null);
    }
    JsonNode fullUrl = MissingNode.getInstance();
    JsonNode resource = MissingNode.getInstance();
    Resource standIn = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("fullUrl")) {
        fullUrl = JsonTrees.read(parser);
      } else if (name.equals("resource") && value == JsonToken.START_OBJECT) {
        ResourceRead read = readResource(parser, scope);
        resource = read.tree();
        standIn = read.standIn();
      } else if (name.equals("resource")) {
        resource = JsonTrees.read(parser);
      } else {
        parser.skipChildren();
      }
    }
    return new Entry(fullUrl, resource, standIn);
  }

  /**
   * A resource object, the parser on its start. When its first member names a type never read, the
   * rest is only tokenized (still checked to be JSON) and its id kept.
   */
  private static ResourceRead readResource(JsonParser parser, ReadScope scope) throws IOException {
    ObjectNode tree = FhirJson.objectNode();
    if (parser.nextToken() == JsonToken.FIELD_NAME
        && parser.currentName().equals("resourceType")
        && parser.nextToken() == JsonToken.VALUE_STRING
        && scope.skips(parser.getText())) {
      String type = parser.getText();
      String id = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean isId = parser.currentName().equals("id");
        if (parser.nextToken() == JsonToken.VALUE_STRING && isId) {
          id = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      return new ResourceRead(tree, ReadScope.standIn(type, id));
    }
    // The parser is on the first member's name or value, or at the end of an empty object.
    if (parser.currentToken() == JsonToken.END_OBJECT) {
      return new ResourceRead(tree, null);
    }
    String first = parser.currentName();
    if (parser.currentToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
    }
    // Known when the type comes first, as FHIR writes it; else the tree is trimmed once built.
    String type =
        first.equals("resourceType") && parser.currentToken() == JsonToken.VALUE_STRING
            ? parser.getText()
            : null;
    member(tree, first, parser, type);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      member(tree, name, parser, type);
    }
    return new ResourceRead(tree, null);
  }

  /**
   * Adds a member of a read resource to its tree, the parser on its value; but an element no mapper
   * reads is only tokenized, never built into the tree (see {@link ReadElements}).
   */
  private static void member(ObjectNode tree, String name, JsonParser parser, String type)
      throws IOException {
    if (type != null
        && ReadElements.isUnread(type, name, parser.currentToken() == JsonToken.START_OBJECT)) {
      parser.skipChildren();
    } else {
      tree.set(name, JsonTrees.read(parser));
    }
  }

  private static void addEntry(
      ParsedBundle parsed, Entry entry, int index, String bundleId, ReadScope scope) {
    JsonNode resource = entry.resource();
    String fullUrl = entry.fullUrl().isTextual() ? entry.fullUrl().asText() : null;
    String label = fullUrl != null ? fullUrl : "entry[" + index + "]";
    RecordRef entryRef =
        RecordRef.of("Bundle", bundleId.isEmpty() ? label : bundleId + " " + label);
    if (entry.standIn() == null && (resource.isMissingNode() || resource.isNull())) {
      return; // entries of a transaction response or a search may carry no resource
    }
    if (!entry.fullUrl().isMissingNode() && fullUrl == null) {
      parsed.addUnreadable(
          RecordProblem.noted(
              entryRef, "fullUrl is " + kind(entry.fullUrl()) + ", not a string; it was not read"));
    }
    if (entry.standIn() != null) {
      parsed.add(fullUrl, FhirJson.ParsedResource.unread(entry.standIn()), "", null);
      parsed.place(entry.standIn(), label);
      return;
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
    FhirJson.ParsedResource read = FhirJson.parseResource(resource, scope);
    parsed.add(
        fullUrl,
        read,
        type,
        reason -> new RecordProblem(ref, "the resource could not be read: " + reason));
    if (read.resource() != null) {
      parsed.place(read.resource(), label);
    }
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

  /** An entry as read: its full URL and resource as JSON, or the stand-in of one never read. */
  private record Entry(JsonNode fullUrl, JsonNode resource, Resource standIn) {}

  /** A resource object read into a tree, or the stand-in of one of a type never read. */
  private record ResourceRead(ObjectNode tree, Resource standIn) {}

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
