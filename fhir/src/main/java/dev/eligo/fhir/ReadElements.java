package dev.eligo.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The elements of each resource type that the mappers read; the others are passed over before HAPI
 * parses a resource, and by the Bundle reader before it builds them into a tree: a Synthea
 * DiagnosticReport carries its note as base64 that HAPI would decode, every resource its {@code
 * meta}, and a narrative HAPI cannot parse would cost the whole resource. Damage inside an element
 * that is never read concerns no record, so it is not reported either.
 *
 * <p>An element that is not an element of the type at all is kept, for HAPI to say that it is
 * unknown; so is a primitive's {@code _element} sibling (its id and extensions) beside a kept one.
 * A mapper that starts reading another element must name it here: {@code ReadElementsTest} maps
 * every test Bundle with and without this table and fails when the records differ.
 */
final class ReadElements {
  /** Kept in every resource: what names it, and the resources it contains. */
  private static final Set<String> ALWAYS = Set.of("resourceType", "id", "contained");

  /** A MedicationAdministration's and a MedicationStatement's: the two say the same things. */
  private static final Set<String> TAKEN_MEDICATION =
      Set.of(
          "subject",
          "dosage",
          "effective",
          "medication",
          "reasonCode",
          "reasonReference",
          "status",
          "statusReason");

  // Choice elements by their name without [x]: "effective" keeps effectiveDateTime and the others.
  private static final Map<String, Set<String>> READ =
      Map.ofEntries(
          Map.entry("Patient", Set.of("gender", "birthDate")),
          Map.entry(
              "AllergyIntolerance",
              Set.of(
                  "patient",
                  "code",
                  "reaction",
                  "clinicalStatus",
                  "verificationStatus",
                  "type",
                  "recordedDate",
                  "criticality",
                  "category")),
          Map.entry(
              "Condition",
              Set.of(
                  "subject",
                  "code",
                  "clinicalStatus",
                  "verificationStatus",
                  "bodySite",
                  "stage",
                  "onset",
                  "recordedDate",
                  "abatement")),
          Map.entry(
              "DiagnosticReport",
              Set.of("subject", "code", "status", "effective", "issued", "conclusionCode")),
          Map.entry("Encounter", Set.of("subject", "status", "class", "type", "period")),
          Map.entry(
              "ImagingStudy",
              Set.of("subject", "modality", "series", "procedureCode", "status", "started")),
          Map.entry(
              "Immunization",
              Set.of(
                  "patient",
                  "vaccineCode",
                  "status",
                  "occurrence",
                  "statusReason",
                  "primarySource")),
          Map.entry("MedicationAdministration", TAKEN_MEDICATION),
          Map.entry(
              "MedicationDispense",
              Set.of(
                  "subject",
                  "daysSupply",
                  "dosageInstruction",
                  "medication",
                  "status",
                  "statusReason",
                  "whenHandedOver")),
          Map.entry(
              "MedicationRequest",
              Set.of(
                  "subject",
                  "authoredOn",
                  "dosageInstruction",
                  "medication",
                  "reasonCode",
                  "reasonReference",
                  "status",
                  "statusReason")),
          Map.entry("MedicationStatement", TAKEN_MEDICATION),
          Map.entry(
              "Observation",
              Set.of(
                  "subject",
                  "status",
                  "code",
                  "effective",
                  "issued",
                  "value",
                  "dataAbsentReason",
                  "interpretation",
                  "referenceRange",
                  "bodySite",
                  "component")),
          Map.entry(
              "Procedure",
              Set.of(
                  "subject",
                  "status",
                  "code",
                  "performed",
                  "bodySite",
                  "reasonCode",
                  "reasonReference")),
          Map.entry("QuestionnaireResponse", Set.of("subject", "status", "authored", "item")),
          Map.entry("ResearchSubject", Set.of("individual", "status", "period", "study")),
          Map.entry("Specimen", Set.of("subject", "status", "type", "collection")),
          Map.entry("Medication", Set.of("code")),
          Map.entry("ResearchStudy", Set.of("identifier")));

  private static final String NARRATIVE = "text";

  /**
   * Per type of the table, the names its unread elements can have in JSON ({@code
   * effectiveDateTime}, {@code effectivePeriod} for {@code effective[x]}): worked out once from
   * HAPI's definitions, so a name is told in one lookup.
   */
  private static final Map<String, Set<String>> UNREAD = unreadNames();

  private ReadElements() {}

  /** Whether a mapper reads resources of the type. */
  static boolean isMapped(String type) {
    return READ.containsKey(type);
  }

  /**
   * Whether a member of a resource of the given type is passed over, its value an object or not as
   * said: an element of the type that no mapper reads. Of a type no mapper reads only the narrative
   * is passed over.
   */
  static boolean isUnread(String type, String member, boolean isObject) {
    Set<String> unread = UNREAD.get(type);
    if (unread == null) {
      return isObject && member.equals(NARRATIVE);
    }
    // A primitive's _element sibling (its id and extensions) goes with the element.
    return unread.contains(member.startsWith("_") ? member.substring(1) : member);
  }

  /** Drops the unread elements of a resource and of the resources it contains. */
  static void drop(JsonNode resource) {
    dropOwn(resource);
    for (JsonNode contained : resource.path("contained")) {
      dropOwn(contained);
    }
  }

  private static void dropOwn(JsonNode resource) {
    if (!(resource instanceof ObjectNode object) || !resource.path("resourceType").isTextual()) {
      return;
    }
    String type = resource.path("resourceType").asText();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (isUnread(type, member.getKey(), member.getValue().isObject())) {
        it.remove();
      }
    }
  }

  private static Map<String, Set<String>> unreadNames() {
    Map<String, Set<String>> unread = new HashMap<>();
    READ.forEach(
        (type, read) -> {
          Set<String> names = new HashSet<>();
          for (BaseRuntimeChildDefinition child :
              FhirJson.context().getResourceDefinition(type).getChildren()) {
            String element = child.getElementName();
            String name =
                element.endsWith("[x]") ? element.substring(0, element.length() - 3) : element;
            if (!read.contains(name) && !ALWAYS.contains(name)) {
              names.addAll(child.getValidChildNames());
            }
          }
          unread.put(type, Set.copyOf(names));
        });
    return Map.copyOf(unread);
  }
}
