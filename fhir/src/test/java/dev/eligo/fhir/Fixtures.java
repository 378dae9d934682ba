package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Test data: FHIR resources under {@code src/test/resources/fhir/dictionary}, wrapped into a
 * searchset Bundle with the standard patient {@code pat-1001}, the way an EHR's FHIR API returns
 * {@code Patient/$everything}.
 */
final class Fixtures {
  static final Path ROOT = Path.of("src/test/resources/fhir");
  static final String PATIENT_ID = "pat-1001";

  private Fixtures() {}

  static String text(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The resources of dictionary fixtures (each file one resource or an array of them), as JSON
   * texts.
   */
  static List<String> resources(String... fixtures) {
    List<String> resources = new ArrayList<>();
    for (String fixture : fixtures) {
      JsonNode node = tree(text("dictionary/" + fixture + ".json"));
      if (node.isArray()) {
        node.forEach(element -> resources.add(FhirJson.write(element)));
      } else {
        resources.add(FhirJson.write(node));
      }
    }
    return resources;
  }

  /** A searchset Bundle with the standard patient and the given resources. */
  static String bundleWithPatient(List<String> resources) {
    List<String> all = new ArrayList<>(resources(("patient")));
    all.addAll(resources);
    return bundle(all);
  }

  /** A searchset Bundle of exactly these resources, each with an absolute fullUrl. */
  static String bundle(List<String> resources) {
    StringBuilder json =
        new StringBuilder(
            "{\"resourceType\":\"Bundle\",\"id\":\"everything-1\",\"type\":\"searchset\",\"total\":"
                + resources.size()
                + ",\"entry\":[");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode resource = tree(resources.get(i));
      json.append(i == 0 ? "" : ",")
          .append("{\"fullUrl\":\"https://ehr.example-hospital.org/fhir/")
          .append(resource.path("resourceType").asText())
          .append('/')
          .append(resource.path("id").asText())
          .append("\",\"resource\":")
          .append(resources.get(i))
          .append(",\"search\":{\"mode\":\"match\"}}");
    }
    return json.append("]}").toString();
  }

  /**
   * Maps the standard patient with the resources of the given fixtures; fails unless it maps
   * cleanly, since the fixtures are well-formed data as a hospital sends it.
   */
  static PatientRecord map(String... fixtures) {
    PatientRecord record = mapJson(bundleWithPatient(resources(fixtures)));
    assertThat(record.problems()).as("problems of well-formed fixtures").isEmpty();
    return record;
  }

  /** Maps the standard patient with the given inline resources. */
  static PatientRecord mapResources(String... resources) {
    return mapJson(bundleWithPatient(List.of(resources)));
  }

  static PatientRecord mapJson(String bundleJson) {
    PatientReadResult result =
        BundleResults.fromJson("test.json", bundleJson.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(MappedPatient.class);
    return ((MappedPatient) result).record();
  }

  static Observation observation(PatientRecord record, String id) {
    return find(record.observations(), Observation::ref, "Observation", id);
  }

  static Condition condition(PatientRecord record, String id) {
    return find(record.conditions(), Condition::ref, "Condition", id);
  }

  static MedicationUse medication(PatientRecord record, String type, String id) {
    return find(record.medications(), MedicationUse::ref, type, id);
  }

  static Procedure procedure(PatientRecord record, String id) {
    return find(record.procedures(), Procedure::ref, "Procedure", id);
  }

  static Allergy allergy(PatientRecord record, String id) {
    return find(record.allergies(), Allergy::ref, "AllergyIntolerance", id);
  }

  static Specimen specimen(PatientRecord record, String id) {
    return find(record.specimens(), Specimen::ref, "Specimen", id);
  }

  static Encounter encounter(PatientRecord record, String id) {
    return find(record.encounters(), Encounter::ref, "Encounter", id);
  }

  static DiagnosticReport report(PatientRecord record, String id) {
    return find(record.reports(), DiagnosticReport::ref, "DiagnosticReport", id);
  }

  static ImagingStudy imaging(PatientRecord record, String id) {
    return find(record.imagingStudies(), ImagingStudy::ref, "ImagingStudy", id);
  }

  /** The messages of a record's problems, as results show them. */
  static List<String> problems(PatientRecord record) {
    List<String> messages = new ArrayList<>();
    record.problems().forEach(p -> messages.add(p.toString()));
    return messages;
  }

  /** The messages of the problems of one resource of a record, named as {@code Observation/o1}. */
  static List<String> problemsOf(PatientRecord record, String ref) {
    List<String> messages = new ArrayList<>();
    for (RecordProblem problem : record.problems()) {
      if (problem.ref().toString().equals(ref)) {
        messages.add(problem.message());
      }
    }
    return messages;
  }

  static ResearchParticipation participation(PatientRecord record, String id) {
    return find(record.participations(), ResearchParticipation::ref, "ResearchSubject", id);
  }

  private static <T> T find(List<T> items, Function<T, RecordRef> ref, String type, String id) {
    RecordRef wanted = RecordRef.of(type, id);
    return items.stream()
        .filter(item -> ref.apply(item).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + wanted + " in " + items));
  }

  private static JsonNode tree(String json) {
    try {
      return FhirJson.readTree(json.getBytes(StandardCharsets.UTF_8));
    } catch (FhirJson.NotJsonException e) {
      throw new AssertionError("test fixture is not JSON: " + e.getMessage());
    }
  }
}
