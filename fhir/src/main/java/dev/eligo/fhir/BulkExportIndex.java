package dev.eligo.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.IdType;

/**
 * Where each patient's resources are in a bulk export's per-resource NDJSON files, built in one
 * pass over them. It keeps, for each patient, only the locations of the lines (file number and
 * byte offset packed into one {@code long}), never the resources, so memory is a few dozen bytes
 * per patient and eight per resource however large the resources are. Medications and research
 * studies, which belong to no patient, are indexed by {@code Type/id} so references can be resolved.
 */
final class BulkExportIndex {
  /** The types that are read for a patient, and the field that names the patient in each. */
  private static final Map<String, String> PATIENT_FIELD = Map.of(
      "Observation", "subject",
      "Condition", "subject",
      "MedicationStatement", "subject",
      "MedicationAdministration", "subject",
      "MedicationRequest", "subject",
      "Procedure", "subject",
      "QuestionnaireResponse", "subject",
      "AllergyIntolerance", "patient",
      "ResearchSubject", "individual");

  private static final Set<String> SHARED_TYPES = Set.of("Medication", "ResearchStudy");

  private static final int OFFSET_BITS = 40;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
  private static final int FILE_BITS = 21;
  private static final long FILE_MASK = (1L << FILE_BITS) - 1;
  /** Marks the location of a line that is not valid JSON but names its patient. */
  static final long DAMAGED = 1L << 62;
  /** Marks the location of a line too long to read. */
  static final long TOO_LONG = 1L << 61;

  private final List<Path> files;
  private final ReadLimits limits;
  private final Map<String, Locations> byPatient = new HashMap<>();
  private final Map<String, Locations> shared = new HashMap<>();
  private final List<PatientReadError> errors = new ArrayList<>();

  private BulkExportIndex(List<Path> files, ReadLimits limits) {
    this.files = List.copyOf(files);
    this.limits = limits;
  }

  /**
   * Indexes the files: where each patient's resources are, where each Patient line is (so that a
   * patient given twice is seen before it is screened), where each Medication and ResearchStudy
   * is. Lines that cannot be read and name no patient become errors, in file order.
   */
  static BulkExportIndex build(List<Path> files, ReadLimits limits) {
    BulkExportIndex index = new BulkExportIndex(files, limits);
    for (int i = 0; i < files.size(); i++) {
      index.indexFile(i);
    }
    return index;
  }

  List<Path> files() {
    return files;
  }

  List<PatientReadError> errors() {
    return List.copyOf(errors);
  }

  /** The locations of a patient's resources; the first call for a patient marks it as read. */
  Locations take(String patientId) {
    Locations locations = byPatient.get(patientId);
    if (locations == null) {
      return Locations.NONE;
    }
    locations.taken = true;
    return locations;
  }

  /** Whether a patient's resources have already been taken (the patient appeared before). */
  boolean isTaken(String patientId) {
    Locations locations = byPatient.get(patientId);
    return locations != null && locations.taken;
  }

  /** The locations of a Medication or ResearchStudy by {@code Type/id}: none, one, or several copies. */
  Locations shared(String typeAndId) {
    return shared.getOrDefault(typeAndId, Locations.NONE);
  }

  /** The locations of the Patient lines with this id: more than one when the export repeats the patient. */
  Locations patientLines(String patientId) {
    Locations locations = byPatient.get(patientId);
    return locations == null || locations.patientLines == null ? Locations.NONE : locations.patientLines;
  }

  /** Patients that resources refer to but no Patient line had, by id, with their resource counts. */
  Map<String, Integer> untaken() {
    Map<String, Integer> untaken = new TreeMap<>();
    byPatient.forEach((id, locations) -> {
      if (!locations.taken && locations.size > 0) {
        untaken.put(id, locations.size);
      }
    });
    return untaken;
  }

  static int fileOf(long location) {
    return (int) ((location >>> OFFSET_BITS) & FILE_MASK);
  }

