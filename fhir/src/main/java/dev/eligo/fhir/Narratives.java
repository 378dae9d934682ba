package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A resource's narrative ({@code text}: XHTML for people to read) is never mapped, and HAPI refuses
 * a whole resource whose XHTML it cannot parse; so the narratives of a resource and of the
 * resources it contains are dropped before HAPI reads it. A {@code text} that is not an object is
 * left for the type check to name.
 */
final class Narratives {
  private static final String TEXT = "text";

  private Narratives() {}

  /** Drops the narratives of the resource and of its contained resources. */
  static void drop(JsonNode resource) {
    if (!(resource instanceof ObjectNode object)) {
      return;
    }
    dropOwn(object);
    for (JsonNode contained : object.path("contained")) {
      if (contained instanceof ObjectNode inner) {
        dropOwn(inner);
      }
    }
  }

  /** Whether a member of a resource is its narrative, which need not be read at all. */
  static boolean isNarrative(String member, boolean isObject) {
    return isObject && member.equals(TEXT);
  }

  private static void dropOwn(ObjectNode resource) {
    if (resource.path(TEXT).isObject()) {
      resource.remove(TEXT);
    }
  }
}
