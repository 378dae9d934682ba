package dev.eligo.authoring.requirements;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which FHIR R4 resources each kind of data declaration is read from, and how search finds those
 * that can count. Statuses are not restated here: each list is the resource's FHIR status codes
 * filtered by the runtime's own rule (what {@code ObservationStatus.counts()} and the others say),
 * so the requirements change when the rules do. A new kind of record is one case here; the test of
 * this class fails until it has one.
 */
public final class FhirReads {
  // The status codes of each resource type in FHIR R4 (required bindings).
  private static final List<String> OBSERVATION_STATUSES =
      List.of(
          "registered",
          "preliminary",
          "final",
          "amended",
          "corrected",
          "cancelled",
          "entered-in-error",
          "unknown");
  private static final List<String> MEDICATION_STATEMENT_STATUSES =
      List.of(
          "active",
          "completed",
          "entered-in-error",
          "intended",
          "stopped",
          "on-hold",
          "unknown",
          "not-taken");
  private static final List<String> MEDICATION_ADMINISTRATION_STATUSES =
      List.of(
          "in-progress",
          "not-done",
          "on-hold",
          "completed",
          "entered-in-error",
          "stopped",
          "unknown");
  private static final List<String> MEDICATION_REQUEST_STATUSES =
      List.of(
          "active",
          "on-hold",
          "cancelled",
          "completed",
          "entered-in-error",
          "stopped",
          "draft",
          "unknown");
  private static final List<String> MEDICATION_DISPENSE_STATUSES =
      List.of(
          "preparation",
          "in-progress",
          "cancelled",
          "on-hold",
          "completed",
          "entered-in-error",
          "stopped",
          "declined",
          "unknown");
  private static final List<String> SPECIMEN_STATUSES =
      List.of("available", "unavailable", "unsatisfactory", "entered-in-error");
  private static final List<String> ENCOUNTER_STATUSES =
      List.of(
          "planned",
          "arrived",
          "triaged",
          "in-progress",
          "onleave",
          "finished",
          "cancelled",
          "entered-in-error",
          "unknown");
  private static final List<String> REPORT_STATUSES =
      List.of(
          "registered",
          "partial",
          "preliminary",
          "final",
          "amended",
          "corrected",
          "appended",
          "cancelled",
          "entered-in-error",
          "unknown");
  private static final List<String> IMAGING_STATUSES =
      List.of("registered", "available", "cancelled", "entered-in-error", "unknown");
  private static final List<String> IMMUNIZATION_STATUSES =
      List.of("completed", "not-done", "entered-in-error", "unknown");
  private static final List<String> PROCEDURE_STATUSES =
      List.of(
          "preparation",
          "in-progress",
          "not-done",
          "on-hold",
          "stopped",
          "completed",
          "entered-in-error",
          "unknown");
  private static final List<String> RESEARCH_SUBJECT_STATUSES =
      List.of(
          "candidate",
          "eligible",
          "follow-up",
          "ineligible",
          "not-registered",
          "off-study",
          "on-study",
          "on-study-intervention",
          "on-study-observation",
          "pending-on-study",
          "potential-candidate",
          "screening",
          "withdrawn");
  private static final List<String> QUESTIONNAIRE_RESPONSE_STATUSES =
      List.of("in-progress", "completed", "amended", "entered-in-error", "stopped");

  private FhirReads() {}

  /** The resources a data declaration's records are read from. */
  public static List<ResourceRead> of(DataDeclaration declaration) {
    if (declaration instanceof DataDeclaration.ObservationDeclaration) {
      return List.of(
          new ResourceRead(
              "Observation",
              "code",
              "status",
              counting(
                  OBSERVATION_STATUSES,
                  c ->
                      ObservationStatus.fromCode(c).counts()
                          || ObservationStatus.fromCode(c) == ObservationStatus.UNKNOWN),
              List.of(),
              "date",
              List.of()));
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      return of(record.kind());
    }
    if (declaration instanceof DataDeclaration.AttestationDeclaration) {
      RecordRef any = RecordRef.of("QuestionnaireResponse", "-");
      return List.of(
          new ResourceRead(
              "QuestionnaireResponse",
              null,
              "status",
              counting(
                  QUESTIONNAIRE_RESPONSE_STATUSES,
                  c -> new Attestation(any, "-", null, null, c).counts()),
              List.of(),
              null,
              List.of()));
    }
    if (declaration instanceof DataDeclaration.InputDeclaration) {
      return List.of(); // given by whoever screens, not read from the record
    }
    RecordRef any = RecordRef.of("ResearchSubject", "-");
    return List.of(
        new ResourceRead(
            "ResearchSubject",
            null,
            "status",
            counting(
                RESEARCH_SUBJECT_STATUSES,
                c -> new ResearchParticipation(any, c, List.of(), null).counts()),
            List.of(),
            "date",
            List.of("ResearchSubject:study")));
  }