  static long offsetOf(long location) {
    return location & OFFSET_MASK;
  }

  private void indexFile(int fileNumber) {
    Path file = files.get(fileNumber);
    String name = FileNames.of(file);
    boolean patients = BulkExportSource.isPatientFile(file);
    try (NdjsonLines lines = new NdjsonLines(Files.newInputStream(file), limits.maxBundleBytes())) {
      NdjsonLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        long location = ((long) fileNumber << OFFSET_BITS) | line.offset();
        if (patients) {
          indexPatientLine(location, line);
        } else {
          indexLine(name, line.number(), location, line);
        }
      }
    } catch (IOException e) {
      errors.add(new PatientReadError(name, "the file cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
  }

  // The Patient lines are streamed again later; here only their ids are noted, to find repeats.
  private void indexPatientLine(long location, NdjsonLines.Line line) {
    String id;
    if (line.isTooLong()) {
      id = DamagedLine.of(line.bytes(), "Patient.ndjson").id();
    } else {
      try {
        id = FhirJson.readTree(line.bytes()).path("id").asText("");
      } catch (FhirJson.NotJsonException e) {
        return; // reported when the line's turn comes
      }
    }
    if (!id.isEmpty()) {
      byPatient.computeIfAbsent(id, k -> new Locations()).patientLines().add(location);
    }
  }

  private void indexLine(String name, int number, long location, NdjsonLines.Line line) {
    String source = name + ":" + number;
    if (line.isTooLong()) {
      damaged(source, location | TOO_LONG, DamagedLine.of(line.bytes(), name),
          "the line is " + ReadLimits.megabytes(line.length()) + ", more than one patient may take in this run");
      return;
    }
    JsonNode resource;
    try {
      resource = FhirJson.readTree(line.bytes());
    } catch (FhirJson.NotJsonException e) {
      damaged(source, location | DAMAGED, DamagedLine.of(line.bytes(), name), e.getMessage());
      return;
    }
    String type = resource.path("resourceType").asText("");
    if (SHARED_TYPES.contains(type)) {
      shared.computeIfAbsent(type + "/" + resource.path("id").asText(""), k -> new Locations()).add(location);
      return;
    }
    String field = PATIENT_FIELD.get(type);
    if (field == null) {
      return; // a type the mapping does not read (Encounter, Practitioner, ...)
    }
    String reference = resource.path(field).path("reference").asText("");
    IdType patient = new IdType(reference);
    if (!"Patient".equals(patient.getResourceType()) || !patient.hasIdPart()) {
      errors.add(new PatientReadError(source, type + "." + field
          + (reference.isEmpty() ? " has no reference" : " '" + reference + "' is not a Patient reference")
          + "; the resource belongs to no patient and was skipped"));
      return;
    }
    byPatient.computeIfAbsent(patient.getIdPart(), id -> new Locations()).add(location);
  }

  /**
   * A line that is not valid JSON: when it still names its patient, the loss goes to that
   * patient's row (the line is read again then, to say what is wrong); else it is an error row.
   */
  private void damaged(String source, long location, DamagedLine seen, String problem) {
    if (seen.patientId().isEmpty()) {
      errors.add(new PatientReadError(source, problem + "; no patient can be seen in it, so it belongs to nobody"));
      return;
    }
    byPatient.computeIfAbsent(seen.patientId(), id -> new Locations()).add(location);
  }

  /** A growable list of packed line locations. */
  static final class Locations {
    static final Locations NONE = new Locations();

    private long[] values = new long[1];
    private int size;
    private boolean taken;
    private Locations patientLines;

    Locations patientLines() {
      if (patientLines == null) {
        patientLines = new Locations();
      }
      return patientLines;
    }

    void add(long location) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = location;
    }

    int size() {
      return size;
    }

    long get(int i) {
      return values[i];
    }
  }
}
