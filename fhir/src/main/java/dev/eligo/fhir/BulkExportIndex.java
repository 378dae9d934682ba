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
 * pass over them. It keeps, for each patient, only the locations of the lines (file number and
 * byte offset packed into one {@code long}), never the resources, so memory is a few dozen bytes
 * per patient and eight per resource however large the resources are. Medications and research
 * studies, which belong to no patient, are indexed by {@code Type/id} so references can be resolved.
 */
final class BulkExportIndex {
  private static final int OFFSET_BITS = 40;
  private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;

  private final List<Path> files;
  private final Map<String, Locations> byPatient = new HashMap<>();
  private final Map<String, Long> shared = new HashMap<>();
  private final List<PatientReadError> errors = new ArrayList<>();

  private BulkExportIndex(List<Path> files) {
    this.files = List.copyOf(files);
  }

  /** Indexes the resource files (not the Patient files); bad lines become errors, in file order. */
  static BulkExportIndex build(List<Path> resourceFiles) {
    BulkExportIndex index = new BulkExportIndex(resourceFiles);
    for (int i = 0; i < resourceFiles.size(); i++) {
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

  /** The location of a Medication or ResearchStudy by {@code Type/id}, or -1. */
  long shared(String typeAndId) {
    return shared.getOrDefault(typeAndId, -1L);
  }

  /** Patients that resources refer to but no Patient line had, by id, with their resource counts. */
  Map<String, Integer> untaken() {
    Map<String, Integer> untaken = new TreeMap<>();
    byPatient.forEach((id, locations) -> {
      if (!locations.taken) {
        untaken.put(id, locations.size);
      }
    });
    return untaken;
  }

  static int fileOf(long location) {
    return (int) (location >>> OFFSET_BITS);
  }

  static long offsetOf(long location) {
    return location & OFFSET_MASK;
  }

  private void indexFile(int fileNumber) {
    Path file = files.get(fileNumber);
    String name = String.valueOf(file.getFileName());
    try (NdjsonLines lines = new NdjsonLines(Files.newInputStream(file))) {
      NdjsonLines.Line line;
      while ((line = lines.next()) != null) {
        if (!line.isBlank()) {
          indexLine(name + ":" + line.number(), ((long) fileNumber << OFFSET_BITS) | line.offset(), line.bytes());
        }
      }
    } catch (IOException e) {
      errors.add(new PatientReadError(name, "the file cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
  }

  private void indexLine(String source, long location, byte[] bytes) {
    ExportLine line = ExportLines.resourceLine(source, bytes);
    switch (line.role()) {
      case ERROR:
        errors.add(line.error());
        break;
      case SHARED:
        shared.putIfAbsent(line.key(), location);
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

    private long[] values = new long[4];
    private int size;
    private boolean taken;

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
