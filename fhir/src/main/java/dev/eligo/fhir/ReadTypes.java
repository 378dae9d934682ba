package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resource types the mapping reads: those mapped to records, and those only looked up through
 * references (a Medication a request names, the ResearchStudy of a subject). A resource of any
 * other FHIR type (a Claim, a Provenance, an Organization) is not parsed at all: it stands in only
 * as a reference target, with its type and id, so a reason naming a DocumentReference still names
 * it. Billing and provenance are most of the bytes of a typical EHR export.
 */
final class ReadTypes {
  /** Types read only when something refers to them; they belong to no one patient. */
  static final Set<String> REFERENCED_ONLY = Set.of("Medication", "ResearchStudy");

  private static final Set<String> FHIR_TYPES = Set.copyOf(FhirJson.context().getResourceTypes());

  private ReadTypes() {}

  /** Whether resources of this type are parsed and read. */
  static boolean isRead(String type) {
    return type.equals("Patient") || BundleMapper.maps(type) || REFERENCED_ONLY.contains(type);
  }

  /** Whether this is a FHIR resource type whose resources are never read. */
  static boolean isNeverRead(String type) {
    return !isRead(type) && FHIR_TYPES.contains(type);
  }

  /**
   * A bare resource with the type and id of one of a FHIR type that is never read, or null when the
   * resource is read (or its type is no FHIR type, which the parser then reports).
   */
  static Resource standInIfNeverRead(JsonNode resource) {
    JsonNode type = resource.path("resourceType");
    if (!type.isTextual() || !isNeverRead(type.asText())) {
      return null;
    }
    JsonNode id = resource.path("id");
    return standIn(type.asText(), id.isTextual() ? id.asText() : null);
  }

  /** A bare resource of a type that is never read, with the id it was given (or none). */
  static Resource standIn(String type, String id) {
    Resource standIn = (Resource) FhirJson.context().getResourceDefinition(type).newInstance();
    if (id != null) {
      standIn.setId(id);
    }
    return standIn;
  }
}
