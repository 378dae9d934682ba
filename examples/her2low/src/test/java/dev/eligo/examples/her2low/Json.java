package dev.eligo.examples.her2low;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Small JSON literals for FHIR resources: {@code obj("status", "final", "code", cc(...))}. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** An object from alternating keys and values; a {@code null} value leaves its key out. */
  static ObjectNode obj(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    ObjectNode node = MAPPER.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      if (value != null) {
        node.set((String) keysAndValues[i], node(value));
      }
    }
    return node;
  }

  static ArrayNode arr(Object... items) {
    ArrayNode node = MAPPER.createArrayNode();
    for (Object item : items) {
      node.add(node(item));
    }
    return node;
  }

  private static JsonNode node(Object value) {
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    if (value instanceof String) {
      return MAPPER.getNodeFactory().textNode((String) value);
    }
    if (value instanceof Boolean) {
      return MAPPER.getNodeFactory().booleanNode((Boolean) value);
    }
    if (value instanceof Integer) {
      return MAPPER.getNodeFactory().numberNode((Integer) value);
    }
    if (value instanceof BigDecimal) {
      return MAPPER.getNodeFactory().numberNode((BigDecimal) value);
    }
    throw new IllegalArgumentException("no JSON for " + value.getClass());
  }
}
