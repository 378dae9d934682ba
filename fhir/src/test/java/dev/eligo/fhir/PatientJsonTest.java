package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Patients mapped from JSON lines by the public entry points equal those the file readers yield.
 */
class PatientJsonTest {
  private static final Path BULK = Fixtures.ROOT.resolve("bulk");

  @Test
  void bundle_sameRecordAsTheNdjsonReader(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String line =
        Fixtures.bundleWithPatient(Fixtures.resources("blood-counts", "conditions", "ecog"));
    Path ndjson = Files.writeString(dir.resolve("b.ndjson"), line + "\n");

    PatientReadResult fromLine =
        PatientJson.bundle("b.ndjson:1", line.getBytes(StandardCharsets.UTF_8));

    assertThat(fromLine).isEqualTo(readAll(ndjson).get(0));
  }

  @Test
  void exportLines_groupedByHand_giveTheBulkReadersPatientsAndErrors() throws IOException {
    List<PatientReadResult> expected = readAll(BULK);
    Map<String, List<ExportResource>> byPatient = new TreeMap<>();
    Map<String, List<ExportResource>> shared = new LinkedHashMap<>();
    List<PatientReadResult> errors = new ArrayList<>();
    Map<String, String[]> patients = new LinkedHashMap<>();
    try (var files = Files.list(BULK)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        int number = 0;
        for (int i = 0; i <= all.length; i++) {
          if (i < all.length && all[i] != '\n') {
            continue;
          }
          number++;
          byte[] bytes = java.util.Arrays.copyOfRange(all, start, i);
          String source = name + ":" + number;
          int offset = start;
          start = i + 1;
          if (PatientJson.isBlank(bytes)) {
            continue;
          }
          ExportLine line = PatientJson.exportLine(source, bytes, PatientJson.isPatientFile(name));
          ExportResource resource = new ExportResource(name + " at byte " + offset, bytes);
          switch (line.role()) {
            case ERROR -> errors.add(line.error());
            case PATIENT ->
                patients.put(
                    line.key(), new String[] {source, new String(bytes, StandardCharsets.UTF_8)});
            case PATIENT_RESOURCE ->
                byPatient.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(resource);
            case SHARED -> shared.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(resource);
            default -> {}
          }
        }
      }
    }
    List<PatientReadResult> actual = new ArrayList<>(errors);
    patients.forEach(
        (id, line) ->
            actual.add(
                PatientJson.exportPatient(
                    line[0],
                    id,
                    List.of(line[1].getBytes(StandardCharsets.UTF_8)),
                    byPatient.getOrDefault(id, List.of()),
                    shared,
                    ReadLimits.forHeap())));
    byPatient.keySet().stream()
        .filter(id -> !patients.containsKey(id))
        .forEach(id -> actual.add(PatientJson.orphans("bulk", id, byPatient.get(id).size())));

    assertThat(actual).isEqualTo(expected);
  }

  private static List<PatientReadResult> readAll(Path path) {
    try (PatientSource source = PatientSources.open(path)) {
      return source.stream().toList();
    }
  }
}
