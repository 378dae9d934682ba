package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk export's patients are taken in order on one thread and parsed and mapped later on others
 * (the CLI screens on every core): what they map to must not depend on which thread reads them, or
 * on whether the export's files are still open by then.
 */
class BulkExportPendingTest {
  private static final Path BULK = Fixtures.ROOT.resolve("bulk");

  @Test
  void pendingPatients_readOnOtherThreadsAfterTheSourceIsClosed_mapAsWhenReadInOrder()
      throws Exception {
    List<String> inOrder;
    try (PatientSource source = PatientSources.open(BULK)) {
      inOrder = source.stream().map(BulkExportPendingTest::described).collect(Collectors.toList());
    }
    List<PendingPatient> pending = new ArrayList<>();
    try (PatientSource source = PatientSources.open(BULK)) {
      while (source.hasNext()) {
        pending.add(source.nextPending());
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<PatientReadResult>> read = new ArrayList<>();
      for (int i = pending.size() - 1; i >= 0; i--) { // last first: order must not matter
        PendingPatient patient = pending.get(i);
        read.add(0, threads.submit(() -> patient.read()));
      }
      List<String> later = new ArrayList<>();
      for (Future<PatientReadResult> result : read) {
        later.add(described(result.get()));
      }
      assertThat(later).isEqualTo(inOrder);
    } finally {
      threads.shutdownNow();
    }
    assertThat(inOrder).anyMatch(d -> d.contains("L04AD02")); // the shared Medication was joined
  }

  @Test
  void sharedResources_areFoundByEveryReference_atAnyDepth_inOrder(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
    Files.writeString(
        dir.resolve("Medication.ndjson"),
        "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":"
            + "\"http://www.whocc.no/atc\",\"code\":\"L02BB04\"}]}}\n"
            + "{\"resourceType\":\"Medication\",\"id\":\"unused\"}\n");
    Files.writeString(
        dir.resolve("MedicationRequest.ndjson"),
        "{\"resourceType\":\"MedicationRequest\",\"id\":\"r1\",\"status\":\"active\","
            + "\"intent\":\"order\",\"subject\":{\"reference\":\"Patient/p1\"},"
            + "\"medicationReference\":{\"reference\":\"Medication/m1\"},"
            + "\"authoredOn\":\"2026-01-05\"}\n");

    Set<String> references = new LinkedHashSet<>();
    ReferenceScan.addAll(Files.readAllBytes(dir.resolve("MedicationRequest.ndjson")), references);
    assertThat(references).containsExactly("Patient/p1", "Medication/m1");

    try (PatientSource source = PatientSources.open(dir)) {
      PatientReadResult p1 = source.next();
      assertThat(described(p1)).contains("L02BB04");
      assertThat(source.hasNext()).isFalse();
    }
  }

  @Test
  void referenceScan_ofADamagedLine_keepsTheReferencesBeforeTheDamage() {
    Set<String> references = new LinkedHashSet<>();
    ReferenceScan.addAll(
        "{\"a\":{\"reference\":\"Medication/m1\"},\"b\":[{\"reference\":\"Medication/m2\"}],\"c\":"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
        references);
    assertThat(references).containsExactly("Medication/m1", "Medication/m2");
  }

  private static String described(PatientReadResult result) {
    if (result instanceof MappedPatient) {
      MappedPatient mapped = (MappedPatient) result;
      return result.source()
          + " "
          + mapped.record().medications()
          + " "
          + mapped.record().observations()
          + " "
          + mapped.record().problems();
    }
    return result.source() + " " + result;
  }
}
