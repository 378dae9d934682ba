package dev.eligo.authoring.requirements;

import ca.uhn.fhir.context.FhirContext;
import dev.eligo.compiler.ast.DataDeclaration;
import java.time.LocalDate;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Library;
import org.hl7.fhir.r4.model.ParameterDefinition;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;

/**
 * The requirements as FHIR R4 {@code DataRequirement}s in a {@code Library} of type {@code
 * module-definition}, the form CQL's {@code $data-requirements} operation returns: one requirement
 * per concept and resource type, with a code filter on its codes, a code filter on the statuses
 * that can count and, for a windowed concept, a date filter. Windows are relative ({@code
 * valueDuration} before the screening date) unless a screening date is given.
 */
public final class DataRequirementLibrary {
  /** The extension that names the questionnaire item an attestation reads. */
  public static final String LINK_ID_EXTENSION =
      "https://eligo.dev/fhir/StructureDefinition/questionnaire-item-link-id";

  private static final Map<String, String> STATUS_SYSTEMS =
      Map.ofEntries(
          Map.entry("Observation", "http://hl7.org/fhir/observation-status"),
          Map.entry(
              "MedicationStatement", "http://hl7.org/fhir/CodeSystem/medication-statement-status"),
          Map.entry(
              "MedicationAdministration",
              "http://terminology.hl7.org/CodeSystem/medication-admin-status"),
          Map.entry("MedicationRequest", "http://hl7.org/fhir/CodeSystem/medicationrequest-status"),
          Map.entry(
              "MedicationDispense",
              "http://terminology.hl7.org/CodeSystem/medicationdispense-status"),
          Map.entry("Procedure", "http://hl7.org/fhir/event-status"),
          Map.entry("Specimen", "http://hl7.org/fhir/specimen-status"),
          Map.entry("Encounter", "http://hl7.org/fhir/encounter-status"),
          Map.entry("DiagnosticReport", "http://hl7.org/fhir/diagnostic-report-status"),
          Map.entry("ImagingStudy", "http://hl7.org/fhir/imagingstudy-status"),
          Map.entry("Immunization", "http://hl7.org/fhir/event-status"),
          Map.entry("ResearchSubject", "http://hl7.org/fhir/research-subject-status"),
          Map.entry("QuestionnaireResponse", "http://hl7.org/fhir/questionnaire-answers-status"));

  private static final Map<String, String> CODE_PATHS =
      Map.of(
          "MedicationStatement",
          "medication",
          "MedicationAdministration",
          "medication",
          "MedicationRequest",
          "medication",
          "MedicationDispense",
          "medication",
          "Immunization",
          "vaccineCode");

  private static final Map<String, String> DATE_PATHS =
      Map.ofEntries(
          Map.entry("Observation", "effective"),
          Map.entry("MedicationStatement", "effective"),
          Map.entry("MedicationAdministration", "effective"),
          Map.entry("Procedure", "performed"),
          Map.entry("AllergyIntolerance", "recordedDate"),
          Map.entry("ResearchSubject", "period"),
          Map.entry("Specimen", "collection.collected"),
          Map.entry("Encounter", "period"),
          Map.entry("DiagnosticReport", "effective"),
          Map.entry("ImagingStudy", "started"),
          Map.entry("Immunization", "occurrence"));

  private DataRequirementLibrary() {}

  /** The Library as JSON. */
  public static String json(DataRequirements requirements, LocalDate screening) {
    return FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(of(requirements, screening))
        + "\n";
  }

