package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.Fhir.LOCAL;
import static dev.eligo.examples.her2low.Fhir.LOINC;
import static dev.eligo.examples.her2low.Fhir.SNOMED;
import static dev.eligo.examples.her2low.Fhir.active;
import static dev.eligo.examples.her2low.Fhir.atc;
import static dev.eligo.examples.her2low.Fhir.coded;
import static dev.eligo.examples.her2low.Fhir.coding;
import static dev.eligo.examples.her2low.Fhir.dosage;
import static dev.eligo.examples.her2low.Fhir.integer;
import static dev.eligo.examples.her2low.Fhir.lab;
import static dev.eligo.examples.her2low.Fhir.observation;
import static dev.eligo.examples.her2low.Fhir.procedure;
import static dev.eligo.examples.her2low.Fhir.quantity;
import static dev.eligo.examples.her2low.Fhir.statement;
import static dev.eligo.examples.her2low.Json.arr;
import static dev.eligo.examples.her2low.Json.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The facts the screening cases change, coded as the data dictionary says. Dates are those of the
 * sample patients: S = 2026-03-16, enrollment 2026-03-18, first dose 2026-03-20; blood tests drawn
 * on {@link #LAB_DAY}.
 */
final class Facts {
  static final String LAB_DAY = "2026-03-12";

  /** The day the baseline's metastatic biopsy was read (HER2, ER and PR of the second sample). */
  static final String BIOPSY_2023 = "2023-05-02";

  static final String BIOPSY_2019 = "2019-04-08";

  private Facts() {}

  // ---- pathology -----------------------------------------------------------------------------

  /** HER2 IHC score {@code 0}, {@code 1plus}, {@code 2plus} or {@code 3plus}. */
  static ObjectNode her2Ihc(String day, String score) {
    return coded(LOINC, "85319-2", day, coding(LOCAL, "her2-ihc-" + score));
  }

  static ObjectNode her2Ish(String day, String snomedResult) {
    return coded(LOINC, "85318-4", day, coding(SNOMED, snomedResult));
  }

  static final String AMPLIFIED = "10828004";
  static final String NOT_AMPLIFIED = "260385009";
  static final String EQUIVOCAL = "42425007";

  static ObjectNode estrogenReceptor(String day, String percent) {
    return observation(
        "laboratory", coding(LOINC, "85337-4"), day, "valueQuantity", quantity(percent, "%"), null);
  }

  static ObjectNode progesteroneReceptor(String day, String percent) {
    return observation(
        "laboratory", coding(LOINC, "85339-0"), day, "valueQuantity", quantity(percent, "%"), null);
  }

  // ---- scores, labs, imaging ------------------------------------------------------------------

  static ObjectNode ecog(String day, int score) {
    return integer(LOINC, "89247-1", day, score);
  }

  static ObjectNode measurableLesions(String day, int count) {
    return integer(LOCAL, "recist-measurable-lesions", day, count);
  }

  static ObjectNode hemoglobin(String value, String unit) {
    return lab("718-7", LAB_DAY, value, unit, unit.equals("g/L") ? "155" : "15.5");
  }

  static ObjectNode neutrophils(String value) {
    return lab("751-8", LAB_DAY, value, "10*3/uL", "7.7");
  }

  static ObjectNode platelets(String value) {
    return lab("777-3", LAB_DAY, value, "10*3/uL", "400");
  }

  /** Total bilirubin in mg/dL, normal up to 1.2 ({@code null}: reported without a range). */
  static ObjectNode bilirubin(String value, String high) {
    return lab("1975-2", LAB_DAY, value, "mg/dL", high);
  }

  /** Direct bilirubin in mg/dL, normal from 0.0 to 0.3. */
  static ObjectNode directBilirubin(String value) {
    return lab(
        "1968-7",
        LAB_DAY,
        quantity(value, "mg/dL"),
        quantity("0.0", "mg/dL"),
        quantity("0.3", "mg/dL"));
  }

  /** AST in U/L, normal up to 40. */
  static ObjectNode ast(String value) {
    return lab("1920-8", LAB_DAY, value, "U/L", "40");
  }

  /** ALT in U/L, normal up to 35 ({@code null}: reported without a range). */
  static ObjectNode alt(String value, String high) {
    return lab("1742-6", LAB_DAY, value, "U/L", high);
  }

  /** Serum creatinine in mg/dL, normal up to 1.1. */
  static ObjectNode creatinine(String value) {
    return lab("2160-0", LAB_DAY, value, "mg/dL", "1.1");
  }

  static ObjectNode weight(String day, String kg) {
    return observation(
        "vital-signs", coding(LOINC, "29463-7"), day, "valueQuantity", quantity(kg, "kg"), null);
  }

  /** LVEF by echo on 2026-03-05, with the institution's lower limit ({@code null}: no range). */
  static ObjectNode lvef(String percent, String lowerLimit) {
    return observation(
        "imaging",
        coding(LOINC, "8806-2"),
        "2026-03-05",
        "valueQuantity",
        quantity(percent, "%"),
        lowerLimit == null
            ? null
            : arr(obj("low", quantity(lowerLimit, "%"), "high", quantity("74", "%"))));
  }

  static ObjectNode qtcf(String day, String ms) {
    return observation(
        "procedure", coding(LOINC, "76634-5"), day, "valueQuantity", quantity(ms, "ms"), null);
  }

  // ---- viral infections ---------------------------------------------------------------------

  static ObjectNode hivLoad(String day, ObjectNode value) {
    return observation("laboratory", coding(LOINC, "20447-9"), day, "valueQuantity", value, null);
  }

  static ObjectNode hbvDna(String day, ObjectNode value) {
    return observation("laboratory", coding(LOINC, "42595-9"), day, "valueQuantity", value, null);
  }

  static ObjectNode hcvRna(String day, ObjectNode value) {
    return observation("laboratory", coding(LOINC, "11011-4"), day, "valueQuantity", value, null);
  }

  /** A viral load reported below the assay's lower limit: {@code <limit unit}. */
  static ObjectNode below(String limit, String unit) {
    return quantity("<", limit, unit);
  }

  static ObjectNode antiretrovirals() {
    return statement(atc("J05AR20"), "2018-06-01", null, dosage("1", "{tbl}", 1));
  }

  static ObjectNode entecavir() {
    return statement(atc("J05AF10"), "2011-04-15", null, dosage("0.5", "mg", 1));
  }

  static ObjectNode sofosbuvirVelpatasvir() {
    return statement(atc("J05AP55"), "2020-10-01", "2020-12-23", dosage("1", "{tbl}", 1));
  }

  // ---- radiotherapy, brain metastases --------------------------------------------------------

  static final ObjectNode BRAIN = coding(SNOMED, "12738006");
  static final ObjectNode LUMBAR_SPINE = coding(SNOMED, "122496007");
  static final ObjectNode CHEST_WALL = coding(SNOMED, "78904004");
  static final ObjectNode RADIOTHERAPY = coding(SNOMED, "1217123003");

  static ObjectNode srs(String first, String last) {
    return procedure(coding(LOCAL, "rt-srs"), first, last, BRAIN);
  }

  static ObjectNode wbrt(String first, String last) {
    return procedure(coding(LOCAL, "rt-wbrt"), first, last, BRAIN);
  }

  static ObjectNode radiotherapy(String first, String last, ObjectNode bodySite) {
    return procedure(RADIOTHERAPY, first, last, bodySite);
  }

  static ObjectNode brainMetastasis(String onset) {
    return active("C79.31", onset);
  }

  /**
   * A systemic corticosteroid (ATC H02AB..) going on since 2025-12-01, {@code dose} {@code times} a
   * day.
   */
  static ObjectNode steroid(String atc, String dose, int timesPerDay) {
    return statement(atc(atc), "2025-12-01", null, dosage(dose, "mg", timesPerDay));
  }
}
