package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Drops numbers no clinical record can mean (1e99999999) before HAPI reads them: building a decimal
 * that size takes HAPI minutes. FHIR's decimal has at most 18 digits of precision; a value with
 * more than {@link #MAX_DIGITS} digits either side of the point is bad data, and is reported as a
 * problem of the resource instead of being read.
 */
final class Numbers {
  static final int MAX_DIGITS = 40;

  private Numbers() {}

  /** Removes implausible numbers from the tree; returns one note per removed value. */
  static List<String> dropImplausible(JsonNode node, String path) {
    List<String> notes = new ArrayList<>();
    walk(node, path, notes);
    return notes;
  }

  private static void walk(JsonNode node, String path, List<String> notes) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String where = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (implausible(field.getValue())) {
          notes.add(
              where
                  + ": the number "
                  + shown(field.getValue())
                  + " is not a plausible value and was left out");
          it.remove();
        } else {
          walk(field.getValue(), where, notes);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        String where = path + "[" + i + "]";
        if (implausible(array.get(i))) {
          notes.add(
              where
                  + ": the number "
                  + shown(array.get(i))
                  + " is not a plausible value and was left out");
          array.remove(i);
        } else {
          walk(array.get(i), where, notes);
        }
      }
    }
  }

  private static boolean implausible(JsonNode node) {
    if (!node.isNumber()) {
      return false;
    }
    if (node.isDouble() || node.isFloat()) {
      return !Double.isFinite(node.doubleValue());
    }
    BigDecimal value = node.decimalValue();
    int integerDigits = value.precision() - value.scale();
    return integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS;
  }

  private static String shown(JsonNode node) {
    String text = node.asText();
    return text.length() > 24 ? text.substring(0, 21) + "..." : text;
  }
}
