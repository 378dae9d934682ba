package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * Finds values of the wrong JSON type before HAPI reads a resource: HAPI's parser turns {@code
 * "code": true} into the code {@code "true"} and {@code "code": 1.5} into the unit {@code 1.5}
 * without a word. FHIR's JSON has a fixed type per element (booleans, numbers, strings, objects),
 * so each value is held against its element's definition. The top-level element that holds a wrong
 * value is removed, so the record is read without it, and a problem says what was wrong: a
 * half-read code or quantity is worse than none.
 */
final class JsonTypes {
  /** The primitive types FHIR's JSON writes as numbers, by implementing class. */
  static final Set<String> NUMBERS =
      Set.of(
          IntegerType.class.getName(),
          DecimalType.class.getName(),
          "org.hl7.fhir.r4.model.PositiveIntType",
          "org.hl7.fhir.r4.model.UnsignedIntType");

  private JsonTypes() {}

  /**
   * Removes the elements holding values of the wrong JSON type; one message per removed element.
   */
  static List<String> removeWrongTypes(JsonNode resource) {
    List<String> problems = new ArrayList<>();
    if (!(resource instanceof ObjectNode object) || !resource.path("resourceType").isTextual()) {
      return problems;
    }
    RuntimeResourceDefinition definition;
    try {
      definition = FhirJson.context().getResourceDefinition(resource.path("resourceType").asText());
    } catch (RuntimeException e) {
      return problems; // an unknown resource type: HAPI says so
    }
    // properties() is the node's own entry set: removing through its iterator drops the element.
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String wrong = wrongIn(definition, field.getKey(), field.getValue(), field.getKey());
      if (wrong != null) {
        problems.add(wrong + "; '" + field.getKey() + "' was not read");
        it.remove();
      }
    }
    return problems;
  }

  /** The first value of the wrong type under one element, described, or null. */
  private static String wrongIn(
      BaseRuntimeElementCompositeDefinition<?> parent, String name, JsonNode value, String path) {
    if (name.equals("modifierExtension") || name.equals("contained")) {
      // Not a child HAPI's definitions walk here (a datatype has no modifier extensions), yet
      // HAPI's parser reads them, and fails on an extension in them that is no object.
      return ExtensionShapes.wrongIn(name, value, path);
    }
    if (name.startsWith("_")) {
      return ExtensionShapes.isReadCompanion(parent, name)
          ? ExtensionShapes.wrongInCompanion(value, path)
          : null;
    }
    if (name.equals("resourceType") || name.equals("fhir_comments")) {
      return null;
    }
    BaseRuntimeChildDefinition child = parent.getChildByName(name);
    if (child == null) {
      return null; // an unknown element: HAPI notes it
    }
    BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
    if (element == null) {
      return null;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        String wrong = wrongValue(element, value.get(i), path + "[" + i + "]");
        if (wrong != null) {
          return wrong;
        }
      }
      return null;
    }
    return wrongValue(element, value, path);
  }

  private static String wrongValue(
      BaseRuntimeElementDefinition<?> element, JsonNode value, String path) {
    switch (element.getChildType()) {
      case PRIMITIVE_DATATYPE:
      case ID_DATATYPE:
      case PRIMITIVE_XHTML:
      case PRIMITIVE_XHTML_HL7ORG:
        return wrongPrimitive(element, value, path);
      case COMPOSITE_DATATYPE:
      case RESOURCE_BLOCK:
      case RESOURCE:
        if (!value.isObject()) {
          return wrongType(path, value, element.getName() + " is an object");
        }
        if (element instanceof RuntimeResourceDefinition
            || !(element instanceof BaseRuntimeElementCompositeDefinition)) {
          return null; // a resource held as a value is HAPI's to read (contained ones: see wrongIn)
        }
        BaseRuntimeElementCompositeDefinition<?> composite =
            (BaseRuntimeElementCompositeDefinition<?>) element;
        for (Map.Entry<String, JsonNode> field : value.properties()) {
          String wrong =
              wrongIn(composite, field.getKey(), field.getValue(), path + "." + field.getKey());
          if (wrong != null) {
            return wrong;
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static String wrongPrimitive(
      BaseRuntimeElementDefinition<?> element, JsonNode value, String path) {
    String type = element.getImplementingClass().getName();
    boolean ok;
    String expected;
    if (type.equals(BooleanType.class.getName())) {
      ok = value.isBoolean();
      expected = "true or false";
    } else if (NUMBERS.contains(type)) {
      ok = value.isNumber();
      expected = "a number";
    } else {
      ok = value.isTextual();
      expected = "a string";
    }
    if (ok) {
      return null;
    }
    return wrongType(path, value, element.getName() + " is " + expected);
  }

  /**
   * What is said of a value of the wrong JSON type: {@code code is a string ("2857-1"), but FHIR's
   * CodeableConcept is an object}.
   */
  static String wrongType(String path, JsonNode value, String whatFhirHas) {
    String shown = value.isContainerNode() ? "" : " (" + FhirJson.shorten(value.toString()) + ")";
    return path + " is " + BundleJsonReader.kind(value) + shown + ", but FHIR's " + whatFhirHas;
  }
}
