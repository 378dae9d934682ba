package dev.eligo.benchmarks;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Attestation;
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
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The benchmark's patient: a 68-year-old man with mCRPC on abiraterone, built with the runtime API;
 * every criterion is decided and the verdict is ELIGIBLE. {@link #BUNDLE_RESOURCE} is the same
 * patient as a FHIR R4 Bundle; {@link SamePatient} checks that both screen alike.
 */
public final class McrpcPatient {
  /** The screening date the benchmarks use. */
  public static final LocalDate SCREENING_DATE = LocalDate.of(2026, 11, 24);

  /** The classpath resource holding the same patient as Bundle JSON. */
  public static final String BUNDLE_RESOURCE = "/dev/eligo/benchmarks/mcrpc-patient.json";

  static final String ID = "mcrpc-bench-1";
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String ATC = "http://www.whocc.no/atc";
  static final String LOCAL = "http://example.org/fhir/CodeSystem/nct07298239";

  /** Two lab draws inside the 28-day window; the later one decides. */
  private static final String[] LAB_DAYS = {
    "2026-10-30T07:40:00-05:00", "2026-11-21T07:45:00-05:00"
  };

  private McrpcPatient() {}

  /** Builds the record: 6 PSA values, two lab panels with ranges, 4 conditions, 5 medications. */
  public static PatientRecord record() {
    return record(0);
  }

  /**
   * The same record with {@code history} unrelated routine observations added (see {@link
   * VitalsHistory}).
   */
  public static PatientRecord record(int history) {
    PatientRecord.Builder record =
        PatientRecord.builder(ID).birthDate(LocalDate.of(1958, 3, 14)).sex(Sex.MALE);
    addConditions(record);
    addPsaSeries(record);
    addLabs(record);
    addAssessments(record);
    addMedications(record);
    record.add(
        new Allergy(
            RecordRef.of("AllergyIntolerance", "allergy-penicillin"),
            List.of(new Coding(ATC, "J01CE", "Beta-lactamase sensitive penicillins")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            "allergy",
            RecordDate.parse("2019-04-02")));
    addAttestations(record);
    VitalsHistory.add(record, history, SCREENING_DATE);
    return record.build();
  }

  private static void addConditions(PatientRecord.Builder record) {
    condition(
        record,
        "dx-prostate",
        "2021-06-15",
        icd10("C61", "Malignant neoplasm of prostate"),
        new Coding(SNOMED, "399068003", "Malignant tumor of prostate"));
    condition(
        record,
        "dx-bone-mets",
        "2024-02-01",
        icd10("C79.51", "Secondary malignant neoplasm of bone"));
    condition(
        record, "dx-hypertension", "2014-09-03", icd10("I10", "Essential (primary) hypertension"));
    condition(
        record,
        "dx-diabetes",
        "2017-01-20",
        icd10("E11.9", "Type 2 diabetes mellitus without complications"));
  }

  private static void addPsaSeries(PatientRecord.Builder record) {
    String[][] series = {
      {"2026-01-13", "1.4"}, {"2026-03-10", "0.9"}, {"2026-05-12", "0.6"},
      {"2026-07-14", "1.1"}, {"2026-08-18", "1.5"}, {"2026-09-22", "2.3"}
    };
    for (int i = 0; i < series.length; i++) {
      record.add(
          quantity(
              "psa-" + (i + 1),
              "2857-1",
              series[i][1],
              "ng/mL",
              series[i][0] + "T08:10:00-05:00",
              range(null, "4.0", "ng/mL")));
    }
    record.add(
        quantity(
            "testosterone-1",
            "2986-8",
            "18",
            "ng/dL",
            "2026-11-04T08:05:00-05:00",
            range("264", "916", "ng/dL")));
  }

  private static void addLabs(PatientRecord.Builder record) {
    for (int draw = 0; draw < LAB_DAYS.length; draw++) {
      String n = "-" + (draw + 1);
      String at = LAB_DAYS[draw];
      record.add(
          quantity(
              "anc" + n,
              "751-8",
              draw == 0 ? "3.0" : "3.2",
              "10*9/L",
              at,
              range("1.8", "7.7", "10*9/L")));
      record.add(
          quantity(
              "plt" + n,
              "777-3",
              draw == 0 ? "204" : "210",
              "10*9/L",
              at,
              range("150", "400", "10*9/L")));
      record.add(
          quantity(
              "hgb" + n,
              "718-7",
              draw == 0 ? "12.8" : "13.1",
              "g/dL",
              at,
              range("13.0", "17.0", "g/dL")));
      record.add(
          quantity(
              "alt" + n, "1742-6", draw == 0 ? "24" : "22", "U/L", at, range(null, "40", "U/L")));
      record.add(
          quantity(
              "ast" + n, "1920-8", draw == 0 ? "27" : "25", "U/L", at, range(null, "40", "U/L")));
      record.add(
          quantity(
              "creat" + n,
              "2160-0",
              draw == 0 ? "0.92" : "0.90",
              "mg/dL",
              at,
              range("0.70", "1.20", "mg/dL")));
      record.add(
          quantity(
              "pt" + n,
              "5902-2",
              draw == 0 ? "12.3" : "12.1",
              "s",
              at,
              range("11.0", "13.5", "s")));
      record.add(
          quantity("aptt" + n, "3173-2", draw == 0 ? "30" : "31", "s", at, range("25", "40", "s")));
      record.add(
          quantity(
              "inr" + n,
              "6301-6",
              draw == 0 ? "1.04" : "1.05",
              "{INR}",
              at,
              range("0.8", "1.2", "{INR}")));
    }
  }

  private static void addAssessments(PatientRecord.Builder record) {
    record.add(
        observation(
            "ecog-1",
            new Coding(LOINC, "89247-1", "ECOG Performance Status score"),
            new ObservationValue.IntegerValue(1),
            "2026-11-19T10:20:00-05:00",
            List.of()));
    record.add(
        observation(
            "psma-ihc",
            new Coding(LOCAL, "psma-expression", "PSMA expression"),
            new ObservationValue.CodedValue(
                List.of(new Coding(SNOMED, "10828004", "Positive")), null),
            "2026-09-30",
            List.of()));
    record.add(
        observation(
            "bone-scan-1",
            new Coding(LOCAL, "bone-scan-new-lesions", "New lesions on bone scan"),
            new ObservationValue.IntegerValue(2),
            "2026-10-15T09:00:00-05:00",
            List.of()));
  }

  private static void addMedications(PatientRecord.Builder record) {
    Coding oral = new Coding(SNOMED, "26643006", "Oral route");
    Coding subcutaneous = new Coding(SNOMED, "34206005", "Subcutaneous route");
    medication(record, "ms-leuprorelin", "L02AE02", "leuprorelin", "2021-07-01", subcutaneous);
    medication(record, "ms-abiraterone", "L02BX03", "abiraterone", "2025-06-01", oral);
    medication(record, "ms-prednisone", "H02AB07", "prednisone", "2025-06-01", oral);
    medication(record, "ms-metformin", "A10BA02", "metformin", "2017-02-01", oral);
    medication(record, "ms-amlodipine", "C08CA01", "amlodipine", "2014-09-10", oral);
  }

  private static void addAttestations(PatientRecord.Builder record) {
    RecordDate authored = RecordDate.parse("2026-11-22T16:30:00-05:00");
    String[][] answers = {
      {"expected-survival-6-months", "true"}, {"informed-consent", "true"},
      {"able-to-use-contraception", "true"}, {"investigator-deems-unsuitable", "false"}
    };
    for (String[] answer : answers) {
      record.add(
          new Attestation(
              RecordRef.of("QuestionnaireResponse", "qr-screening"),
              answer[0],
              Boolean.valueOf(answer[1]),
              authored,
              "completed"));
    }
  }

  private static Coding icd10(String code, String display) {
    return new Coding(ICD10, code, display);
  }

  private static void condition(
      PatientRecord.Builder record, String id, String onset, Coding... codes) {
    record.add(
        new Condition(
            RecordRef.of("Condition", id),
            List.of(codes),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            RecordDate.parse(onset),
            null));
  }

  private static void medication(
      PatientRecord.Builder record,
      String id,
      String atc,
      String name,
      String since,
      Coding route) {
    record.add(
        new MedicationUse(
            RecordRef.of("MedicationStatement", id),
            List.of(new Coding(ATC, atc, name)),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.parse(since)),
            List.of(route),
            List.of(),
            List.of()));
  }

  private static Observation quantity(
      String id, String loinc, String value, String unit, String at, ReferenceRange range) {
    return observation(
        id,
        new Coding(LOINC, loinc, null),
        new ObservationValue.QuantityValue(new BigDecimal(value), unit, null),
        at,
        List.of(range));
  }

  private static Observation observation(
      String id, Coding code, ObservationValue value, String at, List<ReferenceRange> ranges) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(code),
        ObservationStatus.FINAL,
        RecordDate.parse(at),
        null,
        value,
        ranges);
  }

  private static ReferenceRange range(String low, String high, String unit) {
    return new ReferenceRange(
        low == null ? null : new BigDecimal(low),
        low == null ? null : unit,
        new BigDecimal(high),
        unit,
        null);
  }
}
