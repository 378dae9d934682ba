package dev.eligo.examples.nephropathy;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;

/** Diagnoses as problem-list Conditions, confirmed and active unless changed. */
final class Conditions {
  static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  static final String SNOMED = Observations.SNOMED;
  static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  private Conditions() {}

  /** Membranous nephropathy with nephrotic syndrome: ICD-10-CM N04.2 and SNOMED CT 77182004. */
  static Fact membranousNephropathy(LocalDate onset) {
    return diagnosis(
        "membranous-nephropathy",
        onset,
        new Coding(
            ICD10_CM, "N04.2", "Nephrotic syndrome with diffuse membranous glomerulonephritis"),
        new Coding(SNOMED, "77182004", "Membranous glomerulonephritis"));
  }

  /** The same diagnosis as a European system codes it: WHO ICD-10 N04.2. */
  static Fact membranousNephropathyWho(LocalDate onset) {
    return diagnosis(
        "membranous-nephropathy",
        onset,
        new Coding(ICD10, "N04.2", "Nephrotic syndrome: diffuse membranous glomerulonephritis"));
  }

  /** A confirmed, active diagnosis with these codings. */
  static Fact diagnosis(String slot, LocalDate onset, Coding... codes) {
    Condition c = new Condition();
    c.setClinicalStatus(status(CLINICAL, "active"));
    c.setVerificationStatus(status(VERIFICATION, "confirmed"));
    c.addCategory(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-category",
                    "problem-list-item",
                    "Problem List Item")));
    CodeableConcept code = new CodeableConcept();
    for (Coding coding : codes) {
      code.addCoding(coding.copy());
    }
    c.setCode(code);
    if (onset != null) {
      c.setOnset(new DateTimeType(onset.toString()));
      c.setRecordedDateElement(new DateTimeType(onset.toString()));
    }
    return Fact.of(slot, c);
  }

  /** An ICD-10-CM coding. */
  static Coding icd10cm(String code, String display) {
    return new Coding(ICD10_CM, code, display);
  }

  /** A WHO ICD-10 coding. */
  static Coding icd10(String code, String display) {
    return new Coding(ICD10, code, display);
  }

  static Coding snomed(String code, String display) {
    return new Coding(SNOMED, code, display);
  }

  /** The condition resolved on that day. */
  static Fact resolvedOn(Fact condition, LocalDate day) {
    return condition.edit(
        Condition.class,
        c -> {
          c.setClinicalStatus(status(CLINICAL, "resolved"));
          c.setAbatement(new DateTimeType(day.toString()));
        });
  }

  /** The condition with another clinical status (inactive, remission, ...). */
  static Fact clinicalStatus(Fact condition, String code) {
    return condition.edit(Condition.class, c -> c.setClinicalStatus(status(CLINICAL, code)));
  }

  /** The condition with another verification status (provisional, refuted, ...). */
  static Fact verification(Fact condition, String code) {
    return condition.edit(
        Condition.class, c -> c.setVerificationStatus(status(VERIFICATION, code)));
  }

  private static CodeableConcept status(String system, String code) {
    return new CodeableConcept().addCoding(new Coding(system, code, null));
  }
}
