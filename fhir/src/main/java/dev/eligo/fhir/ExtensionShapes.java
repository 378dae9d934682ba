package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.hl7.fhir.r4.model.Extension;

/**
 * Finds an extension that is no object where HAPI's parser reads extensions without its
 * definitions: in a primitive's companion ({@code _status}), in {@code modifierExtension}, in an
 * extension's own members and value, and in a contained resource. HAPI's parser throws a
 * NullPointerException on one; {@link JsonTypes} removes the element that holds it instead, with a
 * problem saying where. Only what HAPI's parser reads is looked at, so nothing it passes over is
 * removed.
 */
final class ExtensionShapes {
  private ExtensionShapes() {}

  /** In a {@code modifierExtension} or {@code contained} member: what is wrong, or null. */
  static String wrongIn(String name, JsonNode value, String path) {
    if (name.equals("contained")) {
      return wrongInEach(value, path);
    }
    return wrongInList(value, path);
  }

  /**
   * Whether HAPI's parser reads a {@code _name} member: the companion of a child its parent has,
   * but not an extension's {@code _url}, which it passes over.
   */
  static boolean isReadCompanion(BaseRuntimeElementCompositeDefinition<?> parent, String name) {
    String child = name.substring(1);
    return parent.getChildByName(child) != null
        && !(child.equals("url") && parent.getImplementingClass() == Extension.class);
  }

  /**
   * In a primitive's companion: an object, or an array of objects and nulls for a repeating one, of
   * which HAPI reads the extensions.
   */
  static String wrongInCompanion(JsonNode value, String path) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        String wrong = wrongInCompanionObject(value.get(i), path + "[" + i + "]");
        if (wrong != null) {
          return wrong;
        }
      }
      return null;
    }
    return wrongInCompanionObject(value, path);
  }

  private static String wrongInCompanionObject(JsonNode companion, String path) {
    if (!companion.isObject()) {
      return null; // HAPI notes it and reads on
    }
    for (String name : new String[] {"extension", "modifierExtension"}) {
      JsonNode extensions = companion.get(name);
      if (extensions != null) {
        String wrong = wrongInList(extensions, path + "." + name);
        if (wrong != null) {
          return wrong;
        }
      }
    }
    return null;
  }

  /** A list of extensions: each must be an object, and is read in full. */
  private static String wrongInList(JsonNode value, String path) {
    if (!value.isArray()) {
      return null; // HAPI refuses it, saying an array is expected
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode extension = value.get(i);
      String where = path + "[" + i + "]";
      if (!extension.isObject()) {
        return JsonTypes.wrongType(where, extension, "Extension is an object");
      }
      String wrong = wrongInObject(extension, where, true);
      if (wrong != null) {
        return wrong;
      }
    }
    return null;
  }

  /** The objects of a member that is one object or an array of them, each read in full. */
  private static String wrongInEach(JsonNode value, String path) {
    if (value.isObject()) {
      return wrongInObject(value, path, false);
    }
    for (int i = 0; value.isArray() && i < value.size(); i++) {
      String wrong =
          value.get(i).isObject() ? wrongInObject(value.get(i), path + "[" + i + "]", false) : null;
      if (wrong != null) {
        return wrong;
      }
    }
    return null;
  }

  /** An object HAPI reads in full: an extension, an extension's value, a contained resource. */
  private static String wrongInObject(JsonNode object, String path, boolean isExtension) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      String where = path + "." + name;
      String wrong;
      if (name.equals("extension") || name.equals("modifierExtension")) {
        wrong = wrongInList(value, where);
      } else if (name.startsWith("_")) {
        wrong = isExtension && name.equals("_url") ? null : wrongInCompanion(value, where);
      } else {
        wrong = wrongInEach(value, where);
      }
      if (wrong != null) {
        return wrong;
      }
    }
    return null;
  }
}
