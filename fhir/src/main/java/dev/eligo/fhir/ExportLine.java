package dev.eligo.fhir;

import java.util.Objects;

/**
 * What one line of a FHIR bulk export's NDJSON files is to grouping by patient: a Patient, a
 * resource about a patient, a resource shared by patients (a Medication, a ResearchStudy), a line
 * the mapping does not read, or an error naming the line.
 *
 * @param role what the line is
 * @param key the patient's id for {@link Role#PATIENT} and {@link Role#PATIENT_RESOURCE}, {@code
 *     Type/id} for {@link Role#SHARED}, else null
 * @param error why the line gives nothing, for {@link Role#ERROR}, else null
 */
public record ExportLine(Role role, String key, PatientReadError error) {
  /** The kinds of line. */
  public enum Role {
    PATIENT,
    PATIENT_RESOURCE,
    SHARED,
    SKIPPED,
    ERROR
  }

  public ExportLine {
    Objects.requireNonNull(role, "role");
    if ((role == Role.ERROR) != (error != null)) {
      throw new IllegalArgumentException("an error line, and only an error line, has an error");
    }
  }

  static ExportLine of(Role role, String key) {
    return new ExportLine(role, key, null);
  }

  static ExportLine error(String source, String message) {
    return new ExportLine(Role.ERROR, null, new PatientReadError(source, message));
  }
}
