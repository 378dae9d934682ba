package dev.eligo.examples.nephropathy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Laboratory results, vital signs and findings as a hospital's FHIR export sends them: LOINC codes
 * with their display, UCUM units, a category, and the time of day the sample was taken.
 */
final class Observations {
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String LOCAL = "http://example.org/fhir/CodeSystem/nct00977977";
  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

  static final Coding POSITIVE = new Coding(SNOMED, "10828004", "Positive");
  static final Coding NEGATIVE = new Coding(SNOMED, "260385009", "Negative");
  static final Coding REACTIVE = new Coding(SNOMED, "11214006", "Reactive");
  static final Coding NON_REACTIVE = new Coding(SNOMED, "131194007", "Non-Reactive");
  static final Coding INDETERMINATE = new Coding(SNOMED, "82334004", "Indeterminate");
  static final Coding MEMBRANOUS = new Coding(SNOMED, "77182004", "Membranous glomerulonephritis");
  static final Coding MINIMAL_CHANGE = new Coding(SNOMED, "44785005", "Minimal change disease");
  static final Coding NYHA_II =
      new Coding(SNOMED, "421704003", "New York Heart Association Classification - Class II");
  static final Coding NYHA_IV =
      new Coding(SNOMED, "422293003", "New York Heart Association Classification - Class IV");

  private Observations() {}

  /** A 24-hour urine protein excretion, LOINC 2889-4, collected up to the morning of that day. */
  static Fact urineProtein(LocalDate day, String value, String unit) {
    return quantity(
        "urine-protein", "2889-4", "Protein [Mass/time] in 24 hour Urine", day, value, unit);
  }

  /** The creatinine excretion of the same 24-hour collection, LOINC 2162-6. */
  static Fact urineCreatinine(LocalDate day, String value, String unit) {
    return quantity(
        "urine-creatinine", "2162-6", "Creatinine [Mass/time] in 24 hour Urine", day, value, unit);
  }

  /** Body weight, LOINC 29463-7, measured in clinic. */
  static Fact weight(LocalDate day, String kilograms) {
    return quantity("weight", "29463-7", "Body weight", day, kilograms, "kg")
        .edit(Observation.class, o -> category(o, "vital-signs", "Vital Signs"));
  }

  /** eGFR by the CKD-EPI 2021 equation, LOINC 98979-8. */
  static Fact egfr(LocalDate day, String value) {
    return quantity(
        "egfr",
        "98979-8",
        "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
        day,
        value,
        "mL/min/{1.73_m2}");
  }

  /** Anti-PLA2R antibody by ELISA, LOINC 73737-9, in RU/mL. */
  static Fact pla2r(LocalDate day, String value) {
    return quantity(
        "pla2r",
        "73737-9",
        "Phospholipase A2 receptor Ab [Units/volume] in Serum by Immunoassay",
        day,
        value,
        "{RU}/mL");
  }

  /** The light microscopy finding of a kidney biopsy taken that day. */
  static Fact lightMicroscopy(LocalDate day, Coding finding) {
    return coded(
        "biopsy-lm",
        LOCAL,
        "kidney-biopsy-light-microscopy",
        "Kidney biopsy, light microscopy",
        day,
        finding);
  }

  /** The electron microscopy finding of a kidney biopsy taken that day. */
  static Fact electronMicroscopy(LocalDate day, Coding finding) {
    return coded(
        "biopsy-em",
        LOCAL,
        "kidney-biopsy-electron-microscopy",
        "Kidney biopsy, electron microscopy",
        day,
        finding);
  }

  /** A blood pressure reading: the panel 85354-9 with its systolic and diastolic components. */
  static Fact bloodPressure(String dateTime, int systolic, int diastolic) {
    Observation panel = base(LOINC, "85354-9", "Blood pressure panel with all children optional");
    category(panel, "vital-signs", "Vital Signs");
    panel.setEffective(new DateTimeType(dateTime));
    panel
        .addComponent()
        .setCode(concept(LOINC, "8480-6", "Systolic blood pressure"))
        .setValue(quantity(String.valueOf(systolic), "mm[Hg]"));
    panel
        .addComponent()
        .setCode(concept(LOINC, "8462-4", "Diastolic blood pressure"))
        .setValue(quantity(String.valueOf(diastolic), "mm[Hg]"));
    return Fact.of("blood-pressure", panel);
  }

  /**
   * A blood pressure reading as some systems send it: a systolic (8480-6) and a diastolic (8462-4)
   * Observation of the same time, both in the slot of the panels.
   */
  static Fact[] bloodPressureAsTwo(String dateTime, int systolic, int diastolic) {
    return new Fact[] {
      vitalSign("8480-6", "Systolic blood pressure", dateTime, systolic),
      vitalSign("8462-4", "Diastolic blood pressure", dateTime, diastolic)
    };
  }

