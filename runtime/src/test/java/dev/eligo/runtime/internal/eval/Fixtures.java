package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.ProtocolInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Concepts and records of the sample protocol, for tests. */
public final class Fixtures {
  public static final LocalDate S = LocalDate.of(2026, 11, 24);
  public static final ProtocolInfo PROTOCOL =
      new ProtocolInfo("NCT07298239", "anti-PSMA CAR-NK in mCRPC", "1.0", List.of());

  public static final String LOINC_URI = "http://loinc.org";
  public static final String SNOMED_URI = "http://snomed.info/sct";
  public static final String ICD10_URI = "http://hl7.org/fhir/sid/icd-10";
  public static final String ICD10CM_URI = "http://hl7.org/fhir/sid/icd-10-cm";
  public static final String ATC_URI = "http://www.whocc.no/atc";
  public static final String LOCAL_URI = "http://example.org/fhir/CodeSystem/nct07298239";

  public static final CodeSystemRef LOINC = CodeSystemRef.of("LOINC", CodeMatch.EXACT, LOINC_URI);
  public static final CodeSystemRef SNOMED =
      CodeSystemRef.of("SNOMED", CodeMatch.EXACT, SNOMED_URI);
  public static final CodeSystemRef ICD10 =
      CodeSystemRef.of("ICD10", CodeMatch.PREFIX_IGNORING_DOTS, ICD10_URI, ICD10CM_URI);
  public static final CodeSystemRef ATC = CodeSystemRef.of("ATC", CodeMatch.PREFIX, ATC_URI);
  public static final CodeSystemRef LOCAL = CodeSystemRef.of("local", CodeMatch.EXACT, LOCAL_URI);

  public static final ValueSet PSA_CODES =
      ValueSet.builder().include(LOINC, "2857-1").include(LOINC, "35741-8").build();
  public static final ValueSet INFECTION_CODES =
      ValueSet.builder()
          .includeRange(ICD10, "A00", "B89")
          .include(ICD10, "B99")
          .exclude(ICD10, "B18")
          .includeRange(ICD10, "J00", "J22")
          .include(ICD10, "N39.0")
          .include(ICD10, "L03")
          .build();
  public static final ValueSet PROSTATE_CANCER_CODES =
      ValueSet.builder().include(ICD10, "C61").include(SNOMED, "399068003").build();
  public static final ValueSet ANTI_INFECTIVE_CODES =
      ValueSet.builder()
          .include(ATC, "J01")
          .include(ATC, "J02")
          .include(ATC, "J04")
          .include(ATC, "J05")
          .include(ATC, "P01AB01")
          .build();

  public static final RecordConcept INFECTION =
      RecordConcept.of("infection", "infection", INFECTION_CODES);
  public static final RecordConcept PROSTATE_CANCER =
      RecordConcept.of("prostateCancer", "prostate cancer", PROSTATE_CANCER_CODES);
  public static final RecordConcept ANTI_INFECTIVE =
      RecordConcept.of("antiInfective", "anti-infective", ANTI_INFECTIVE_CODES);

  private Fixtures() {}

  public static Coding loinc(String code) {
    return Coding.of(LOINC_URI, code);
  }

  public static Coding icd10(String code) {
    return Coding.of(ICD10_URI, code);
  }

  public static Coding snomed(String code) {
    return Coding.of(SNOMED_URI, code);
  }

  public static Coding atc(String code) {
    return Coding.of(ATC_URI, code);
  }

  public static Observation quantity(
      String id, String code, String date, String value, String unit, ObservationStatus status) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(loinc(code)),
        status,
        RecordDate.parse(date),
        null,
        ObservationValue.QuantityValue.of(value, unit),
        List.of());
  }

  public static Observation quantity(
      String id, String code, String date, String value, String unit) {
    return quantity(id, code, date, value, unit, ObservationStatus.FINAL);
  }

  /** The observation as issued at the instant. */
  public static Observation issued(Observation o, String instant) {
    return new Observation(
        o.ref(),
        o.codes(),
        o.status(),
        o.effective(),
        Instant.parse(instant),
        o.value(),
        o.referenceRanges());
  }

  public static Observation withRange(Observation o, ReferenceRange... ranges) {
    return new Observation(
        o.ref(), o.codes(), o.status(), o.effective(), o.issued(), o.value(), List.of(ranges));
  }

  public static Condition condition(
      String id,
      Coding code,
      String onset,
      ClinicalStatus clinical,
      VerificationStatus verification) {
    return new Condition(
        RecordRef.of("Condition", id),
        List.of(code),
        clinical,
        verification,
        onset == null ? null : RecordDate.parse(onset),
        null);
  }

  public static Condition condition(String id, Coding code, String onset) {
    return condition(id, code, onset, ClinicalStatus.ACTIVE, VerificationStatus.CONFIRMED);
  }

  public static MedicationUse medication(
      String id,
      Coding code,
      MedicationStatus status,
      String start,
      String end,
      List<Coding> routes) {
    RecordPeriod period =
        new RecordPeriod(RecordDate.parse(start), end == null ? null : RecordDate.parse(end));
    return new MedicationUse(
        RecordRef.of("MedicationStatement", id),
        List.of(code),
        status,
        period,
        routes,
        List.of(),
        List.of());
  }

  public static PatientRecord.Builder patient() {
    return PatientRecord.builder("p1");
  }

  public static Evaluation evaluate(PatientRecord patient) {
    return new Evaluation(PROTOCOL, patient, S);
  }
}
