package dev.eligo.examples.nephropathy;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchSubject;

/** Procedures, allergies and intolerances, and participations in other studies. */
final class OtherRecords {
  static final String CPT = "http://www.ama-assn.org/go/cpt";

  private OtherRecords() {}

  /** An ultrasound-guided percutaneous kidney biopsy: SNOMED CT 438813007 and CPT 50200. */
  static Fact kidneyBiopsy(LocalDate day) {
    return procedure(
        "kidney-biopsy",
        day,
        new Coding(Observations.SNOMED, "438813007", "Biopsy of kidney using ultrasound guidance"),
        new Coding(CPT, "50200", "Renal biopsy; percutaneous, by trocar or needle"));
  }

  /** A completed procedure with these codings. */
  static Fact procedure(String slot, LocalDate day, Coding... codes) {
    Procedure p = new Procedure();
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    CodeableConcept code = new CodeableConcept();
    for (Coding coding : codes) {
      code.addCoding(coding.copy());
    }
    p.setCode(code);
    p.setPerformed(new DateTimeType(day.toString()));
    return Fact.of(slot, p);
  }

  /** A confirmed intolerance of a drug, coded with ATC. */
  static Fact intolerance(String slot, String atc, String display, String reaction) {
    AllergyIntolerance a = new AllergyIntolerance();
    a.setClinicalStatus(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "active",
                    null)));
    a.setVerificationStatus(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                    "confirmed",
                    null)));
    a.setType(AllergyIntolerance.AllergyIntoleranceType.INTOLERANCE);
    a.addCategory(AllergyIntolerance.AllergyIntoleranceCategory.MEDICATION);
    a.setCode(
        new CodeableConcept()
            .addCoding(new Coding(Medications.ATC, atc, display))
            .setText(display));
    a.setRecordedDateElement(new DateTimeType("2025-12-02"));
    a.addReaction().addManifestation(new CodeableConcept().setText(reaction));
    return Fact.of(slot, a);
  }

  /** The ResearchStudy another study's participation refers to. */
  static Fact study(String nct) {
    ResearchStudy study = new ResearchStudy();
    study.setId("study-" + nct.toLowerCase(java.util.Locale.ROOT));
    study.setStatus(ResearchStudy.ResearchStudyStatus.ACTIVE);
    study.addIdentifier().setSystem("https://clinicaltrials.gov").setValue(nct);
    return Fact.of("study-" + nct, study);
  }

  /** On study in {@code nct} from {@code start} to {@code end} (ongoing when null). */
  static Fact participation(String nct, String status, LocalDate start, LocalDate end) {
    ResearchSubject s = new ResearchSubject();
    s.setStatus(ResearchSubject.ResearchSubjectStatus.fromCode(status));
    s.setStudy(new Reference("ResearchStudy/study-" + nct.toLowerCase(java.util.Locale.ROOT)));
    Period period = new Period().setStartElement(new DateTimeType(start.toString()));
    if (end != null) {
      period.setEndElement(new DateTimeType(end.toString()));
    }
    s.setPeriod(period);
    return Fact.of("participation-" + nct, s);
  }
}
