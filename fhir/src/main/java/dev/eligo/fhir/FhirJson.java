package dev.eligo.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * The shared JSON machinery: one HAPI {@link FhirContext} for R4 (expensive to create, safe to
 * share) and one Jackson mapper that keeps decimals exactly as written ({@code 12.50} stays {@code
 * 12.50}).
 */
final class FhirJson {
  private static final FhirContext CONTEXT = FhirContext.forR4();

  private static final ObjectMapper JACKSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // RFC 8259 leaves duplicate names undefined; a record must not say two things at once.
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private FhirJson() {}

  static FhirContext context() {
    return CONTEXT;
  }

  /**
   * Reads JSON text into a tree; throws with a one-line, position-bearing message when it is not
   * JSON.
   */
  static JsonNode readTree(byte[] json) throws NotJsonException {
    if (json.length == 0) {
      throw new NotJsonException("the input is empty (0 bytes)");
    }
    try (com.fasterxml.jackson.core.JsonParser parser = JACKSON.createParser(json)) {
      JsonNode node = JACKSON.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new NotJsonException("the input is blank");
      }
      if (parser.nextToken() != null) {
        throw textAfterTheValue(parser.currentTokenLocation());
      }
      return node;
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new NotJsonException("not readable JSON: " + firstLine(e.getMessage()));
    }
  }

  /**
   * A streaming parser over JSON bytes, configured as {@link #readTree} reads them (duplicate names
   * refused), for readers that need only a few fields of a line.
   */
  static com.fasterxml.jackson.core.JsonParser parser(byte[] json) throws IOException {
    return JACKSON.createParser(json);
  }

  /**
   * As {@link #parser(byte[])}, but leaving duplicate names to the caller's {@link NameCheck}: the
   * caller tells it every name of every object and skips through it.
   */
  static com.fasterxml.jackson.core.JsonParser parserForCheckedNames(byte[] json)
      throws IOException {
    com.fasterxml.jackson.core.JsonParser parser = JACKSON.createParser(json);
    parser.disable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return parser;
  }

  /** As {@link #parser(byte[])}, over {@code length} bytes from {@code offset}. */
  static com.fasterxml.jackson.core.JsonParser parser(byte[] json, int offset, int length)
      throws IOException {
    return JACKSON.createParser(json, offset, length);
  }

  /** An empty JSON object, to be filled as {@link #readTree} would fill it. */
  static ObjectNode objectNode() {
    return JACKSON.createObjectNode();
  }

  /** The exception {@link #readTree} throws for JSON the parser refused. */
  static NotJsonException notJson(JsonProcessingException e) {
    return new NotJsonException(
        "not valid JSON"
            + where(e.getLocation())
            + ": "
            + withoutSource(firstLine(e.getOriginalMessage())));
  }

  /**
   * What is said of input that holds more after its first JSON value (two resources on one NDJSON
   * line, two Bundles in one file): what follows would otherwise be dropped without a word.
   */
  static NotJsonException textAfterTheValue(com.fasterxml.jackson.core.JsonLocation location) {
    return new NotJsonException(
        "not valid JSON"
            + where(location)
            + ": more follows the end of the first JSON value, and one value is read"
            + " (NDJSON holds one per line)");
  }

  // An NDJSON line is one line: its source already names the line, so only the column is said.
  private static String where(com.fasterxml.jackson.core.JsonLocation location) {
    if (location == null) {
      return "";
    }
    return location.getLineNr() <= 1
        ? " at column " + location.getColumnNr()
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** Writes a subtree back to JSON text, with numbers as they were read. */
  static String write(JsonNode node) {
    try {
      return JACKSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that was just read cannot be written", e);
    }
  }

  /**
   * Parses the bytes of one resource leniently: every problem the parser meets (a bad date, a value
   * of the wrong JSON type, an unknown element) becomes a note instead of an exception.
   */
  static ParsedResource parseResource(byte[] json, ReadScope scope) {
    try {
      return parseResource(readTree(json), scope);
    } catch (NotJsonException e) {
      return ParsedResource.failed(e.getMessage());
    }
  }

  /**
   * As {@link #parseResource(byte[], ReadScope)}, for a resource already read into a tree (which it
   * may change).
   */
  static ParsedResource parseResource(JsonNode resource, ReadScope scope) {
    Resource unread = scope.standInIfSkipped(resource);
    if (unread != null) {
      return ParsedResource.unread(unread);
    }
    ReadElements.drop(resource);
    List<String> tamed = new java.util.ArrayList<>(Numbers.dropImplausible(resource, ""));
    tamed.addAll(JsonTypes.removeWrongTypes(resource));
    ParsedResource parsed = parseChecked(resource);
    if (tamed.isEmpty() || parsed.resource() == null) {
      return parsed;
    }
    List<String> notes = new java.util.ArrayList<>(tamed);
    notes.addAll(parsed.notes());
    return ParsedResource.parsed(parsed.resource(), notes);
  }

  private static ParsedResource parseChecked(JsonNode json) {
    ParseNotes notes = new ParseNotes();
    IJsonLikeParser parser = (IJsonLikeParser) CONTEXT.newJsonParser().setParserErrorHandler(notes);
    JacksonStructure structure = null;
    String text = null;
    if (json instanceof ObjectNode object) {
      // HAPI reads the tree already built, rather than the same JSON written out and read again.
      structure = new JacksonStructure();
      structure.setNativeObject(object);
    } else {
      text = write(json); // HAPI says what it makes of it
    }
    try {
      Resource resource =
          (Resource)
              (structure != null ? parser.parseResource(structure) : parser.parseResource(text));
      return ParsedResource.parsed(resource, notes.messages());
    } catch (DataFormatException | ClassCastException e) {
      return ParsedResource.failed(firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      // HAPI's parser tripping over input it did not foresee (JsonTypes removes what is known to
      // trip it) loses this resource, said so, and not the patient's other resources.
      return ParsedResource.failed(
          "HAPI's parser failed on it ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + shorten(firstLine(e.getMessage())))
              + ")");
    }
  }

  /**
   * Drops Jackson's "(start marker at [Source: ...])" tail, which repeats what {@code where} says.
   */
  private static String withoutSource(String message) {
    String plain =
        message
            .replaceFirst("\\s*\\(start marker at \\[Source:.*$", "")
            .replaceFirst("\\s*at \\[Source:.*$", "");
    for (Map.Entry<String, String> token : TOKEN_WORDS.entrySet()) {
      plain = plain.replace(token.getKey(), token.getValue());
    }
    return plain;
  }

  /** A value as a message shows it: at most 40 characters. */
  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  /** Jackson names the token it was reading ("end-of-input in VALUE_STRING"); users read words. */
  private static final Map<String, String> TOKEN_WORDS =
      Map.of(
          "in VALUE_STRING",
          "inside a string",
          "in FIELD_NAME",
          "inside a property name",
          "in VALUE_NUMBER_INT",
          "inside a number",
          "in VALUE_NUMBER_FLOAT",
          "inside a number",
          "in START_OBJECT",
          "inside an object",
          "in START_ARRAY",
          "inside an array");

  static String firstLine(String message) {
    if (message == null) {
      return "(no detail)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A resource parsed from JSON, with the parser's notes, or the reason it could not be parsed. */
  record ParsedResource(Resource resource, List<String> notes, String failure, boolean read) {
    ParsedResource {
      notes = List.copyOf(notes);
    }

    static ParsedResource parsed(Resource resource, List<String> notes) {
      return new ParsedResource(resource, notes, null, true);
    }

    static ParsedResource failed(String failure) {
      return new ParsedResource(null, List.of(), failure, true);
    }

    /** A resource of a type no mapper reads, standing in only as a reference target. */
    static ParsedResource unread(Resource standIn) {
      return new ParsedResource(standIn, List.of(), null, false);
    }
  }

  /** The input is not JSON at all. */
  static final class NotJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    NotJsonException(String message) {
      super(message, null, false, false);
    }
  }
}
