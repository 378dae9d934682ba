package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.record.PatientRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A patient as a FHIR Bundle: the baseline sample patient her2low-01, changed by a case. Each
 * method returns a changed copy, so a case reads as the baseline and what it changes: {@code
 * baseline().without("718-7").with(lab("718-7", LAB_DAY, "7.9", "g/dL", "15.5"))}.
 */
final class SamplePatient {
  static final Path BASELINE = Path.of("patients", "cohort-1", "her2low-01.json");
  private static final ObjectNode BASELINE_BUNDLE = read(BASELINE);
  private static final String CHECKLIST = "QuestionnaireResponse";

  private final ObjectNode bundle;

  private SamplePatient(ObjectNode bundle) {
    this.bundle = bundle;
  }

  /** The baseline: a woman of 54 with HR+/HER2-low breast cancer who meets every criterion. */
  static SamplePatient baseline() {
    return new SamplePatient(BASELINE_BUNDLE.deepCopy());
  }

  /** The patient with these resources added. */
  SamplePatient with(ObjectNode... resources) {
    ObjectNode changed = bundle.deepCopy();
    ArrayNode entries = (ArrayNode) changed.get("entry");
    for (ObjectNode resource : resources) {
      entries.add(obj("fullUrl", "urn:uuid:" + resource.get("id").asText(), "resource", resource));
    }
    return new SamplePatient(changed);
  }

  /**
   * The patient without the resources coded {@code code} (in {@code code}, {@code
   * medicationCodeableConcept} or a specimen's {@code type}); a code no resource has is a mistake
   * in the test.
   */
  SamplePatient without(String code) {
    ObjectNode changed = bundle.deepCopy();
    boolean removed = false;
    for (Iterator<JsonNode> it = changed.get("entry").iterator(); it.hasNext(); ) {
      JsonNode resource = it.next().get("resource");
      if (hasCode(resource, code)) {
        it.remove();
        removed = true;
      }
    }
    if (!removed) {
      throw new IllegalArgumentException("no resource coded " + code + " in the baseline");
    }
    return new SamplePatient(changed);
  }

  SamplePatient gender(String gender) {
    return patientField("gender", gender);
  }

  SamplePatient bornOn(String birthDate) {
    return patientField("birthDate", birthDate);
  }

  /** The investigator's checklist with this answer ({@code null}: the question left unanswered). */
  SamplePatient answer(String linkId, Boolean answer) {
    ObjectNode changed = bundle.deepCopy();
    for (JsonNode entry : changed.get("entry")) {
      JsonNode resource = entry.get("resource");
      if (resource.get("resourceType").asText().equals(CHECKLIST)) {
        ArrayNode items = (ArrayNode) resource.get("item").get(0).get("item");
        for (Iterator<JsonNode> it = items.iterator(); it.hasNext(); ) {
          if (it.next().get("linkId").asText().equals(linkId)) {
            it.remove();
          }
        }
        if (answer != null) {
          items.add(obj("linkId", linkId, "answer", Json.arr(obj("valueBoolean", answer))));
        }
      }
    }
    return new SamplePatient(changed);
  }

  /** The record the fhir module reads from this Bundle. */
  PatientRecord record(String source) {
    try {
      PatientReadResult read =
          PatientSources.bundleJson(source, Json.MAPPER.writeValueAsBytes(bundle));
      if (!(read instanceof MappedPatient)) {
        throw new AssertionError("the case's Bundle cannot be read: " + read);
      }
      return ((MappedPatient) read).record();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode read(Path bundle) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(Files.readAllBytes(bundle));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SamplePatient patientField(String field, String value) {
    ObjectNode changed = bundle.deepCopy();
    ObjectNode patient = (ObjectNode) changed.get("entry").get(0).get("resource");
    if (value == null) {
      patient.remove(field);
    } else {
      patient.put(field, value);
    }
    return new SamplePatient(changed);
  }

  private static boolean hasCode(JsonNode resource, String code) {
    for (String field : new String[] {"code", "medicationCodeableConcept", "type"}) {
      JsonNode concept = resource.get(field);
      if (concept != null && concept.has("coding")) {
        for (JsonNode coding : concept.get("coding")) {
          if (code.equals(coding.path("code").asText())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
