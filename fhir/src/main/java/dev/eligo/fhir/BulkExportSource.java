package dev.eligo.fhir;

import ca.uhn.fhir.util.FhirTerser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A FHIR bulk-export directory: per-resource NDJSON files ({@code Patient.ndjson},
 * {@code Observation.ndjson}, ...), grouped into one Bundle per patient by each resource's
 * {@code subject} / {@code patient} / {@code individual} reference.
 *
 * <p>Grouping without holding patients in memory: first one pass over the files builds a
 * {@link BulkExportIndex} of byte offsets per patient (no resource is kept). Then the Patient
 * files are streamed line by line; for each Patient its resources are read back by offset, with the
 * Medications and ResearchStudies they reference, mapped, and dropped before the next patient. So
 * the only state that grows with the number of patients is the offset index (a few dozen bytes per
 * patient plus eight per resource), and the files are read twice. A file is a Patient file when its
 * name starts with {@code Patient} followed by {@code .}, {@code _} or {@code -}; files are read in
 * name order. Resources that name a patient with no Patient line are reported at the end.
 *
 * <p>A line that is not valid JSON but still shows which patient it is about is that patient's
 * loss: the patient's row carries the problem and the runtime counts the lost record as unknown.
 * A patient whose lines add up to more than {@link ReadLimits#maxBundleBytes()} is an error row.
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
    String name = file.getFileName().toString();
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
  private PatientReadResult nextPatient() throws IOException {
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
      return new PatientReadError(source, limits.refusal(line.length()));
    }
    return patient(source, ((long) fileNumber << 40) | line.offset(), line.bytes());
  }

  private PatientReadResult patient(String source, long location, byte[] bytes) throws IOException {
    JsonNode tree;
    try {
      tree = FhirJson.readTree(bytes);
    } catch (FhirJson.NotJsonException e) {
      return new PatientReadError(source, e.getMessage());
    }
    String type = tree.path("resourceType").asText("");
    String id = tree.path("id").asText("");
    if (!type.equals("Patient")) {
      return new PatientReadError(source, "not a Patient: resourceType is '" + type + "'");
    }
    if (id.isEmpty()) {
      return new PatientReadError(source, "the Patient has no id, so no resource can be linked to it");
    }
    BulkExportIndex.Locations patientLines = index.patientLines(id);
    if (index.isTaken(id) || patientLines.size() > 1 && patientLines.get(0) != location) {
      return null; // a repeat of a patient already screened or reported, at its first line
    }
    ParsedBundle bundle = new ParsedBundle();
    String repeated = patientLines.size() > 1 ? repeats(id, tree, patientLines) : null;
    if (repeated != null && repeated.startsWith("!")) {
      index.take(id);
      return new PatientReadError(source, repeated.substring(1));
    }
    bundle.add("Patient/" + id, FhirJson.parseResource(new String(bytes, StandardCharsets.UTF_8)), "Patient",
        reason -> new RecordProblem(RecordRef.of("Patient", id), reason));
    if (repeated != null) {
      bundle.addUnreadable(RecordProblem.noted(RecordRef.of("Patient", id), repeated));
    }
    BulkExportIndex.Locations locations = index.take(id);
    long read = bytes.length;
    for (int i = 0; i < locations.size(); i++) {
      read += addLine(bundle, locations.get(i), id);
      if (limits.refusal(read) != null) {
        return new PatientReadError(source, "Patient/" + id + ": " + limits.refusal(read));
      }
    }
    addReferencedShared(bundle);
    return BundleResults.fromParsed(source, bundle);
  }

  /**
   * What to say of a patient given in several Patient lines: a note when they all say the same,
   * else (marked with a leading {@code !}) why the patient cannot be screened.
   */
  private String repeats(String id, JsonNode tree, BulkExportIndex.Locations lines) throws IOException {
    for (int i = 0; i < lines.size(); i++) {
      byte[] other = NdjsonLines.readAt(channels[BulkExportIndex.fileOf(lines.get(i))],
          BulkExportIndex.offsetOf(lines.get(i)), (int) Math.min(Integer.MAX_VALUE - 8, limits.maxBundleBytes()));
      JsonNode otherTree;
      try {
        otherTree = FhirJson.readTree(other);
      } catch (FhirJson.NotJsonException e) {
        continue; // that line gets its own error row
      }
      if (!otherTree.equals(tree)) {
        return "!Patient/" + id + " appears in " + lines.size() + " Patient lines that differ; which is right"
            + " cannot be told, so the patient was not screened";
      }
    }
    return "Patient/" + id + " appears in " + lines.size() + " Patient lines with the same content; it was read once";
  }

  private void addReferencedShared(ParsedBundle bundle) throws IOException {
    FhirTerser terser = FhirJson.context().newTerser();
    Set<String> added = new HashSet<>();
    List<Resource> resources = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.bundle().getEntry()) {
      resources.add(entry.getResource());
    }
    for (Resource resource : resources) {
      for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
        String target = reference.getReference();
        BulkExportIndex.Locations copies = target == null ? BulkExportIndex.Locations.NONE : index.shared(target);
        if (copies.size() > 0 && added.add(target)) {
          for (int i = 0; i < copies.size(); i++) {
            addLine(bundle, copies.get(i), null);
          }
        }
      }
    }
  }

  /** Adds the resource of one line (or what is lost when it cannot be read); returns the bytes read. */
  private long addLine(ParsedBundle bundle, long location, String patientId) throws IOException {
    int file = BulkExportIndex.fileOf(location);
    long offset = BulkExportIndex.offsetOf(location);
    String name = FileNames.of(index.files().get(file));
    String where = name + " at byte " + offset;
    if ((location & BulkExportIndex.TOO_LONG) != 0) {
      byte[] start = NdjsonLines.readAt(channels[file], offset, NdjsonLines.PREFIX);
      lost(bundle, DamagedLine.of(start, name), where, patientId,
          "the line is more than " + ReadLimits.megabytes(limits.maxBundleBytes()) + " long and was not read");
      return start.length;
    }
    byte[] bytes = NdjsonLines.readAt(channels[file], offset);
    if ((location & BulkExportIndex.DAMAGED) != 0) {
      String why;
      try {
        FhirJson.readTree(bytes);
        why = "the line changed while it was read";
      } catch (FhirJson.NotJsonException e) {
        why = e.getMessage();
      }
      lost(bundle, DamagedLine.of(bytes, name), where, patientId, why);
      return bytes.length;
    }
    FhirJson.ParsedResource parsed = FhirJson.parseResource(new String(bytes, StandardCharsets.UTF_8));
    String fullUrl = parsed.resource() == null
        ? null
        : parsed.resource().fhirType() + "/" + parsed.resource().getIdElement().getIdPart();
    DamagedLine seen = parsed.resource() == null ? DamagedLine.of(bytes, name) : null;
    bundle.add(fullUrl, parsed, seen == null ? "" : seen.type(), reason -> new RecordProblem(
        seen.id().isEmpty() ? RecordRef.of("NDJSON", where) : RecordRef.of(seen.type(), seen.id()),
        where + " could not be read: " + reason));
    return bytes.length;
  }

  private static void lost(ParsedBundle bundle, DamagedLine seen, String where, String patientId, String why) {
    RecordRef ref = seen.type().isEmpty() || seen.id().isEmpty()
        ? RecordRef.of("NDJSON", where)
        : RecordRef.of(seen.type(), seen.id());
    String about = patientId == null ? "" : "; it names Patient/" + patientId;
    bundle.addLost(seen.type(), new RecordProblem(ref, where + " could not be read: " + why + about
        + ", so what it says is unknown"));
  }

  private void reportOrphans() {
    for (Map.Entry<String, Integer> orphan : index.untaken().entrySet()) {
      pending.add(new PatientReadError(directoryName(), orphan.getValue() + " resource(s) refer to Patient/"
          + orphan.getKey() + ", which is in no Patient file; they were skipped"));
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
