package dev.eligo.fhir;

import ca.uhn.fhir.util.FhirTerser;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One patient of a bulk export put together from its lines: the Patient, then its resources in
 * export order, then the shared resources (Medications, ResearchStudies) they refer to. However
 * the lines were found (by offset in files, or grouped by an engine), the patient maps the same.
 */
final class ExportPatient {
  private final ParsedBundle bundle = new ParsedBundle();

  ExportPatient(String patientId, byte[] patientLine) {
    bundle.add("Patient/" + patientId, FhirJson.parseResource(new String(patientLine, StandardCharsets.UTF_8)),
        reason -> new RecordProblem(RecordRef.of("Patient", patientId), reason));
  }

  /** Adds a resource line; one that cannot be parsed becomes a problem naming where it was. */
  void add(ExportResource line) {
    FhirJson.ParsedResource parsed = FhirJson.parseResource(new String(line.json(), StandardCharsets.UTF_8));
    String fullUrl = parsed.resource() == null
        ? null
        : parsed.resource().fhirType() + "/" + parsed.resource().getIdElement().getIdPart();
    bundle.add(fullUrl, parsed, reason -> new RecordProblem(RecordRef.of("NDJSON", line.where()),
        "the resource could not be read and was skipped: " + reason));
  }

  /** Every reference the resources added so far make, in order, once each: the shared ones to add. */
  Set<String> references() {
    FhirTerser terser = FhirJson.context().newTerser();
    List<Resource> resources = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.bundle().getEntry()) {
      resources.add(entry.getResource());
    }
    Set<String> targets = new LinkedHashSet<>();
    for (Resource resource : resources) {
      for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
        if (reference.getReference() != null) {
          targets.add(reference.getReference());
        }
      }
    }
    return targets;
  }

  /** Maps the patient; {@code source} names it in the result. */
  PatientReadResult map(String source) {
    return BundleResults.fromParsed(source, bundle);
  }
}
