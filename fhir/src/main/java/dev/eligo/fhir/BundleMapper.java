package dev.eligo.fhir;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.ResearchSubject;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;

/**
 * Maps one patient's FHIR R4 {@link Bundle} onto a {@link PatientRecord}, as the protocol's data
 * dictionary says. The Bundle must hold exactly one Patient; every other resource of a mapped type
 * (Observation, Condition, MedicationStatement, MedicationAdministration, MedicationRequest,
 * MedicationDispense, Procedure, AllergyIntolerance, ResearchSubject, QuestionnaireResponse,
 * Specimen, Encounter, DiagnosticReport, ImagingStudy, Immunization) is mapped in Bundle order, and
 * resources of other types are only used to resolve references (Medication, ResearchStudy). A field
 * that cannot be read becomes a {@link RecordProblem}; the rest of the patient still maps.
 */
public final class BundleMapper {
  @FunctionalInterface
  private interface ResourceMapper {
    void map(MappingContext context, Resource resource);
  }

  /** The mapper of each resource type mapped to records, by type name. */
  private static final Map<String, ResourceMapper> MAPPERS =
      Map.ofEntries(
          Map.entry("Observation", (c, r) -> ObservationMapper.map(c, (Observation) r)),
          Map.entry("Condition", (c, r) -> ConditionMapper.map(c, (Condition) r)),
          Map.entry(
              "MedicationStatement",
              (c, r) -> MedicationStatementMapper.map(c, (MedicationStatement) r)),
          Map.entry(
              "MedicationAdministration",
              (c, r) -> MedicationAdministrationMapper.map(c, (MedicationAdministration) r)),
          Map.entry(
              "MedicationRequest", (c, r) -> MedicationRequestMapper.map(c, (MedicationRequest) r)),
          Map.entry("Procedure", (c, r) -> ProcedureMapper.map(c, (Procedure) r)),
          Map.entry("AllergyIntolerance", (c, r) -> AllergyMapper.map(c, (AllergyIntolerance) r)),
          Map.entry(
              "MedicationDispense",
              (c, r) -> MedicationDispenseMapper.map(c, (MedicationDispense) r)),
          Map.entry("ResearchSubject", (c, r) -> ResearchSubjectMapper.map(c, (ResearchSubject) r)),
          Map.entry("Specimen", (c, r) -> SpecimenMapper.map(c, (Specimen) r)),
          Map.entry("Encounter", (c, r) -> EncounterMapper.map(c, (Encounter) r)),
          Map.entry(
              "DiagnosticReport", (c, r) -> DiagnosticReportMapper.map(c, (DiagnosticReport) r)),
          Map.entry("ImagingStudy", (c, r) -> ImagingStudyMapper.map(c, (ImagingStudy) r)),
          Map.entry("Immunization", (c, r) -> ImmunizationMapper.map(c, (Immunization) r)),
          Map.entry(
              "QuestionnaireResponse",
              (c, r) -> QuestionnaireResponseMapper.map(c, (QuestionnaireResponse) r)));

  private BundleMapper() {}

  /**
   * Maps a Bundle.
   *
   * @throws InvalidBundleException when the Bundle has no Patient or more than one
   */
  public static PatientRecord map(Bundle bundle) {
    return map(
        bundle, List.of(), List.of(), resource -> List.of(), resource -> false, resource -> null);
  }

  /** Maps a Bundle read from JSON, adding what the parser noted as problems of the record. */
  static PatientRecord map(ParsedBundle parsed) {
    return map(
        parsed.bundle(),
        parsed.unreadableEntries(),
        parsed.lost(),
        parsed::notesFor,
        parsed::isStandIn,
        parsed::placeOf);
  }

  private static PatientRecord map(
      Bundle bundle,
      List<RecordProblem> unreadable,
      List<ParsedBundle.LostResource> lost,
      ParserNotes notes,
      Predicate<Resource> isStandIn,
      Function<Resource, String> placeInFile) {
    Patient patient = onlyPatient(bundle, lost);
    MappingContext context =
        new MappingContext(bundle, patient, patientId(bundle, patient), isStandIn, placeInFile);
    unreadable.forEach(context.record()::add);
    // A resource that could not be read at all stands in for every kind of record it could be.
    lost.forEach(l -> Placeholders.add(context.record(), l.type(), l.problem()));
    // The patient first, so that every other date can be held against the birth date.
    notes.of(patient).forEach(note -> context.problem(patient, note));
    PatientMapper.map(context, patient);
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      if (resource != null
          && resource != patient
          && !isStandIn.test(resource)
          && !context.isRepeat(resource)) {
        notes.of(resource).forEach(note -> context.problem(resource, note));
        mapResource(context, resource);
      }
    }
    return context.record().build();
  }

  private static void mapResource(MappingContext context, Resource resource) {
    ResourceMapper mapper = MAPPERS.get(resource.fhirType());
    if (mapper != null) {
      mapper.map(context, resource);
    }
    // other resources (Medication, ResearchStudy, Practitioner, ...) are only referenced
  }

  /** Whether resources of this type are mapped to records (the Patient is mapped first, apart). */
  static boolean maps(String resourceType) {
    return MAPPERS.containsKey(resourceType);
  }

  private static Patient onlyPatient(Bundle bundle, List<ParsedBundle.LostResource> lost) {
    List<Patient> patients = new ArrayList<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Patient) {
        patients.add((Patient) entry.getResource());
      }
    }
    for (ParsedBundle.LostResource l : lost) {
      if (l.type().equals("Patient")) {
        throw new InvalidBundleException(
            "the Patient resource could not be read (" + l.problem().message() + ")");
      }
    }
    if (patients.isEmpty()) {
      throw new InvalidBundleException(
          "the Bundle has no Patient resource; one patient per Bundle is expected");
    }
    if (patients.size() > 1) {
      throw new InvalidBundleException(
          "the Bundle has "
              + patients.size()
              + " Patient resources; one patient per Bundle is expected");
    }
    return patients.get(0);
  }

  private static String patientId(Bundle bundle, Patient patient) {
    if (patient.getIdElement().hasIdPart()) {
      return patient.getIdElement().getIdPart();
    }
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() == patient && entry.hasFullUrl()) {
        return entry.getFullUrl();
      }
    }
    throw new InvalidBundleException("the Patient resource has neither an id nor a fullUrl");
  }

  /** What the parser noted about each resource. */
  @FunctionalInterface
  private interface ParserNotes {
    List<String> of(Resource resource);
  }
}
