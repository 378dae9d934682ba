package dev.eligo.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.IdType;

/** Says what a bulk export's line is: which patient it belongs to, by the type's patient field. */
final class ExportLines {
  /** The types that are read for a patient, and the field that names the patient in each. */
  private static final Map<String, String> PATIENT_FIELD =
      Map.ofEntries(
          Map.entry("Observation", "subject"),
          Map.entry("Condition", "subject"),
          Map.entry("MedicationStatement", "subject"),
          Map.entry("MedicationAdministration", "subject"),
          Map.entry("MedicationRequest", "subject"),
          Map.entry("MedicationDispense", "subject"),
          Map.entry("Procedure", "subject"),
          Map.entry("QuestionnaireResponse", "subject"),
          Map.entry("AllergyIntolerance", "patient"),
          Map.entry("ResearchSubject", "individual"),
          Map.entry("Specimen", "subject"),
          Map.entry("Encounter", "subject"),
          Map.entry("DiagnosticReport", "subject"),
          Map.entry("ImagingStudy", "subject"),
          Map.entry("Immunization", "patient"));

  private ExportLines() {}

  /** The field naming the patient in a type read for a patient; null for any other type. */
  static String patientField(String type) {
    return PATIENT_FIELD.get(type);
  }

  /** A line of a Patient file: the Patient's id, or why the line is no usable Patient. */
  static ExportLine patientLine(String source, byte[] bytes) {
    LineHead head;
    try {
      head = LineHead.of(bytes);
    } catch (FhirJson.NotJsonException e) {
      return ExportLine.error(source, e.getMessage());
    }
    String type = head.type();
    String id = head.id();
    if (!type.equals("Patient")) {
      return ExportLine.error(source, "not a Patient: resourceType is '" + type + "'");
    }
    if (id.isEmpty()) {
      return ExportLine.error(source, "the Patient has no id, so no resource can be linked to it");
    }
    return ExportLine.of(ExportLine.Role.PATIENT, id);
  }

  /**
   * A line of any other file: whose resource it is, a shared resource, a type not read, or an
   * error.
   */
  static ExportLine resourceLine(String source, byte[] bytes, ReadScope scope) {
    LineHead resource;
    try {
      resource = LineHead.of(bytes);
    } catch (FhirJson.NotJsonException e) {
      // A damaged line that still shows its patient is that patient's loss, said on the patient's
      // row.
      String file =
          source.lastIndexOf(':') < 0 ? source : source.substring(0, source.lastIndexOf(':'));
      DamagedLine seen = DamagedLine.of(bytes, file);
      if (!seen.patientId().isEmpty()) {
        return ExportLine.of(ExportLine.Role.PATIENT_RESOURCE, seen.patientId());
      }
      return ExportLine.error(
          source, e.getMessage() + "; no patient can be seen in it, so it belongs to nobody");
    }
    String type = resource.type();
    if (scope.skips(type)) {
      return ExportLine.of(ExportLine.Role.SKIPPED, null); // a type that is not read
    }
    if (ReadScope.REFERENCED_ONLY.contains(type)) {
      return ExportLine.of(ExportLine.Role.SHARED, type + "/" + resource.id());
    }
    String field = PATIENT_FIELD.get(type);
    if (field == null) {
      return ExportLine.of(
          ExportLine.Role.SKIPPED, null); // a type the mapping does not read (Claim, ...)
    }
    String reference = resource.referenceIn(field);
    IdType patient = new IdType(reference);
    if (!"Patient".equals(patient.getResourceType()) || !patient.hasIdPart()) {
      return ExportLine.error(
          source,
          type
              + "."
              + field
              + (reference.isEmpty()
                  ? " has no reference"
                  : " '" + reference + "' is not a Patient reference")
              + "; the resource belongs to no patient and was skipped");
    }
    return ExportLine.of(ExportLine.Role.PATIENT_RESOURCE, patient.getIdPart());
  }
}
