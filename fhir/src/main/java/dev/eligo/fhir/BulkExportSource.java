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
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

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
    if (index.isTaken(id)) {
      return new PatientReadError(source, "Patient/" + id + " appears more than once; this line was skipped");
    }
    ParsedBundle bundle = new ParsedBundle();
    bundle.add("Patient/" + id, FhirJson.parseResource(new String(bytes, StandardCharsets.UTF_8)),
        reason -> new RecordProblem(RecordRef.of("Patient", id), reason));
    BulkExportIndex.Locations locations = index.take(id);
    for (int i = 0; i < locations.size(); i++) {
      addLine(bundle, locations.get(i));
    }
    addReferencedShared(bundle);
    return BundleResults.fromParsed(source, bundle);
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
        long location = target == null ? -1 : index.shared(target);
        if (location >= 0 && added.add(target)) {
          addLine(bundle, location);
        }
      }
    }
  }

  private void addLine(ParsedBundle bundle, long location) throws IOException {
    int file = BulkExportIndex.fileOf(location);
    long offset = BulkExportIndex.offsetOf(location);
    String json = new String(NdjsonLines.readAt(channels[file], offset), StandardCharsets.UTF_8);
    FhirJson.ParsedResource parsed = FhirJson.parseResource(json);
    String fullUrl = parsed.resource() == null
        ? null
        : parsed.resource().fhirType() + "/" + parsed.resource().getIdElement().getIdPart();
    String where = index.files().get(file).getFileName() + " at byte " + offset;
    bundle.add(fullUrl, parsed, reason -> new RecordProblem(RecordRef.of("NDJSON", where),
        "the resource could not be read and was skipped: " + reason));
  }

  private void reportOrphans() {
    for (Map.Entry<String, Integer> orphan : index.untaken().entrySet()) {
      pending.add(new PatientReadError(directoryName(), orphan.getValue() + " resource(s) refer to Patient/"
          + orphan.getKey() + ", which is in no Patient file; they were skipped"));
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
