package dev.eligo.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of the value a streaming parser is on, node for node as {@link FhirJson}'s mapper
 * builds it (decimals exactly as written, integers in the narrowest type), without the mapper's
 * set-up for every call: a Bundle's reader asks for one tree per member of every resource it reads.
 * Nesting depth is refused by the parser itself, as for the mapper; so are duplicate names, unless
 * the parser leaves them to a {@link NameCheck}: then a name given twice is {@link
 * NameCheck.Repeated}.
 */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * The value the parser is on, as a tree; the parser is left on the value's last token.
   *
   * @throws NameCheck.Repeated when an object gives a name twice, for a parser that does not refuse
   *     it (see {@link NameCheck})
   */
  static JsonNode read(JsonParser parser) throws IOException, NameCheck.Repeated {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return object(parser);
    }
    if (token == JsonToken.START_ARRAY) {
      return array(parser);
    }
    return scalar(parser, token);
  }

  // Recursion is bounded by the parser's maximum nesting depth (StreamReadConstraints).
  private static ObjectNode object(JsonParser parser) throws IOException, NameCheck.Repeated {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (object.replace(name, read(parser)) != null) {
        throw NameCheck.Repeated.INSTANCE;
      }
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException, NameCheck.Repeated {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      array.add(read(parser));
    }
    return array;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      return NODES.nullNode();
    }
    return switch (token) {
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("not a JSON value: " + token);
    };
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