  private static Fact vitalSign(String loinc, String display, String dateTime, int mmHg) {
    Observation o = base(LOINC, loinc, display);
    category(o, "vital-signs", "Vital Signs");
    o.setEffective(new DateTimeType(dateTime));
    o.setValue(quantity(String.valueOf(mmHg), "mm[Hg]"));
    return Fact.of("blood-pressure", o);
  }

  /** HIV-1/2 antigen and antibody screen, LOINC 56888-1. */
  static Fact hivSerology(LocalDate day, Coding result) {
    return coded(
        "hiv",
        LOINC,
        "56888-1",
        "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay",
        day,
        result);
  }

  /** Hepatitis C antibody, LOINC 13955-0. */
  static Fact hcvAntibody(LocalDate day, Coding result) {
    return coded(
        "hcv",
        LOINC,
        "13955-0",
        "Hepatitis C virus Ab [Presence] in Serum or Plasma by Immunoassay",
        day,
        result);
  }

  /** Absolute neutrophil count, LOINC 751-8. */
  static Fact neutrophils(LocalDate day, String value, String unit) {
    return quantity(
        "neutrophils",
        "751-8",
        "Neutrophils [#/volume] in Blood by Automated count",
        day,
        value,
        unit);
  }

  /** Platelet count, LOINC 777-3. */
  static Fact platelets(LocalDate day, String value, String unit) {
    return quantity(
        "platelets", "777-3", "Platelets [#/volume] in Blood by Automated count", day, value, unit);
  }

  /** CD4 T-cell count, LOINC 24467-3. */
  static Fact cd4(LocalDate day, String value, String unit) {
    return quantity(
        "cd4", "24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood", day, value, unit);
  }

  /** Prothrombin time, LOINC 5902-2, with the laboratory's range 9.4–12.5 s. */
  static Fact prothrombinTime(LocalDate day, String seconds) {
    return quantity("pt", "5902-2", "Prothrombin time (PT)", day, seconds, "s")
        .edit(
            Observation.class,
            o -> o.addReferenceRange().setLow(quantity("9.4", "s")).setHigh(quantity("12.5", "s")));
  }

  /** An INR with the laboratory's reference range 0.8 to 1.2. */
  static Fact inr(LocalDate day, String ratio) {
    return quantity(
            "inr",
            "6301-6",
            "INR in Platelet poor plasma by Coagulation assay",
            day,
            ratio,
            "{INR}")
        .edit(
            Observation.class,
            o ->
                o.addReferenceRange()
                    .setLow(quantity("0.8", "{INR}"))
                    .setHigh(quantity("1.2", "{INR}")));
  }

  /** HbA1c, LOINC 4548-4, in %. */
  static Fact hba1c(LocalDate day, String percent) {
    return quantity(
        "hba1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", day, percent, "%");
  }

  /** A urine pregnancy test, LOINC 2106-3. */
  static Fact pregnancyTest(LocalDate day, Coding result) {
    return coded(
        "pregnancy-test",
        LOINC,
        "2106-3",
        "Choriogonadotropin (pregnancy test) [Presence] in Urine",
        day,
        result);
  }

  /** The NYHA functional class, LOINC 88020-3, assessed in clinic. */
  static Fact nyha(LocalDate day, Coding nyhaClass) {
    return coded("nyha", LOINC, "88020-3", "Functional capacity NYHA", day, nyhaClass)
        .edit(Observation.class, o -> category(o, "exam", "Exam"));
  }

  /** A laboratory quantity, sampled at 08:10 local time on that day. */
  static Fact quantity(
      String slot, String loinc, String display, LocalDate day, String value, String unit) {
    Observation o = base(LOINC, loinc, display);
    o.setEffective(new DateTimeType(morning(day)));
    o.setIssuedElement(new InstantType(day + "T15:42:00-04:00"));
    o.setValue(quantity(value, unit));
    return Fact.of(slot, o);
  }

  private static Fact coded(
      String slot, String system, String code, String display, LocalDate day, Coding result) {
    Observation o = base(system, code, display);
    o.setEffective(new DateTimeType(morning(day)));
    o.setIssuedElement(new InstantType(day.plusDays(1) + "T11:05:00-04:00"));
    o.setValue(new CodeableConcept().addCoding(result.copy()));
    return Fact.of(slot, o);
  }

  private static Observation base(String system, String code, String display) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    category(o, "laboratory", "Laboratory");
    o.setCode(concept(system, code, display));
    return o;
  }

  static String morning(LocalDate day) {
    return day + "T08:10:00-04:00";
  }

  static Quantity quantity(String value, String unit) {
    return new Quantity()
        .setValue(new BigDecimal(value))
        .setUnit(unit)
        .setSystem(UCUM)
        .setCode(unit);
  }

  static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept().addCoding(new Coding(system, code, display));
  }

  private static void category(Observation o, String code, String display) {
    o.getCategory().clear();
    o.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, code, display)));
  }
}
