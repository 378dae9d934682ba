package dev.eligo.fhir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A FHIR bulk-export directory: per-resource NDJSON files ({@code Patient.ndjson}, {@code
 * Observation.ndjson}, ...), grouped into one Bundle per patient by each resource's {@code subject}
 * / {@code patient} / {@code individual} reference.
 *
 * <p>Grouping without holding patients in memory: first one pass over the non-Patient files builds
 * a {@link BulkExportIndex} of byte offsets per patient (no resource is kept). Then the Patient
 * files are streamed line by line; for each Patient its resources are read back by offset, with the
 * Medications and ResearchStudies they reference, mapped, and dropped before the next patient. So
 * the only state that grows with the number of patients is the offset index (a few dozen bytes per
 * patient plus eight per resource), and the files are read twice. A file is a Patient file when its
 * name starts with {@code Patient} followed by {@code .}, {@code _} or {@code -}; files are read in
 * name order. Resources that name a patient with no Patient line are reported at the end.
 *
 * <p>A line that is not valid JSON but still shows which patient it is about is that patient's
 * loss: the patient's row carries the problem and the runtime counts the lost record as unknown. A
 * patient given in several Patient lines is read once when they agree and is an error row when they
 * differ. A patient whose lines add up to more than {@link ReadLimits#maxBundleBytes()} is an error
 * row, as is a line longer than that (read only far enough to say whose it is).
 */
final class BulkExportSource extends LazySource {
  private final Path directory;
  private final ReadLimits limits;
  private final Deque<PatientReadError> pending = new ArrayDeque<>();
  private BulkExportIndex index;
  private FileChannel[] channels;
  private Iterator<Integer> patientFiles;
  private NdjsonLines lines;
  private int fileNumber;
  private String fileName;
  private boolean finished;

  BulkExportSource(Path directory, ReadLimits limits) {
    this.directory = directory;
    this.limits = limits;
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
    PendingPatient next = computeNextPending();
    return next == null ? null : next.read();
  }

  // A patient's lines are found and read here, in order; parsing and mapping them wait for
  // whoever reads the patient, on any thread (the files are not touched then).
  @Override
  PendingPatient computeNextPending() {
    try {
      if (index == null) {
        open();
      }
      while (pending.isEmpty() && !finished) {
        PendingPatient patient = nextPatient();
        if (patient != null) {
          return patient;
        }
      }
      PatientReadError last = pending.poll();
      return last == null ? null : PendingPatient.read(last);
    } catch (IOException e) {
      finished = true;
      close();
      return PendingPatient.read(
          new PatientReadError(
              directoryName(), "the export cannot be read: " + IoProblems.describe(e)));
    }
  }

  private void open() throws IOException {
    List<Path> all = DirectoryListing.files(directory, ".ndjson");
    index = BulkExportIndex.build(all, limits);
    pending.addAll(index.errors());
    channels = new FileChannel[all.size()];
    List<Integer> patients = new ArrayList<>();
    for (int i = 0; i < channels.length; i++) {
      channels[i] = FileChannel.open(all.get(i), StandardOpenOption.READ);
      if (isPatientFile(all.get(i))) {
        patients.add(i);
      }
    }
    if (patients.isEmpty()) {
      pending.add(new PatientReadError(directoryName(), "the export has no Patient*.ndjson file"));
    }
    patientFiles = patients.iterator();
  }

  /** The next patient of the Patient files; null when a line gave nothing or the files are done. */
  private PendingPatient nextPatient() throws IOException {
    if (lines == null) {
      if (!patientFiles.hasNext()) {
        reportOrphans();
        finished = true;
        return null;
      }
      fileNumber = patientFiles.next();
      Path file = index.files().get(fileNumber);
      fileName = FileNames.of(file);
      lines = new NdjsonLines(Files.newInputStream(file), limits.maxBundleBytes());
    }
    NdjsonLines.Line line = lines.next();
    if (line == null) {
      lines.close();
      lines = null;
      return null;
    }
    if (line.isBlank()) {
      return null;
    }
    String source = fileName + ":" + line.number();
    if (line.isTooLong()) {
      return PendingPatient.read(new PatientReadError(source, limits.refusal(line.length())));
    }
    return patient(source, ((long) fileNumber << 40) | line.offset(), line.bytes());
  }

  /** The patient of a Patient line with its lines read; null for a repeat of an earlier line. */
  private PendingPatient patient(String source, long location, byte[] bytes) throws IOException {
    ExportLine line = ExportLines.patientLine(source, bytes);
    if (line.error() != null) {
      return PendingPatient.read(line.error());
    }
    String id = line.key();
    BulkExportIndex.Locations patientLines = index.patientLines(id);
    if (patientLines.size() > 1 && patientLines.get(0) != location) {
      return null; // a repeat, said on the row of the patient's first line
    }
    if (index.isTaken(id)) {
      return PendingPatient.read(PatientJson.duplicatePatient(source, id));
    }
    String repeats = patientLines.size() > 1 ? repeats(id, patientLines) : null;
    if (!ExportPatient.readOnce(repeats)) {
      index.take(id);
      return PendingPatient.read(new PatientReadError(source, repeats));
    }
    BulkExportIndex.Locations locations = index.take(id);
    List<ExportResource> lines = new ArrayList<>(locations.size());
    BitSet tooLong = new BitSet(); // the lines of which only the start was read
    long read = bytes.length;
    for (int i = 0; i < locations.size(); i++) {
      read += readLine(locations.get(i), lines, tooLong);
      if (limits.refusal(read) != null) {
        return PendingPatient.read(
            new PatientReadError(source, "Patient/" + id + ": " + limits.refusal(read)));
      }
    }
    List<ExportResource> whole = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!tooLong.get(i)) {
        whole.add(lines.get(i));
      }
    }
    for (String target : ExportPatient.referencesOf(bytes, whole)) {
      BulkExportIndex.Locations copies = index.shared(target);
      for (int i = 0; i < copies.size(); i++) {
        read += readLine(copies.get(i), lines, tooLong);
      }
    }
    if (limits.refusal(read) != null) {
      return PendingPatient.read(
          new PatientReadError(source, "Patient/" + id + ": " + limits.refusal(read)));
    }
    String whyUnread =
        "the line is longer than the "
            + ReadLimits.megabytes(limits.maxBundleBytes())
            + " one patient may take";
    return PendingPatient.of(
        read,
        () -> {
          ExportPatient patient = new ExportPatient(id, bytes, limits.scope());
          if (repeats != null) {
            patient.note(repeats);
          }
          for (int i = 0; i < lines.size(); i++) {
            if (tooLong.get(i)) {
              patient.addUnread(lines.get(i), whyUnread);
            } else {
              patient.add(lines.get(i));
            }
          }
          return patient.map(source);
        });
  }

  /**
   * Reads one resource line onto {@code lines}, or, for a line too long to read, its start (marked
   * in {@code tooLong}); returns the bytes read.
   */
  private long readLine(long location, List<ExportResource> lines, BitSet tooLong)
      throws IOException {
    int file = BulkExportIndex.fileOf(location);
    long offset = BulkExportIndex.offsetOf(location);
    String where = FileNames.of(index.files().get(file)) + " at byte " + offset;
    if ((location & BulkExportIndex.TOO_LONG) != 0) {
      byte[] start = NdjsonLines.readAt(channels[file], offset, NdjsonLines.PREFIX);
      tooLong.set(lines.size());
      lines.add(new ExportResource(where, start));
      return start.length;
    }
    byte[] json = NdjsonLines.readAt(channels[file], offset);
    lines.add(new ExportResource(where, json));
    return json.length;
  }

  /**
   * What to say of a patient given in several Patient lines: that it was read once when they all
   * say the same, else why it cannot be screened.
   */
  private String repeats(String id, BulkExportIndex.Locations lines) throws IOException {
    List<byte[]> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      all.add(
          NdjsonLines.readAt(
              channels[BulkExportIndex.fileOf(lines.get(i))],
              BulkExportIndex.offsetOf(lines.get(i)),
              (int) Math.min(Integer.MAX_VALUE - 8, limits.maxBundleBytes())));
    }
    return ExportPatient.repeats(id, all);
  }

  private void reportOrphans() {
    for (Map.Entry<String, Integer> orphan : index.untaken().entrySet()) {
      pending.add(PatientJson.orphans(directoryName(), orphan.getKey(), orphan.getValue()));
    }
  }

  private String directoryName() {
    return FileNames.of(directory);
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
