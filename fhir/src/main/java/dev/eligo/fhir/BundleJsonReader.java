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
    return read(json, scope, true);
  }

  /**
   * As {@link #read(byte[], ReadScope)}; {@code direct} false reads every resource the slow way,
   * for tests that hold the two ways to the same result.
   */
  static Outcome read(byte[] json, ReadScope scope, boolean direct) {
    try {
      return readCheckingNames(json, scope, direct);
    } catch (NameCheck.Repeated e) {
      // Read again by a parser that refuses the name where it is given again, and says so.
      return readCheckedByTheParser(json, scope, direct);
    }
  }

  /** As {@link #read(byte[], ReadScope, boolean)}, up to the first name given twice. */
  static Outcome readCheckingNames(byte[] json, ReadScope scope, boolean direct)
      throws NameCheck.Repeated {
    return read(
        json, new Reading(scope, direct, new DirectResources.Dates(), NameCheck.checking()));
  }

  /** As {@link #read(byte[], ReadScope, boolean)}, Jackson finding names given twice. */
  static Outcome readCheckedByTheParser(byte[] json, ReadScope scope, boolean direct) {
    try {
      return read(json, new Reading(scope, direct, new DirectResources.Dates(), NameCheck.OFF));
    } catch (NameCheck.Repeated e) {
      throw new IllegalStateException("a check that is off found a name given twice", e);
    }
  }

  private static Outcome read(byte[] json, Reading reading) throws NameCheck.Repeated {
    try (JsonParser parser =
        reading.names().isOn() ? FhirJson.parserForCheckedNames(json) : FhirJson.parser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return readAsTree(json); // not an object, or not JSON: said as the tree reader says it
      }
      Outcome outcome = readBundle(parser, json, reading);
      if (outcome.error() == null && parser.nextToken() != null) {
        return Outcome.error(
            FhirJson.textAfterTheValue(parser.currentTokenLocation()).getMessage());
      }
      return outcome;
    } catch (JsonProcessingException e) {
      if (reading.names().isOn()) {
        // A name given twice before the flaw was the error Jackson's check said: it says which.
        throw NameCheck.Repeated.INSTANCE;
      }
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
  private static Outcome readBundle(JsonParser parser, byte[] json, Reading reading)
      throws IOException, NameCheck.Repeated {
    JsonNode type = MissingNode.getInstance();
    JsonNode id = MissingNode.getInstance();
    JsonNode entryNotArray = null;
    List<Entry> entries = new ArrayList<>();
    NameCheck names = reading.names();
    int mark = names.open();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      names.add(mark, name);
      JsonToken value = parser.nextToken();
      switch (name) {
        case "resourceType" -> type = JsonTrees.read(parser);
        case "id" -> id = JsonTrees.read(parser);
        case "entry" -> {
          if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              entries.add(readEntry(parser, json, reading));
            }
          } else {
            entryNotArray = JsonTrees.read(parser);
          }
        }
        default -> names.skip(parser);
      }
    }
    names.close(mark);
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
      addEntry(parsed, entries.get(i), i, bundleId, reading.scope());
    }
    return Outcome.of(parsed);
  }

  /**
   * One entry of the array, the parser on its first token: its full URL and its resource, read into
   * a tree unless it is of a type never read.
   */
  private static Entry readEntry(JsonParser parser, byte[] json, Reading reading)
      throws IOException, NameCheck.Repeated {
    NameCheck names = reading.names();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      names.skip(parser);
      return new Entry(MissingNode.getInstance(), MissingNode.getInstance(), null, null);
    }
    JsonNode fullUrl = MissingNode.getInstance();
    JsonNode resource = MissingNode.getInstance();
    Resource standIn = null;
    Resource direct = null;
    int mark = names.open();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      names.add(mark, name);
      JsonToken value = parser.nextToken();
      if (name.equals("fullUrl")) {
        fullUrl = JsonTrees.read(parser);
      } else if (name.equals("resource") && value == JsonToken.START_OBJECT) {
        ResourceRead read = readResource(parser, json, reading);
        resource = read.tree();
        standIn = read.standIn();
        direct = read.direct();
      } else if (name.equals("resource")) {
        resource = JsonTrees.read(parser);
      } else {
        names.skip(parser);
      }
    }
    names.close(mark);
    return new Entry(fullUrl, resource, standIn, direct);
  }

  /**
   * A resource object, the parser on its start. A resource of a type that is read is read straight
   * into HAPI's model ({@link DirectResources}) unless it holds what only the slow way reads; then
   * it is read again from its bytes, into a tree for HAPI's parser. When its first member names a
   * type never read, the rest is only tokenized (still checked to be JSON) and its id kept.
   */
  private static ResourceRead readResource(JsonParser parser, byte[] json, Reading reading)
      throws IOException, NameCheck.Repeated {
    ReadScope scope = reading.scope();
    NameCheck names = reading.names();
    // Known for bytes read as UTF-8; -1 for other encodings, which are read the slow way.
    long start = parser.currentTokenLocation().getByteOffset();
    int outside = parser.getParsingContext().getParent().getNestingDepth();
    String type = DirectResources.typeNamedFirst(parser);
    if (type != null && reading.direct() && start >= 0 && DirectResources.reads(type, scope)) {
      int mark = names.open();
      try {
        return ResourceRead.direct(DirectResources.read(parser, type, reading.dates(), names));
      } catch (DirectResources.Declined | RuntimeException e) {
        names.close(mark);
        // Read again from its first byte, the slow way, which says what it holds that is wrong
        // (and reads as before whatever in HAPI's model the direct way could not make).
        while (parser.currentToken() != JsonToken.END_OBJECT
            || parser.getParsingContext().getNestingDepth() != outside) {
          if (parser.nextToken() == null) {
            throw new IOException("the input ended inside a resource");
          }
        }
        long end = parser.currentLocation().getByteOffset();
        // Jackson checks the names of the resource read again: the check lost track of them. A
        // name given twice is then an error of this parser, which read() has the whole Bundle
        // read again for, to say where it is.
        try (JsonParser again = FhirJson.parser(json, (int) start, (int) (end - start))) {
          again.nextToken();
          return readResourceAsTree(again, scope);
        }
      }
    }
    return readMembersAsTree(parser, scope, names);
  }

  /**
   * {@link #readResource} the slow way, the parser on the resource's start: a parser that refuses a
   * name given twice itself.
   */
  private static ResourceRead readResourceAsTree(JsonParser parser, ReadScope scope)
      throws IOException, NameCheck.Repeated {
    parser.nextToken();
    return readMembersAsTree(parser, scope, NameCheck.OFF);
  }

  /**
   * As {@link #readResourceAsTree}, the parser already on the first member: its name, or its value
   * once the name was read, or the end of an empty object. When that member names a type never
   * read, the rest is only tokenized (still checked to be JSON) and its id kept.
   */
  private static ResourceRead readMembersAsTree(JsonParser parser, ReadScope scope, NameCheck names)
      throws IOException, NameCheck.Repeated {
    ObjectNode tree = FhirJson.objectNode();
    if (parser.currentToken() == JsonToken.END_OBJECT) {
      return new ResourceRead(tree, null);
    }
    String first = parser.currentName();
    int mark = names.open();
    names.add(mark, first);
    if (parser.currentToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
    }
    // Known when the type comes first, as FHIR writes it; else the tree is trimmed once built.
    String type =
        first.equals("resourceType") && parser.currentToken() == JsonToken.VALUE_STRING
            ? parser.getText()
            : null;
    if (type != null && scope.skips(type)) {
      String id = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        names.add(mark, name);
        if (parser.nextToken() == JsonToken.VALUE_STRING && name.equals("id")) {
          id = parser.getText();
        } else {
          names.skip(parser);
        }
      }
      names.close(mark);
      return new ResourceRead(tree, ReadScope.standIn(type, id));
    }
    member(tree, first, parser, type, names);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      names.add(mark, name);
      parser.nextToken();
      member(tree, name, parser, type, names);
    }
    names.close(mark);
    return new ResourceRead(tree, null);
  }

  /**
   * Adds a member of a read resource to its tree, the parser on its value; but an element no mapper
   * reads is only tokenized, never built into the tree (see {@link ReadElements}).
   */
  private static void member(
      ObjectNode tree, String name, JsonParser parser, String type, NameCheck names)
      throws IOException, NameCheck.Repeated {
    if (type != null
        && ReadElements.isUnread(type, name, parser.currentToken() == JsonToken.START_OBJECT)) {
      names.skip(parser);
    } else {
      tree.set(name, JsonTrees.read(parser));
    }
  }

  private static void addEntry(
      ParsedBundle parsed, Entry entry, int index, String bundleId, ReadScope scope) {
    JsonNode resource = entry.resource();
    String fullUrl = entry.fullUrl().isTextual() ? entry.fullUrl().asText() : null;
    String label = fullUrl != null ? fullUrl : "entry[" + index + "]";
    if (entry.standIn() == null
        && entry.direct() == null
        && (resource.isMissingNode() || resource.isNull())) {
      return; // entries of a transaction response or a search may carry no resource
    }
    if (!entry.fullUrl().isMissingNode() && fullUrl == null) {
      parsed.addUnreadable(
          RecordProblem.noted(
              entryRef(bundleId, label),
              "fullUrl is " + kind(entry.fullUrl()) + ", not a string; it was not read"));
    }
    if (entry.direct() != null) {
      parsed.addRead(fullUrl, entry.direct());
      parsed.place(entry.direct(), label);
      return;
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
              entryRef(bundleId, label),
              "the entry's resource is "
                  + kind(resource)
                  + ", not an object; what it held could not be read"));
      return;
    }
    String type =
        resource.path("resourceType").isTextual() ? resource.path("resourceType").asText() : "";
    String id = resource.path("id").isTextual() ? resource.path("id").asText() : "";
    RecordRef ref =
        type.isEmpty() || id.isEmpty() ? entryRef(bundleId, label) : RecordRef.of(type, id);
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

  /** How problems of an entry name it: made only for one that has a problem. */
  private static RecordRef entryRef(String bundleId, String label) {
    return RecordRef.of("Bundle", bundleId.isEmpty() ? label : bundleId + " " + label);
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

  /**
   * What the Bundle's resources are read for, whether directly where they can be, and who finds a
   * name given twice.
   */
  private record Reading(
      ReadScope scope, boolean direct, DirectResources.Dates dates, NameCheck names) {}

  /**
   * An entry as read: its full URL and resource as JSON, the stand-in of one never read, or the
   * resource read directly.
   */
  private record Entry(JsonNode fullUrl, JsonNode resource, Resource standIn, Resource direct) {}

  /**
   * A resource object read into a tree, the stand-in of one of a type never read, or the resource
   * read directly (see {@link DirectResources}).
   */
  private record ResourceRead(JsonNode tree, Resource standIn, Resource direct) {
    ResourceRead(JsonNode tree, Resource standIn) {
      this(tree, standIn, null);
    }

    static ResourceRead direct(Resource resource) {
      return new ResourceRead(MissingNode.getInstance(), null, resource);
    }
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
