package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input readers: a Bundle file, a directory, NDJSON of Bundles, a bulk export, Bundle objects.
 */
class PatientSourcesTest {
  private static final Path BULK = Fixtures.ROOT.resolve("bulk");

  @Test
  void bundleFile_realisticBundle_mapsEveryResourceType(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pat-1001.json");
    Files.writeString(
        file,
        Fixtures.bundleWithPatient(
            Fixtures.resources(
                "psa",
                "conditions",
                "medications",
                "cell-therapy",
                "allergy",
                "research",
                "attestations")));

    List<PatientReadResult> results = readAll(file);

    assertThat(results).singleElement().isInstanceOf(MappedPatient.class);
    PatientRecord record = ((MappedPatient) results.get(0)).record();
    assertThat(results.get(0).source()).isEqualTo("pat-1001.json");
    assertThat(record.observations()).hasSize(2);
    assertThat(record.conditions()).hasSize(9);
    assertThat(record.medications()).hasSize(5);
    assertThat(record.procedures()).hasSize(2);
    assertThat(record.allergies()).hasSize(2);
    assertThat(record.participations()).hasSize(2);
    assertThat(record.attestations()).hasSize(5);
    assertThat(record.problems()).isEmpty();
  }

  @Test
  void bulkExport_groupsResourcesByPatientReference() {
    List<PatientReadResult> results = readAll(BULK);

    assertThat(results)
        .extracting(PatientReadResult::source)
        .containsExactly(
            "Observation.ndjson:4",
            "Observation.ndjson:6",
            "Patient.ndjson:1",
            "Patient.ndjson:2",
            "Patient.ndjson:4",
            "bulk");
    PatientRecord a = record(results.get(2));
    assertThat(a.id()).isEqualTo("pat-a");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(1950, 1, 31));
    assertThat(a.observations()).extracting(o -> o.ref().id()).containsExactly("obs-a1", "obs-a2");
    assertThat(a.observations())
        .extracting(Observation::status)
        .containsExactly(ObservationStatus.FINAL, ObservationStatus.PRELIMINARY);
    assertThat(a.conditions()).extracting(c -> c.ref().id()).containsExactly("cond-a1");
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void bulkExport_medicationReference_resolvesAgainstMedicationFile() {
    MedicationUse tacrolimus = record(readAll(BULK).get(2)).medications().get(0);

    assertThat(tacrolimus.codes())
        .containsExactly(new Coding("http://www.whocc.no/atc", "L04AD02", "tacrolimus"));
    assertThat(tacrolimus.period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2025, 1, 1))));
  }

  @Test
  void bulkExport_researchSubjectStudyAndWrittenDates_forSecondPatient() {
    PatientRecord b = record(readAll(BULK).get(3));

    assertThat(b.id()).isEqualTo("pat-b");
    assertThat(b.observations())
        .singleElement()
        .extracting(Observation::effective)
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 24), LocalTime.of(23, 30)));
    assertThat(b.participations())
        .singleElement()
        .satisfies(p -> assertThat(p.studyIdentifiers()).containsExactly("NCT05012345"));
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void bulkExport_patientWithOnlyAnAllergy_andErrorsForBadAndOrphanLines() {
    List<PatientReadResult> results = readAll(BULK);

    assertThat(record(results.get(4)).allergies())
        .singleElement()
        .satisfies(al -> assertThat(al.type()).isEqualTo("allergy"));
    assertThat(((PatientReadError) results.get(0)).message())
        .startsWith("not valid JSON at column 1: Unrecognized token 'this'");
    assertThat(results.get(1))
        .isEqualTo(
            new PatientReadError(
                "Observation.ndjson:6",
                "Observation.subject 'Group/cohort-1' "
                    + "is not a Patient reference; the resource belongs to no patient and was skipped"));
    assertThat(results.get(5))
        .isEqualTo(
            new PatientReadError(
                "bulk",
                "1 resource(s) refer to Patient/ghost, which is in no Patient file; they were skipped"));
  }

  @Test
  void bulkExport_patientTwiceAlike_isReadOnceWithANote(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
    Files.writeString(
        dir.resolve("Condition.ndjson"),
        "{\"resourceType\":\"Condition\",\"id\":\"c1\","
            + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"C61\"}]},\"subject\":{\"reference\":\"Patient/p1\"}}\n");

    List<PatientReadResult> results = readAll(dir);

    assertThat(results).hasSize(1);
    assertThat(record(results.get(0)).conditions()).hasSize(1);
    assertThat(record(results.get(0)).problems())
        .extracting(Object::toString)
        .containsExactly(
            "Patient/p1: Patient/p1 appears in 2 Patient lines with the same content; it was read once");
  }

  @Test
  void bulkExport_newKindsAreGroupedBySubject_andADamagedLineStandsInForItsType(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
    String subject = ",\"subject\":{\"reference\":\"Patient/p1\"}}\n";
    Files.writeString(
        dir.resolve("Specimen.ndjson"), "{\"resourceType\":\"Specimen\",\"id\":\"s1\"" + subject);
    Files.writeString(
        dir.resolve("Encounter.ndjson"),
        "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"finished\""
            + subject
            + "{\"resourceType\":\"Encounter\",\"id\":\"e2\",\"subject\":{\"reference\":\"Patient/p1\"},\"status\":\n");
    Files.writeString(
        dir.resolve("DiagnosticReport.ndjson"),
        "{\"resourceType\":\"DiagnosticReport\",\"id\":\"r1\",\"status\":\"final\"" + subject);
    Files.writeString(
        dir.resolve("ImagingStudy.ndjson"),
        "{\"resourceType\":\"ImagingStudy\",\"id\":\"i1\",\"status\":\"available\"" + subject);
    Files.writeString(
        dir.resolve("MedicationDispense.ndjson"),
        "{\"resourceType\":\"MedicationDispense\",\"id\":\"d1\","
            + "\"status\":\"completed\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\","
            + "\"code\":\"L02BB04\"}]},\"whenHandedOver\":\"2026-10-20\",\"daysSupply\":{\"value\":30,\"unit\":\"d\"}"
            + subject);

    PatientRecord p1 = record(readAll(dir).get(0));

    assertThat(p1.specimens()).hasSize(1);
    assertThat(p1.reports()).hasSize(1);
    assertThat(p1.imagingStudies()).hasSize(1);
    assertThat(p1.medications())
        .extracting(m -> m.ref().toString())
        .containsExactly("MedicationDispense/d1");
    assertThat(p1.encounters())
        .extracting(e -> e.ref().toString())
        .contains("Encounter/e1")
        .as("the damaged line stands in as an encounter that could not be read")
        .hasSize(2);
    assertThat(p1.problems()).anyMatch(p -> p.toString().contains("Encounter.ndjson"));
  }

  @Test
  void directoryOfBundles_isReadInNameOrder(@TempDir Path dir) throws IOException {
    for (String id : List.of("p3", "p1", "p2")) {
      Files.writeString(
          dir.resolve(id + ".json"),
          Fixtures.bundle(List.of("{\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}")));
    }
    Files.writeString(dir.resolve("notes.txt"), "not a bundle");

    assertThat(readAll(dir)).extracting(r -> record(r).id()).containsExactly("p1", "p2", "p3");
  }

  @Test
  void fromBundles_mapsBundleObjectsAndNamesThemByPosition() {
    Bundle good = new Bundle();
    good.addEntry().setResource(new Patient().setId("p1"));
    Bundle empty = new Bundle();

    List<PatientReadResult> results;
    try (PatientSource source = PatientSources.fromBundles(List.of(good, empty))) {
      results = source.stream().collect(Collectors.toList());
    }

    assertThat(record(results.get(0)).id()).isEqualTo("p1");
    assertThat(results.get(1))
        .isEqualTo(
            new PatientReadError(
                "bundle[1]",
                "the Bundle has no Patient resource; one patient per Bundle is expected"));
  }

  @Test
  void ndjsonOfBundles_windowsLineEndingsAndUtf8_areRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.ndjson");
    String bundle = Fixtures.bundle(List.of("{\"resourceType\":\"Patient\",\"id\":\"p-é\"}"));
    Files.write(
        file,
        (bundle + "\r\n" + bundle.replace("p-é", "p-ø") + "\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(readAll(file)).extracting(r -> record(r).id()).containsExactly("p-é", "p-ø");
  }

  static PatientRecord record(PatientReadResult result) {
    assertThat(result).isInstanceOf(MappedPatient.class);
    return ((MappedPatient) result).record();
  }

  private static List<PatientReadResult> readAll(Path path) {
    try (PatientSource source = PatientSources.open(path)) {
      return source.stream().collect(Collectors.toList());
    }
  }
}
