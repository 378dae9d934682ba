package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources yield patients one at a time. Each test counts thousands of patients without keeping
 * them, and proves that the source reads lazily: after the first patient has been yielded, the last
 * patient's line is rewritten on disk, and the source must yield the rewritten version, which it
 * cannot if it had read (and held) all patients up front.
 */
class StreamingTest {
  private static final int PATIENTS = 3000;

  @Test
  void ndjsonBundles_thousandsOfPatients_areYieldedOneAtATimeFromDisk(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bundles.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < PATIENTS; i++) {
        out.write(smallBundle(i));
        out.write('\n');
      }
    }

    Tally tally = new Tally();
    try (PatientSource source = PatientSources.open(file)) {
      tally.take(source.next());
      rewriteLast(file, "\"male\"", "\"MALE\"");
      source.forEachRemaining(tally::take);
    }

    assertThat(tally.patients).isEqualTo(PATIENTS);
    assertThat(tally.errors).isZero();
    assertThat(tally.observations).isEqualTo(PATIENTS);
    assertThat(tally.lastId).isEqualTo(id(PATIENTS - 1));
    assertThat(tally.lastProblems)
        .as("the rewritten last line was read after the first patient was yielded")
        .contains("invalid value in element 'gender'");
  }

  @Test
  void bulkExport_thousandsOfPatients_areGroupedAndYieldedOneAtATime(@TempDir Path dir)
      throws IOException {
    Path patients = dir.resolve("Patient.ndjson");
    try (BufferedWriter patientOut = Files.newBufferedWriter(patients, StandardCharsets.UTF_8);
        BufferedWriter observationOut =
            Files.newBufferedWriter(dir.resolve("Observation.ndjson"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < PATIENTS; i++) {
        patientOut.write(
            "{\"resourceType\":\"Patient\",\"id\":\"" + id(i) + "\",\"gender\":\"male\"}\n");
      }
      // observations in reverse patient order, two each, so grouping cannot rely on file order
      for (int i = PATIENTS - 1; i >= 0; i--) {
        observationOut.write(observation(id(i) + "-a", id(i)) + "\n");
        observationOut.write(observation(id(i) + "-b", id(i)) + "\n");
      }
    }

    Tally tally = new Tally();
    try (PatientSource source = PatientSources.open(dir)) {
      tally.take(source.next());
      rewriteLast(patients, "\"male\"", "\"MALE\"");
      source.forEachRemaining(tally::take);
    }

    assertThat(tally.patients).isEqualTo(PATIENTS);
    assertThat(tally.errors).isZero();
    assertThat(tally.observations).isEqualTo(2 * PATIENTS);
    assertThat(tally.lastProblems)
        .as("the rewritten last line was read after the first patient was yielded")
        .contains("invalid value in element 'gender'");
  }

  /** Counts what a source yields, keeping nothing but the last patient's id and problems. */
  private static final class Tally {
    int patients;
    int errors;
    long observations;
    String lastId;
    String lastProblems;

    void take(PatientReadResult result) {
      if (result instanceof MappedPatient) {
        MappedPatient mapped = (MappedPatient) result;
        patients++;
        observations += mapped.record().observations().size();
        lastId = mapped.record().id();
        lastProblems = mapped.record().problems().toString();
      } else {
        errors++;
      }
    }
  }

  private static String id(int i) {
    return String.format(java.util.Locale.ROOT, "p%05d", i);
  }

  private static String smallBundle(int i) {
    return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"fullUrl\":\"Patient/"
        + id(i)
        + "\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\""
        + id(i)
        + "\",\"gender\":\"male\"}},"
        + "{\"resource\":"
        + observation("o" + i, id(i))
        + "}]}";
  }

  private static String observation(String id, String patient) {
    return "{\"resourceType\":\"Observation\",\"id\":\""
        + id
        + "\",\"status\":\"final\","
        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},"
        + "\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"effectiveDateTime\":\"2026-11-01\","
        + "\"valueQuantity\":{\"value\":1.5,\"system\":\"http://unitsofmeasure.org\",\"code\":\"ng/mL\"}}";
  }

  /**
   * Replaces the last occurrence of {@code from} in the file by {@code to} (same length), in place.
   */
  private static void rewriteLast(Path file, String from, String to) throws IOException {
    assertThat(to).hasSameSizeAs(from);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    long at = text.substring(0, text.lastIndexOf(from)).getBytes(StandardCharsets.UTF_8).length;
    assertThat(at).as("the rewrite is beyond what the first read buffered").isGreaterThan(1 << 17);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(to.getBytes(StandardCharsets.UTF_8)), at);
    }
  }
}
