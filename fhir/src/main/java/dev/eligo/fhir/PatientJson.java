package dev.eligo.fhir;

import java.util.List;
import java.util.Map;

/**
 * Maps patients given as JSON lines rather than files, for engines that read and group the lines
 * themselves (the Spark job): one Bundle, or one patient's lines of a FHIR bulk export. Results,
 * record problems and errors are those of the {@link PatientSources} readers, word for word. Lines
 * are UTF-8 bytes without their line terminator.
 */
public final class PatientJson {
  private PatientJson() {}

  /**
   * One Bundle (an NDJSON line), named {@code source} in the result ({@code bundles.ndjson:12}).
   */
  public static PatientReadResult bundle(String source, byte[] json) {
    return BundleResults.fromJson(source, json);
  }

  /**
   * Whether an NDJSON line holds only spaces, tabs and carriage returns: readers skip such lines.
   */
  public static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * What a line of a bulk export is to grouping: in a Patient file ({@link #isPatientFile}) a
   * Patient's id or an error; in any other file the patient a resource belongs to, a shared
   * resource's {@code Type/id}, a type the mapping does not read, or an error.
   */
  public static ExportLine exportLine(String source, byte[] line, boolean inPatientFile) {
    return inPatientFile
        ? ExportLines.patientLine(source, line)
        : ExportLines.resourceLine(source, line, ReadScope.everything());
  }

  /**
   * Whether a bulk export's file holds Patients: its name is {@code Patient} then {@code .-_},
   * ending {@code .ndjson}.
   */
  public static boolean isPatientFile(String fileName) {
    return BulkExportSource.isPatientFile(fileName);
  }

  /**
   * Maps one patient of a bulk export as the bulk-export reader does: its Patient lines (the first
   * is read; repeats that agree are noted, repeats that differ make an error), its resource lines
   * in export order (files by name, then lines), and every copy of the shared resources its
   * resources refer to; a patient whose lines add up to more than {@code limits} allow is an error.
   *
   * @param patientId the id {@link #exportLine} read from the Patient lines
   * @param shared the export's shared resources by {@code Type/id}, each with all its copies
   */
  public static PatientReadResult exportPatient(
      String source,
      String patientId,
      List<byte[]> patientLines,
      List<ExportResource> resources,
      Map<String, List<ExportResource>> shared,
      ReadLimits limits) {
    String repeats =
        patientLines.size() > 1 ? ExportPatient.repeats(patientId, patientLines) : null;
    if (!ExportPatient.readOnce(repeats)) {
      return new PatientReadError(source, repeats);
    }
    long read = patientLines.get(0).length;
    for (ExportResource resource : resources) {
      read += resource.json().length;
      if (limits.refusal(read) != null) {
        return new PatientReadError(source, "Patient/" + patientId + ": " + limits.refusal(read));
      }
    }
    ExportPatient patient = new ExportPatient(patientId, patientLines.get(0), limits.scope());
    if (repeats != null) {
      patient.note(repeats);
    }
    resources.forEach(patient::add);
    for (String target : ExportPatient.referencesOf(patientLines.get(0), resources)) {
      for (ExportResource copy : shared.getOrDefault(target, List.of())) {
        patient.add(copy);
        read += copy.json().length;
      }
    }
    if (limits.refusal(read) != null) {
      return new PatientReadError(source, "Patient/" + patientId + ": " + limits.refusal(read));
    }
    return patient.map(source);
  }

  /**
   * One Bundle as an NDJSON line, refused (an error) when it is larger than {@code limits} allow.
   */
  public static PatientReadResult bundle(String source, byte[] json, ReadLimits limits) {
    String refusal = limits.refusal(json.length);
    return refusal != null
        ? new PatientReadError(source, refusal)
        : BundleResults.fromJson(source, json, limits.scope());
  }

  /** The error for a second Patient line with an id already seen. */
  public static PatientReadError duplicatePatient(String source, String patientId) {
    return new PatientReadError(
        source, "Patient/" + patientId + " appears more than once; this line was skipped");
  }

  /**
   * The error for resources that name a patient no Patient line has; {@code export} names the
   * export.
   */
  public static PatientReadError orphans(String export, String patientId, int resources) {
    return new PatientReadError(
        export,
        resources
            + " resource(s) refer to Patient/"
            + patientId
            + ", which is in no Patient file; they were skipped");
  }
}
