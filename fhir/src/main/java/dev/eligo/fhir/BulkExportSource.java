package dev.eligo.fhir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A FHIR bulk-export directory: per-resource NDJSON files ({@code Patient.ndjson},
 * {@code Observation.ndjson}, ...), grouped into one Bundle per patient by each resource's
 * {@code subject} / {@code patient} / {@code individual} reference.
 *
 * <p>Grouping without holding patients in memory: first one pass over the non-Patient files builds
 * a {@link BulkExportIndex} of byte offsets per patient (no resource is kept). Then the Patient
 * files are streamed line by line; for each Patient its resources are read back by offset, with the
 * Medications and ResearchStudies they reference, mapped, and dropped before the next patient. So
 * the only state that grows with the number of patients is the offset index (a few dozen bytes per
 * patient plus eight per resource), and the files are read twice. A file is a Patient file when its
 * name starts with {@code Patient} followed by {@code .}, {@code _} or {@code -}; files are read in
 * name order. Resources that name a patient with no Patient line are reported at the end.
 */
final class BulkExportSource extends LazySource {
  private final Path directory;
  private final Deque<PatientReadError> pending = new ArrayDeque<>();
  private BulkExportIndex index;
  private FileChannel[] channels;
  private Iterator<Path> patientFiles;
  private NdjsonLines lines;
  private String fileName;
  private boolean finished;

  BulkExportSource(Path directory) {
    this.directory = directory;
  }

  static boolean isPatientFile(Path file) {
    return isPatientFile(file.getFileName().toString());
  }

  static boolean isPatientFile(String name) {
    return name.length() > "Patient".length()
        && name.startsWith("Patient")
        && ".-_".indexOf(name.charAt("Patient".length())) >= 0
        && name.toLowerCase(Locale.ROOT).endsWith(".ndjson");
  }

  @Override
  PatientReadResult computeNext() {
    try {
      if (index == null) {
        open();
      }
      while (pending.isEmpty() && !finished) {
        PatientReadResult patient = nextPatient();
        if (patient != null) {
          return patient;
        }
      }
      return pending.poll();
    } catch (IOException e) {
      finished = true;
      close();
      return new PatientReadError(directoryName(), "the export cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void open() throws IOException {
    List<Path> all = DirectoryListing.files(directory, ".ndjson");
    List<Path> resourceFiles = all.stream().filter(p -> !isPatientFile(p)).collect(Collectors.toList());
    index = BulkExportIndex.build(resourceFiles);
    pending.addAll(index.errors());
    channels = new FileChannel[resourceFiles.size()];
    for (int i = 0; i < channels.length; i++) {
      channels[i] = FileChannel.open(resourceFiles.get(i), StandardOpenOption.READ);
    }
    List<Path> patients = all.stream().filter(BulkExportSource::isPatientFile).collect(Collectors.toList());
    if (patients.isEmpty()) {
      pending.add(new PatientReadError(directoryName(), "the export has no Patient*.ndjson file"));
    }
    patientFiles = patients.iterator();
  }

  /** The next patient of the Patient files; null when a line gave nothing or the files are done. */
  private PatientReadResult nextPatient() throws IOException {
    if (lines == null) {
      if (!patientFiles.hasNext()) {
        reportOrphans();
        finished = true;
        return null;
      }
      Path file = patientFiles.next();
      fileName = String.valueOf(file.getFileName());
      lines = new NdjsonLines(Files.newInputStream(file));
    }
    NdjsonLines.Line line = lines.next();
    if (line == null) {
      lines.close();
      lines = null;
      return null;
    }
    return line.isBlank() ? null : patient(fileName + ":" + line.number(), line.bytes());
  }

  private PatientReadResult patient(String source, byte[] bytes) throws IOException {
    ExportLine line = ExportLines.patientLine(source, bytes);
    if (line.error() != null) {
      return line.error();
    }
    String id = line.key();
    if (index.isTaken(id)) {
      return PatientJson.duplicatePatient(source, id);
    }
    ExportPatient patient = new ExportPatient(id, bytes);
    BulkExportIndex.Locations locations = index.take(id);
    for (int i = 0; i < locations.size(); i++) {
      patient.add(readLine(locations.get(i)));
    }
    for (String target : patient.references()) {
      long location = index.shared(target);
      if (location >= 0) {
        patient.add(readLine(location));
      }
    }
    return patient.map(source);
  }

  private ExportResource readLine(long location) throws IOException {
    int file = BulkExportIndex.fileOf(location);
    long offset = BulkExportIndex.offsetOf(location);
    return new ExportResource(index.files().get(file).getFileName() + " at byte " + offset,
        NdjsonLines.readAt(channels[file], offset));
  }

  private void reportOrphans() {
    for (Map.Entry<String, Integer> orphan : index.untaken().entrySet()) {
      pending.add(PatientJson.orphans(directoryName(), orphan.getKey(), orphan.getValue()));
    }
  }

  private String directoryName() {
    return String.valueOf(directory.getFileName());
  }

  @Override
  public void close() {
    try {
      if (lines != null) {
        lines.close();
        lines = null;
      }
      if (channels != null) {
        for (FileChannel channel : channels) {
          if (channel != null) {
            channel.close();
          }
        }
        channels = null;
      }
    } catch (IOException e) {
      // files were only read; nothing is lost when closing one fails
    }
  }
}
