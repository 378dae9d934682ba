package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.Json.arr;
import static dev.eligo.examples.her2low.Json.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FHIR R4 resources as the sample patients' hospital writes them (see patients/README.md), for the
 * changes a screening case makes to the baseline patient.
 */
final class Fhir {
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String ATC = "http://www.whocc.no/atc";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String LOCAL = "http://example.org/fhir/CodeSystem/nct06224673";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String PATIENT = "Patient/her2low-01";

  private static final AtomicInteger IDS = new AtomicInteger();

  private Fhir() {}

  static ObjectNode coding(String system, String code) {
    return obj("system", system, "code", code);
  }

  static ObjectNode cc(ObjectNode... codings) {
    return obj("coding", arr((Object[]) codings));
  }

  static ObjectNode quantity(String value, String unit) {
    return obj("value", new BigDecimal(value), "unit", unit, "system", UCUM, "code", unit);
  }

  /** A quantity written below, at most, at least or above a limit: {@code <20 {copies}/mL}. */
  static ObjectNode quantity(String comparator, String value, String unit) {
    return obj(
        "value",
        new BigDecimal(value),
        "comparator",
        comparator,
        "unit",
        unit,
        "system",
        UCUM,
        "code",
        unit);
  }

  private static String id(String prefix) {
    return prefix + "-t" + IDS.incrementAndGet();
  }

  // ---- observations -------------------------------------------------------------------------

  /** A final laboratory result with a normal range up to {@code high} (none when {@code null}). */
  static ObjectNode lab(
      String loinc, String day, ObjectNode value, ObjectNode low, ObjectNode high) {
    ObjectNode range = low == null && high == null ? null : obj("low", low, "high", high);
    return observation(
        "laboratory",
        coding(LOINC, loinc),
        day,
        "valueQuantity",
        value,
        range == null ? null : arr(range));
  }

  static ObjectNode lab(String loinc, String day, String value, String unit, String high) {
    return lab(loinc, day, quantity(value, unit), null, high == null ? null : quantity(high, unit));
  }

  static ObjectNode coded(String system, String code, String day, ObjectNode valueCoding) {
    return observation(
        "laboratory", coding(system, code), day, "valueCodeableConcept", cc(valueCoding), null);
  }

  static ObjectNode integer(String system, String code, String day, int value) {
    return observation("survey", coding(system, code), day, "valueInteger", value, null);
  }

  static ObjectNode observation(
      String category, ObjectNode code, String day, String valueKey, Object value, Object ranges) {
    return obj(
        "resourceType",
        "Observation",
        "id",
        id("obs"),
        "status",
        "final",
        "category",
        arr(cc(coding("http://terminology.hl7.org/CodeSystem/observation-category", category))),
        "code",
        cc(code),
        "subject",
        obj("reference", PATIENT),
        "effectiveDateTime",
        day,
        valueKey,
        value,
        "referenceRange",
        ranges);
  }

  // ---- conditions, procedures, specimens, reports, allergies -------------------------------

  /**
   * A problem-list diagnosis in ICD-10-CM; {@code status} {@code null} leaves the clinical status
   * out.
   */
  static ObjectNode condition(
      String icd10, String onset, String status, String abatement, String verification) {
    return condition(coding(ICD10_CM, icd10), onset, status, abatement, verification);
  }

  static ObjectNode condition(
      ObjectNode code, String onset, String status, String abatement, String verification) {
    return obj(
        "resourceType", "Condition",
        "id", id("cond"),
        "clinicalStatus",
            status == null
                ? null
                : cc(coding("http://terminology.hl7.org/CodeSystem/condition-clinical", status)),
        "verificationStatus",
            cc(coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification)),
        "category",
            arr(
                cc(
                    coding(
                        "http://terminology.hl7.org/CodeSystem/condition-category",
                        "problem-list-item"))),
        "code", cc(code),
        "subject", obj("reference", PATIENT),
        "onsetDateTime", onset,
        "abatementDateTime", abatement);
  }

  static ObjectNode active(String icd10, String onset) {
    return condition(icd10, onset, "active", null, "confirmed");
  }

  static ObjectNode resolved(String icd10, String onset, String abatement) {
    return condition(icd10, onset, "resolved", abatement, "confirmed");
  }

  /** A procedure over the days {@code start} to {@code end}, at a body site when one is given. */
  static ObjectNode procedure(ObjectNode code, String start, String end, ObjectNode bodySite) {
    return obj(
        "resourceType", "Procedure",
        "id", id("proc"),
        "status", "completed",
        "code", cc(code),
        "subject", obj("reference", PATIENT),
        "performedPeriod", obj("start", start, "end", end),
        "bodySite", bodySite == null ? null : arr(cc(bodySite)));
  }

  static ObjectNode specimen(String collected, String status) {
    return obj(
        "resourceType", "Specimen",
        "id", id("spec"),
        "status", status,
        "type", cc(coding(SNOMED, "119376003")),
        "subject", obj("reference", PATIENT),
        "collection", obj("collectedDateTime", collected));
  }

  /**
   * A brain MRI report concluded with a local code ({@code cns-stable}, {@code cns-progressing}).
   */
  static ObjectNode brainMri(String day, String conclusion) {
    return obj(
        "resourceType", "DiagnosticReport",
        "id", id("dr"),
        "status", "final",
        "code", cc(coding(LOINC, "24590-2")),
        "subject", obj("reference", PATIENT),
        "effectiveDateTime", day,
        "conclusionCode", arr(cc(coding(LOCAL, conclusion))));
  }

  static ObjectNode allergy(ObjectNode substance) {
    return obj(
        "resourceType", "AllergyIntolerance",
        "id", id("alg"),
        "clinicalStatus",
            cc(
                coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
        "verificationStatus",
            cc(
                coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                    "confirmed")),
        "type", "allergy",
        "code", cc(substance),
        "patient", obj("reference", PATIENT),
        "recordedDate", "2025-06-01");
  }

  // ---- medications ------------------------------------------------------------------------

  /** A drug taken from {@code start} to {@code end} (going on when {@code end} is {@code null}). */
  static ObjectNode statement(ObjectNode drug, String start, String end) {
    return statement(drug, start, end, null);
  }

  /** The same, with a dosage: {@code dose} each time, {@code timesPerDay} a day. */
  static ObjectNode statement(ObjectNode drug, String start, String end, ObjectNode dosage) {
    return obj(
        "resourceType", "MedicationStatement",
        "id", id("mstm"),
        "status", end == null ? "active" : "completed",
        "medicationCodeableConcept", cc(drug),
        "subject", obj("reference", PATIENT),
        "effectivePeriod", obj("start", start, "end", end),
        "dosage", dosage == null ? null : arr(dosage));
  }

  static ObjectNode dosage(String dose, String unit, int timesPerDay) {
    return obj(
        "timing", obj("repeat", obj("frequency", timesPerDay, "period", 1, "periodUnit", "d")),
        "route", cc(coding(SNOMED, "26643006")),
        "doseAndRate", arr(obj("doseQuantity", quantity(dose, unit))));
  }

  /** One infusion on {@code day}. */
  static ObjectNode infusion(ObjectNode drug, String day) {
    return obj(
        "resourceType", "MedicationAdministration",
        "id", id("madm"),
        "status", "completed",
        "medicationCodeableConcept", cc(drug),
        "subject", obj("reference", PATIENT),
        "effectiveDateTime", day,
        "dosage", obj("route", cc(coding(SNOMED, "47625008"))));
  }

  static ObjectNode atc(String code) {
    return coding(ATC, code);
  }

  static ObjectNode local(String code) {
    return coding(LOCAL, code);
  }
}
