package dev.eligo.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each patient's resources are in a bulk export's per-resource NDJSON files, built in one
 * pass over them. It keeps, for each patient, only the locations of the lines (file number and byte
 * offset packed into one {@code long}), never the resources, so memory is a few dozen bytes per
 * patient and eight per resource however large the resources are. Medications and research studies,
 * which belong to no patient, are indexed by {@code Type/id} so references can be resolved.
 */
final class BulkExportIndex {
  private static final int OFFSET_BITS = 40;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
  private static final int FILE_BITS = 21;
  private static final long FILE_MASK = (1L << FILE_BITS) - 1;

  /**
   * Marks the location of a line too long to read: only its start is read, to name what is lost.
   */
  static final long TOO_LONG = 1L << 62;

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
   * Indexes the files: where each patient's resources are (a line that is not valid JSON counts for
   * the patient it still names), where each Patient line is (so that a patient given twice is seen
   * before it is screened), where each Medication and ResearchStudy is. Lines that belong to no
   * patient become errors, in file order.
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

  /**
   * The locations of a Medication or ResearchStudy by {@code Type/id}: none, one, or several
   * copies.
   */
  Locations shared(String typeAndId) {
    return shared.getOrDefault(typeAndId, Locations.NONE);
  }

  /**
   * The locations of the Patient lines with this id: more than one when the export repeats the
   * patient.
   */
  Locations patientLines(String patientId) {
    Locations locations = byPatient.get(patientId);
    return locations == null || locations.patientLines == null
        ? Locations.NONE
        : locations.patientLines;
  }

  /**
   * Patients that resources refer to but no Patient line had, by id, with their resource counts.
   */
  Map<String, Integer> untaken() {
    Map<String, Integer> untaken = new TreeMap<>();
    byPatient.forEach(
        (id, locations) -> {
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
          indexPatientLine(name + ":" + line.number(), location, line);
        } else {
          indexLine(
              name + ":" + line.number(),
              line.isTooLong() ? location | TOO_LONG : location,
              line.bytes());
        }
      }
    } catch (IOException e) {
      errors.add(new PatientReadError(name, "the file cannot be read: " + IoProblems.describe(e)));
    }
  }

  // The Patient lines are streamed again later; here only their ids are noted, to find repeats.
  private void indexPatientLine(String source, long location, NdjsonLines.Line line) {
    String id =
        line.isTooLong()
            ? DamagedLine.of(line.bytes(), "Patient.ndjson").id()
            : ExportLines.patientLine(source, line.bytes()).key();
    if (id != null && !id.isEmpty()) {
      byPatient.computeIfAbsent(id, k -> new Locations()).patientLines().add(location);
    }
  }

  private void indexLine(String source, long location, byte[] bytes) {
    ExportLine line = ExportLines.resourceLine(source, bytes, limits.scope());
    switch (line.role()) {
      case ERROR:
        errors.add(line.error());
        break;
      case SHARED:
        shared.computeIfAbsent(line.key(), k -> new Locations()).add(location);
        break;
      case PATIENT_RESOURCE:
        byPatient.computeIfAbsent(line.key(), id -> new Locations()).add(location);
        break;
      default:
        break; // a type the mapping does not read
    }
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
