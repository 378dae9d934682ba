package dev.eligo.fhir;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;

/**
 * Stands in for a resource that is there but could not be read: a record of each kind it could be,
 * with nothing in it but its reference, and the problem that says why. The runtime counts such a
 * record as an unknown member of every concept of its kind, so a verdict that could depend on it
 * needs review instead of being decided without it.
 */
final class Placeholders {
  private Placeholders() {}

  /**
   * Adds the problem and a placeholder of each kind a resource of {@code type} maps to: all of them
   * when the type could not be read or is no FHIR type; none for a type that is only referenced or
   * not read (Medication, ResearchStudy: what refers to it says what is unknown).
   */
  static void add(PatientRecord.Builder record, String type, RecordProblem problem) {
    record.add(problem);
    RecordRef ref = problem.ref();
    boolean any =
        type == null || type.isEmpty() || !FhirJson.context().getResourceTypes().contains(type);
    if (any || type.equals("Observation")) {
      record.add(Observation.unreadable(ref));
    }
    if (any || type.equals("Condition")) {
      record.add(Condition.unreadable(ref));
    }
    if (any || type.startsWith("Medication") && !type.equals("Medication")) {
      record.add(MedicationUse.unreadable(ref));
    }
    if (any || type.equals("Procedure")) {
      record.add(Procedure.unreadable(ref));
    }
    if (any || type.equals("AllergyIntolerance")) {
      record.add(Allergy.unreadable(ref));
    }
    if (any || type.equals("ResearchSubject")) {
      record.add(ResearchParticipation.unreadable(ref));
    }
    if (any || type.equals("QuestionnaireResponse")) {
      record.add(Attestation.unreadable(ref));
    }
    if (any || type.equals("Specimen")) {
      record.add(Specimen.unreadable(ref));
    }
    if (any || type.equals("Encounter")) {
      record.add(Encounter.unreadable(ref));
    }
    if (any || type.equals("DiagnosticReport")) {
      record.add(DiagnosticReport.unreadable(ref));
    }
    if (any || type.equals("ImagingStudy")) {
      record.add(ImagingStudy.unreadable(ref));
    }
    if (any || type.equals("Immunization")) {
      record.add(Immunization.unreadable(ref));
    }
  }
}
