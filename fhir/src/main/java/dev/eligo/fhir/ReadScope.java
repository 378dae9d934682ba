package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.result.ProtocolInfo;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resource types a reader parses and maps. By default every type the mapping makes records
 * of, and the types those records refer to (a Medication a request names, the ResearchStudy of a
 * subject); a protocol may narrow it to the types it reads, which its data requirements name. A
 * resource of any other FHIR type (a Claim, a Provenance, or an Encounter for a protocol that reads
 * no encounters) is not parsed: inside a Bundle it is only tokenized and stands in as a reference
 * target with its type and id, in a bulk export its lines are passed over. Billing and provenance
 * are most of the bytes of a typical EHR export.
 */
public final class ReadScope {
  /** Types read only when something refers to them; they belong to no one patient. */
  static final Set<String> REFERENCED_ONLY = Set.of("Medication", "ResearchStudy");

  private static final Set<String> FHIR_TYPES = Set.copyOf(FhirJson.context().getResourceTypes());
  private static final Set<String> MEDICATION_USES =
      Set.of(
          "MedicationStatement",
          "MedicationAdministration",
          "MedicationRequest",
          "MedicationDispense");
  private static final ReadScope EVERYTHING = new ReadScope(everyReadType());

  private final Set<String> read;

  private ReadScope(Set<String> read) {
    this.read = Set.copyOf(read);
  }

  /** Every type the mapping reads. */
  public static ReadScope everything() {
    return EVERYTHING;
  }

  /**
   * Only these resource types (FHIR names, as a protocol's data requirements list them), the
   * Patient, and what records of them refer to: the Medications of medication uses, the
   * ResearchStudies of research subjects, and the Conditions that medication uses and procedures
   * give as their reasons.
   *
   * @throws IllegalArgumentException for a name that is no FHIR R4 resource type
   */
  public static ReadScope of(Collection<String> resourceTypes) {
    Set<String> read = new LinkedHashSet<>();
    read.add("Patient");
    for (String type : resourceTypes) {
      if (!FHIR_TYPES.contains(type)) {
        throw new IllegalArgumentException("'" + type + "' is no FHIR R4 resource type");
      }
      read.add(type);
      if (MEDICATION_USES.contains(type)) {
        read.add("Medication");
        read.add("Condition");
      }
      if (type.equals("Procedure")) {
        read.add("Condition");
      }
      if (type.equals("ResearchSubject")) {
        read.add("ResearchStudy");
      }
    }
    read.retainAll(EVERYTHING.read);
    return new ReadScope(read);
  }

  /**
   * What a protocol's evaluator reads: the resource types its {@link ProtocolInfo} names, with what
   * {@link #of} adds; every type when it names none (an evaluator that does not say).
   *
   * @throws IllegalArgumentException for a name that is no FHIR R4 resource type
   */
  public static ReadScope of(ProtocolInfo protocol) {
    return protocol.resourceTypes().isEmpty() ? everything() : of(protocol.resourceTypes());
  }

  /** Whether resources of this type are parsed and read. */
  public boolean reads(String type) {
    return read.contains(type);
  }

  /**
   * Whether this is a FHIR resource type whose resources are not read. A name that is no FHIR type
   * is not skipped: the parser then says what is wrong with it.
   */
  boolean skips(String type) {
    return !read.contains(type) && FHIR_TYPES.contains(type);
  }

  /** A bare stand-in for a resource of a type this scope skips, or null when it is read. */
  Resource standInIfSkipped(JsonNode resource) {
    JsonNode type = resource.path("resourceType");
    if (!type.isTextual() || !skips(type.asText())) {
      return null;
    }
    JsonNode id = resource.path("id");
    return standIn(type.asText(), id.isTextual() ? id.asText() : null);
  }

  /** A bare resource of a type that is not read, with the id it was given (or none). */
  static Resource standIn(String type, String id) {
    Resource standIn = (Resource) FhirJson.context().getResourceDefinition(type).newInstance();
    if (id != null) {
      standIn.setId(id);
    }
    return standIn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadScope scope && scope.read.equals(read);
  }

  @Override
  public int hashCode() {
    return read.hashCode();
  }

  /** The types read, in alphabetical order. */
  @Override
  public String toString() {
    return String.join(", ", new TreeSet<>(read));
  }

  private static Set<String> everyReadType() {
    Set<String> read = new LinkedHashSet<>();
    read.add("Patient");
    read.addAll(REFERENCED_ONLY);
    for (String type : FHIR_TYPES) {
      if (BundleMapper.maps(type)) {
        read.add(type);
      }
    }
    return read;
  }
}
