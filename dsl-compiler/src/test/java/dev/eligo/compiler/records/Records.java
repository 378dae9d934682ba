package dev.eligo.compiler.records;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.math.BigDecimal;
import java.util.List;

/** Short ways to write the records of {@code RecordFieldsRunTest}'s patients. */
final class Records {
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  static final String ATC = "http://www.whocc.no/atc";
  static final String LOCAL = "http://example.org/fhir/CodeSystem/nct07298239";
  static final String INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
  static final String ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String CVX = "http://hl7.org/fhir/sid/cvx";
  static final String REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
  static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";

  private Records() {}

  static Coding code(String system, String code) {
    return Coding.of(system, code);
  }

  static RecordDate day(String date) {
    return RecordDate.parse(date);
  }

  // ---- observations ---------------------------------------------------------------------------

  static Observation observation(String id, Coding code, String date, ObservationValue value) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(code),
        ObservationStatus.FINAL,
        day(date),
        null,
        value,
        List.of());
  }

  static ObservationValue quantity(String value, String unit) {
    return ObservationValue.QuantityValue.of(value, unit);
  }

  /** A blood pressure panel whose systolic part has this value (or none, with a reason). */
  static Observation bloodPressure(String id, String date, ObservationValue systolic, String site) {
    ObservationComponent part =
        new ObservationComponent(
            List.of(code(LOINC, "8480-6")),
            systolic,
            systolic == null ? "cuff error" : null,
            List.of(),
            List.of());
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(code(LOINC, "85354-9")),
        ObservationStatus.FINAL,
        day(date),
        null,
        null,
        List.of(),
        null,
        List.of(),
        site == null ? List.of() : List.of(code(SNOMED, site)),
        List.of(part, ObservationComponent.of(code(LOINC, "8462-4"), quantity("85", "mm[Hg]"))));
  }

  /** An ANC with an interpretation (or none) and a normal range from {@code low} (or none). */
  static Observation anc(String id, String value, String interpretation, String low) {
    List<ReferenceRange> ranges =
        low == null
            ? List.of()
            : List.of(
                new ReferenceRange(
                    new BigDecimal(low), "10*9/L", new BigDecimal("7.7"), "10*9/L", null));
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(code(LOINC, "751-8")),
        ObservationStatus.FINAL,
        day("2026-11-18"),
        null,
        quantity(value, "10*9/L"),
        ranges,
        null,
        interpretation == null ? List.of() : List.of(code(INTERP, interpretation)),
        List.of(),
        List.of());
  }

  // ---- conditions -----------------------------------------------------------------------------

  static Condition cancer(
      String id,
      VerificationStatus verification,
      String onset,
      String abatement,
      String stage,
      String site) {
    return new Condition(
        RecordRef.of("Condition", id),
        List.of(code(ICD10, "C50.9")),
        abatement == null ? ClinicalStatus.ACTIVE : ClinicalStatus.RESOLVED,
        verification,
        day(onset),
        abatement == null ? null : day(abatement),
        stage == null ? List.of() : List.of(code(SNOMED, stage)),
        site == null ? List.of() : List.of(code(SNOMED, site)));
  }

  static Condition condition(String id, String icd10) {
    return new Condition(
        RecordRef.of("Condition", id),
        List.of(code(ICD10, icd10)),
        ClinicalStatus.ACTIVE,
        VerificationStatus.CONFIRMED,
        day("2025-01-01"),
        null);
  }

  // ---- medication uses ------------------------------------------------------------------------

  static MedicationUse use(
      String type,
      String id,
      String atc,
      MedicationStatus status,
      RecordPeriod period,
      List<Coding> statusReasons,
      RecordDate lastDose,
      List<Dosage> dosages,
      List<Coding> reasonCodes,
      List<RecordRef> reasonRefs) {
    return new MedicationUse(
        RecordRef.of(type, id),
        List.of(code(ATC, atc)),
        status,
        period,
        List.of(),
        reasonCodes,
        reasonRefs,
        MedicationSource.ofResourceType(type),
        statusReasons,
        lastDose,
        dosages);
  }

  static MedicationUse aspirin(String type, MedicationStatus status, Dosage... dosages) {
    return use(
        type,
        "asa",
        "B01AC06",
        status,
        RecordPeriod.ongoingFrom(day("2026-01-10")),
        List.of(),
        null,
        List.of(dosages),
        List.of(),
        List.of());
  }

  static Dosage dose(String mg, int timesPerDay) {
    return Dosage.of(
        Amount.of(mg, "mg"), dev.eligo.runtime.record.Frequency.of(timesPerDay, 1, "d"));
  }

  static MedicationUse docetaxel(
      String type, String id, RecordPeriod period, RecordDate lastDose, Coding statusReason) {
    return use(
        type,
        id,
        "L01CD02",
        MedicationStatus.STOPPED,
        period,
        statusReason == null ? List.of() : List.of(statusReason),
        lastDose,
        List.of(),
        List.of(),
        List.of());
  }

  static MedicationUse administration(String id, String date) {
    return use(
        "MedicationAdministration",
        id,
        "L01CD02",
        MedicationStatus.COMPLETED,
        RecordPeriod.on(day(date)),
        List.of(),
        day(date),
        List.of(new Dosage(Amount.of("140", "mg"), null, null, null, false)),
        List.of(),
        List.of());
  }

  static MedicationUse steroid(List<Coding> reasonCodes, List<RecordRef> reasonRefs) {
    return use(
        "MedicationStatement",
        "pred",
        "H02AB07",
        MedicationStatus.COMPLETED,
        new RecordPeriod(day("2025-01-15"), day("2025-06-30")),
        List.of(),
        day("2025-06-30"),
        List.of(),
        reasonCodes,
        reasonRefs);
  }

  // ---- procedures, allergies, participations --------------------------------------------------

  static Procedure fixation(
      ProcedureStatus status, String site, List<Coding> reasonCodes, List<RecordRef> reasonRefs) {
    return new Procedure(
        RecordRef.of("Procedure", "fix"),
        List.of(code(SNOMED, "179277008")),
        status,
        RecordPeriod.on(day("2026-09-04")),
        site == null ? List.of() : List.of(code(SNOMED, site)),
        reasonCodes,
        reasonRefs);
  }

  static Allergy penicillin(
      String type,
      List<String> categories,
      String criticality,
      List<AllergyReaction> reactions,
      String recorded) {
    return new Allergy(
        RecordRef.of("AllergyIntolerance", "pen"),
        List.of(code(ATC, "J01CE01")),
        ClinicalStatus.ACTIVE,
        VerificationStatus.CONFIRMED,
        type,
        recorded == null ? null : day(recorded),
        categories,
        criticality,
        reactions);
  }

  static AllergyReaction reaction(String manifestation, String severity) {
    return new AllergyReaction(List.of(code(SNOMED, manifestation)), severity);
  }

  static ResearchParticipation participation(
      String id, String status, Coding study, RecordPeriod period) {
    return new ResearchParticipation(
        RecordRef.of("ResearchSubject", id), status, List.of(study.code()), period, List.of(study));
  }

  // ---- specimens, encounters, reports, imaging ------------------------------------------------

  static Specimen tissue(SpecimenStatus status, String collected, String site) {
    return specimen(List.of(code(SNOMED, "1222707004")), status, collected, site);
  }

  static Specimen specimen(
      List<Coding> types, SpecimenStatus status, String collected, String site) {
    return new Specimen(
        RecordRef.of("Specimen", "ffpe"),
        types,
        status,
        collected == null ? null : day(collected),
        site == null ? List.of() : List.of(code(SNOMED, site)));
  }

  /**
   * The problem the FHIR mapping writes for a field it could not read: the record is then
   * uncertain.
   */
  static RecordProblem unreadable(String type, String id, String field) {
    return new RecordProblem(
        RecordRef.of(type, id),
        field
            + " has the code 'X' without a system, so which code it is"
            + " cannot be told; the codes are unknown");
  }

  static Encounter stay(EncounterStatus status, String start, String end, String type) {
    return visit(List.of(code(ACT, "IMP")), type, status, start, end);
  }

  static Encounter visit(
      List<Coding> classes, String type, EncounterStatus status, String start, String end) {
    return new Encounter(
        RecordRef.of("Encounter", "stay"),
        classes,
        type == null ? List.of() : List.of(code(SNOMED, type)),
        status,
        end == null
            ? RecordPeriod.ongoingFrom(day(start))
            : new RecordPeriod(day(start), day(end)));
  }

  static DiagnosticReport petReport(
      ReportStatus status, String effective, String issued, String conclusion) {
    return report(List.of(code(LOINC, "81555-5")), status, effective, issued, conclusion);
  }

  static DiagnosticReport report(
      List<Coding> codes, ReportStatus status, String effective, String issued, String conclusion) {
    return new DiagnosticReport(
        RecordRef.of("DiagnosticReport", "pet"),
        codes,
        status,
        effective == null ? null : day(effective),
        issued == null ? null : day(issued),
        conclusion == null ? List.of() : List.of(code(SNOMED, conclusion)));
  }

  static ImagingStudy petCt(
      ImagingStatus status, String started, List<String> modalities, String site) {
    return imaging(List.of(code(LOINC, "81555-5")), status, started, modalities, site);
  }

  static ImagingStudy imaging(
      List<Coding> codes,
      ImagingStatus status,
      String started,
      List<String> modalities,
      String site) {
    List<Coding> all = new java.util.ArrayList<>();
    modalities.forEach(m -> all.add(code(DCM, m)));
    return new ImagingStudy(
        RecordRef.of("ImagingStudy", "img"),
        codes,
        all,
        site == null ? List.of() : List.of(code(SNOMED, site)),
        status,
        started == null ? null : day(started));
  }

  /**
   * A vaccination with a CVX code (null: none readable), status, day given, status reason and
   * whether the record comes from whoever gave it.
   */
  static Immunization vaccine(
      String cvx, ImmunizationStatus status, String given, String reason, Boolean primary) {
    return new Immunization(
        RecordRef.of("Immunization", "vac"),
        cvx == null ? List.of() : List.of(code(CVX, cvx)),
        status,
        given == null ? null : day(given),
        reason == null ? List.of() : List.of(code(REASON, reason)),
        primary);
  }
}