  /**
   * Where the conditions a medication use or procedure names as its reason are read: as conditions
   * are, whatever their codes, since any may be the reason a criterion asks about.
   */
  public static List<ResourceRead> reasons() {
    return of(DataDeclaration.RecordKind.CONDITION);
  }

  /**
   * Where {@code enrolment}, the patient's ResearchSubject in this protocol's own study, is read:
   * any status.
   */
  public static List<ResourceRead> enrolment() {
    return List.of(
        new ResourceRead(
            "ResearchSubject",
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of("ResearchSubject:study")));
  }

  private static List<ResourceRead> of(DataDeclaration.RecordKind kind) {
    switch (kind) {
      case CONDITION:
        return List.of(
            new ResourceRead(
                "Condition",
                "code",
                "verification-status",
                List.of(),
                excluded(),
                null,
                List.of()));
      case MEDICATION:
        Predicate<String> counts = c -> !MedicationStatus.fromCode(c).isExcluded();
        return List.of(
            new ResourceRead(
                "MedicationStatement",
                "code",
                "status",
                counting(MEDICATION_STATEMENT_STATUSES, counts),
                List.of(),
                "effective",
                List.of("MedicationStatement:medication")),
            new ResourceRead(
                "MedicationAdministration",
                "code",
                "status",
                counting(MEDICATION_ADMINISTRATION_STATUSES, counts),
                List.of(),
                "effective-time",
                List.of("MedicationAdministration:medication")),
            // Only an active request is a use (ongoing from authoredOn, so no window narrows it).
            new ResourceRead(
                "MedicationRequest",
                "code",
                "status",
                counting(
                    MEDICATION_REQUEST_STATUSES, c -> c.equals("active") || c.equals("unknown")),
                List.of(),
                null,
                List.of("MedicationRequest:medication")),
            // A dispense covers its days of supply after the handover, so no window on
            // whenhandedover
            // can be searched without missing one handed over before the window that reaches into
            // it.
            // Handed over only: in progress and on hold are not (the runtime's admission rule).
            new ResourceRead(
                "MedicationDispense",
                "code",
                "status",
                counting(
                    MEDICATION_DISPENSE_STATUSES,
                    c -> counts.test(c) && !c.equals("in-progress") && !c.equals("on-hold")),
                List.of(),
                null,
                List.of("MedicationDispense:medication")));
      case PROCEDURE:
        return List.of(
            new ResourceRead(
                "Procedure",
                "code",
                "status",
                counting(PROCEDURE_STATUSES, c -> !ProcedureStatus.fromCode(c).isExcluded()),
                List.of(),
                "date",
                List.of()));
      case ALLERGY:
        return List.of(
            new ResourceRead(
                "AllergyIntolerance",
                "code",
                "verification-status",
                List.of(),
                excluded(),
                "date",
                List.of()));
      case SPECIMEN:
        return List.of(
            new ResourceRead(
                "Specimen",
                "type",
                "status",
                counting(SPECIMEN_STATUSES, c -> !SpecimenStatus.fromCode(c).isExcluded()),
                List.of(),
                "collected",
                List.of()));
      case ENCOUNTER:
        {
          // The concept matches the class or a type: one read for each, as search ANDs parameters.
          List<String> statuses =
              counting(ENCOUNTER_STATUSES, c -> !EncounterStatus.fromCode(c).isExcluded());
          return List.of(
              new ResourceRead(
                  "Encounter", "class", "status", statuses, List.of(), "date", List.of()),
              new ResourceRead(
                  "Encounter", "type", "status", statuses, List.of(), "date", List.of()));
        }
      case REPORT:
        return List.of(
            new ResourceRead(
                "DiagnosticReport",
                "code",
                "status",
                counting(
                    REPORT_STATUSES,
                    c ->
                        ReportStatus.fromCode(c).counts()
                            || ReportStatus.fromCode(c) == ReportStatus.UNKNOWN),
                List.of(),
                "date",
                List.of()));
      case IMAGING:
        // R4 has no search parameter on procedureCode, and 'modality' searches series.modality
        // only,
        // while the reader also reads the study's own modality: every counting study is fetched.
        return List.of(
            new ResourceRead(
                "ImagingStudy",
                null,
                "status",
                counting(IMAGING_STATUSES, c -> !ImagingStatus.fromCode(c).isExcluded()),
                List.of(),
                "started",
                List.of()));
      case IMMUNIZATION:
        return List.of(
            new ResourceRead(
                "Immunization",
                "vaccine-code",
                "status",
                counting(IMMUNIZATION_STATUSES, c -> !ImmunizationStatus.fromCode(c).isExcluded()),
                List.of(),
                "date",
                List.of()));
    }
    throw new AssertionError(kind);
  }

  private static List<String> excluded() {
    return Arrays.stream(VerificationStatus.values())
        .filter(VerificationStatus::isExcluded)
        .map(VerificationStatus::code)
        .toList();
  }

  private static List<String> counting(List<String> codes, Predicate<String> counts) {
    return codes.stream().filter(counts).toList();
  }
}