  /**
   * The Library.
   *
   * @param screening the screening date for absolute date filters, or {@code null} for relative
   *     ones
   */
  public static Library of(DataRequirements requirements, LocalDate screening) {
    Library library = new Library();
    library.setName(
        requirements.header().protocolId().replaceAll("[^A-Za-z0-9_]", "_") + "DataRequirements");
    library.setTitle("Data requirements of " + requirements.header().protocolId());
    if (requirements.header().version() != null) {
      library.setVersion(requirements.header().version());
    }
    library.setStatus(Enumerations.PublicationStatus.ACTIVE);
    library.setType(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/library-type",
                "module-definition",
                "Module Definition")));
    for (DataDeclaration.InputDeclaration input : requirements.inputs()) {
      // Given by whoever screens (CQL's parameters), not fetched: they are the Library's inputs.
      library
          .addParameter()
          .setName(input.name().text())
          .setUse(ParameterDefinition.ParameterUse.IN)
          .setMin(1)
          .setMax("1")
          .setType(parameterType(input.kind()))
          .setDocumentation(input.label());
    }
    DataRequirement patient = library.addDataRequirement();
    patient.setType("Patient");
    patient.addProfile("http://hl7.org/fhir/StructureDefinition/Patient");
    patient.addMustSupport("birthDate");
    patient.addMustSupport("gender");
    for (ConceptRequirement concept : requirements.concepts()) {
      for (ResourceRead read : concept.reads()) {
        library.addDataRequirement(requirement(concept, read, screening));
      }
    }
    return library;
  }

  private static DataRequirement requirement(
      ConceptRequirement concept, ResourceRead read, LocalDate screening) {
    DataRequirement requirement = new DataRequirement();
    // A concept read twice from one type (an encounter's class and type) tells its reads apart.
    boolean twice =
        concept.reads().stream().filter(r -> r.resourceType().equals(read.resourceType())).count()
            > 1;
    requirement.setId(
        concept.name() + "-" + read.resourceType() + (twice ? "-" + read.codeParameter() : ""));
    requirement.setType(read.resourceType());
    requirement.addProfile("http://hl7.org/fhir/StructureDefinition/" + read.resourceType());
    if (read.codeParameter() != null && !concept.codes().isEmpty()) {
      DataRequirement.DataRequirementCodeFilterComponent codes = requirement.addCodeFilter();
      codes.setPath(CODE_PATHS.getOrDefault(read.resourceType(), read.codeParameter()));
      codes.setSearchParam(read.codeParameter());
      for (ConceptRequirement.Codes system : concept.codes()) {
        for (String code : system.included()) {
          for (String uri : system.uris()) {
            codes.addCode(new Coding(uri, code, null));
          }
        }
      }
    }
    if (!read.statuses().isEmpty() && STATUS_SYSTEMS.containsKey(read.resourceType())) {
      DataRequirement.DataRequirementCodeFilterComponent statuses = requirement.addCodeFilter();
      statuses.setPath("status");
      statuses.setSearchParam("status");
      read.statuses()
          .forEach(
              s -> statuses.addCode(new Coding(STATUS_SYSTEMS.get(read.resourceType()), s, null)));
    }
    if (concept.window().isPresent() && read.dateParameter() != null) {
      DataRequirement.DataRequirementDateFilterComponent date = requirement.addDateFilter();
      date.setPath(DATE_PATHS.getOrDefault(read.resourceType(), "date"));
      date.setSearchParam(read.dateParameter());
      if (screening == null) {
        Duration duration = new Duration();
        duration.setValue(concept.window().get().amount());
        duration.setSystem("http://unitsofmeasure.org");
        String unit = ucum(concept.window().get().unit());
        duration.setUnit(unit);
        duration.setCode(unit);
        date.setValue(duration);
      } else {
        Period period = new Period();
        period.setStartElement(new DateTimeType(concept.from(screening).orElseThrow().toString()));
        period.setEndElement(new DateTimeType(screening.toString()));
        date.setValue(period);
      }
    }
    if (concept.linkId() != null) {
      requirement.addMustSupport("item.linkId");
      requirement.addMustSupport("item.answer.value");
      requirement.addExtension(LINK_ID_EXTENSION, new StringType(concept.linkId()));
    }
    return requirement;
  }

  private static String parameterType(String inputKind) {
    switch (inputKind) {
      case "date":
        return "date";
      case "number":
        return "decimal";
      case "truth":
        return "boolean";
      case "quantity":
        return "Quantity";
      default:
        return "Coding";
    }
  }

  private static String ucum(dev.eligo.compiler.ast.Expr.DurationUnit unit) {
    switch (unit) {
      case DAYS:
        return "d";
      case WEEKS:
        return "wk";
      case MONTHS:
        return "mo";
      case YEARS:
        return "a";
    }
    throw new AssertionError(unit);
  }
}
