package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Test patients for NCT07298239, coded as the data dictionary says
 * (examples/mcrpc/data-dictionary.md), all screened on {@link #SCREENING_DATE}. {@link #eligible()}
 * is a man with mCRPC on abiraterone who meets every inclusion and no exclusion; cases change one
 * or two of his facts.
 */
final class Patients {
  /** S, the screening date of every case: a Tuesday. */
  static final LocalDate SCREENING_DATE = LocalDate.of(2026, 11, 24);

  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String ATC = "http://www.whocc.no/atc";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String LOCAL = "http://example.org/fhir/CodeSystem/nct07298239";

  static final String EXPECTED_SURVIVAL = "expected-survival-6-months";
  static final String INFORMED_CONSENT = "informed-consent";
  static final String CONTRACEPTION = "able-to-use-contraception";
  static final String SLOW_PROGRESSING = "malignancy-slow-progressing";
  static final String UNSUITABLE = "investigator-deems-unsuitable";

  static final Coding PSMA_POSITIVE = new Coding(SNOMED, "10828004", "Positive");
  static final Coding PSMA_NEGATIVE = new Coding(SNOMED, "260385009", "Negative");

  /** The day the baseline's blood tests were drawn. */
  static final LocalDate LAB_DAY = daysBefore(3);

  private Patients() {}

  /** A 68-year-old man with mCRPC who meets every inclusion and no exclusion. */
  static PatientFixture eligible() {
    return new PatientFixture(LocalDate.of(1958, 3, 14), Sex.MALE)
        .with(prostateCancer(), boneMetastases())
        .with(testosterone("18", "ng/dL"))
        // Nadir 0.6, then three rises a month or more apart, all >= 0.9, the last 2.3 > 2.
        .with(
            psa("2026-03-10", "0.9"),
            psa("2026-05-12", "0.6"),
            psa("2026-07-14", "1.1"),
            psa("2026-08-18", "1.5"),
            psa("2026-09-22", "2.3"))
        .with(ecog(1), psma(PSMA_POSITIVE))
        .with(anc("3.2", "10*9/L"), platelets("210", "10*9/L"), hemoglobin("13.1", "g/dL"))
        .with(alt("22"), ast("25"), creatinine("0.9", "mg/dL"))
        .with(pt("12.1"), aptt("31"), inr("1.05"))
        .with(
            medication("leuprorelin", "L02AE02", "leuprorelin")
                .noRoute()
                .ongoingFrom(LocalDate.of(2021, 7, 1)),
            medication("abiraterone", "L02BX03", "abiraterone")
                .ongoingFrom(LocalDate.of(2025, 6, 1)),
            // Routine with abiraterone, no stated reason: not a sign of autoimmune disease.
            medication("prednisone", "H02AB07", "prednisone").ongoingFrom(LocalDate.of(2025, 6, 1)))
        .with(
            allergy(
                "allergy-penicillin",
                new Coding(ATC, "J01CE", "beta-lactamase sensitive penicillins"),
                VerificationStatus.CONFIRMED))
        .with(
            attests(EXPECTED_SURVIVAL, true),
            attests(INFORMED_CONSENT, true),
            attests(CONTRACEPTION, true),
            attests(UNSUITABLE, false));
  }

  // ---- dates ------------------------------------------------------------------------------

  static LocalDate daysBefore(int days) {
    return SCREENING_DATE.minusDays(days);
  }

  static LocalDate daysAfter(int days) {
    return SCREENING_DATE.plusDays(days);
  }

  static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  // ---- observations -----------------------------------------------------------------------

  /** Serum testosterone, LOINC 2986-8 in mass units or 14913-8 in molar units, 20 days before S. */
  static ObservationFact testosterone(String value, String unit) {
    String loinc = unit.contains("mol") ? "14913-8" : "2986-8";
    return lab("testosterone", loinc, value, unit).on(daysBefore(20));
  }

  /** PSA, LOINC 2857-1, in ng/mL. */
  static ObservationFact psa(String isoDate, String value) {
    return psa(isoDate, value, "ng/mL");
  }

  /** PSA, LOINC 2857-1, in the unit given. */
  static ObservationFact psa(String isoDate, String value, String unit) {
    return lab("psa", "2857-1", value, unit).on(day(isoDate));
  }

  /** A bone scan's count of new lesions since the previous scan. */
  static ObservationFact boneScan(long newLesions, LocalDate date) {
    return new ObservationFact(
        "bone-scan",
        new Coding(LOCAL, "bone-scan-new-lesions", null),
        new ObservationValue.IntegerValue(newLesions),
        date);
  }

  /** A RECIST 1.1 overall response: {@code CR}, {@code PR}, {@code SD} or {@code PD}. */
  static ObservationFact recist(String response, LocalDate date) {
    return new ObservationFact(
        "recist",
        new Coding(LOCAL, "recist-overall-response", null),
        new ObservationValue.CodedValue(List.of(new Coding(LOCAL, response, null)), null),
        date);
  }

  /** ECOG performance status, LOINC 89247-1, 5 days before S. */
  static ObservationFact ecog(long score) {
    return new ObservationFact(
        "ecog",
        new Coding(LOINC, "89247-1", null),
        new ObservationValue.IntegerValue(score),
        daysBefore(5));
  }

  /** PSMA expression on a biopsy of 2026-09-30. */
  static ObservationFact psma(Coding result) {
    return new ObservationFact(
        "psma",
        new Coding(LOCAL, "psma-expression", null),
        new ObservationValue.CodedValue(List.of(result), null),
        day("2026-09-30"));
  }

  /** Absolute neutrophil count, LOINC 751-8. */
  static ObservationFact anc(String value, String unit) {
    return lab("anc", "751-8", value, unit);
  }

  /** Platelet count, LOINC 777-3. */
  static ObservationFact platelets(String value, String unit) {
    return lab("platelets", "777-3", value, unit);
  }

  /** Hemoglobin, LOINC 718-7. */
  static ObservationFact hemoglobin(String value, String unit) {
    return lab("hemoglobin", "718-7", value, unit);
  }

  /** ALT in U/L, LOINC 1742-6, with a normal range up to 40 U/L. */
  static ObservationFact alt(String value) {
    return lab("alt", "1742-6", value, "U/L").uln("40", "U/L");
  }

  /** AST in U/L, LOINC 1920-8, with a normal range up to 40 U/L. */
  static ObservationFact ast(String value) {
    return lab("ast", "1920-8", value, "U/L").uln("40", "U/L");
  }

  /** Serum creatinine, LOINC 2160-0 (mass) or 14682-9 (molar), normal up to 1.2 mg/dL. */
  static ObservationFact creatinine(String value, String unit) {
    String loinc = unit.contains("mol") ? "14682-9" : "2160-0";
    return lab("creatinine", loinc, value, unit).uln("1.2", "mg/dL");
  }

  /** Prothrombin time, LOINC 5902-2, normal up to 13.5 s. */
  static ObservationFact pt(String seconds) {
    return lab("pt", "5902-2", seconds, "s").uln("13.5", "s");
  }

  /** APTT, LOINC 3173-2, normal up to 40 s. */
  static ObservationFact aptt(String seconds) {
    return lab("aptt", "3173-2", seconds, "s").uln("40", "s");
  }

  /** INR, LOINC 6301-6, normal up to 1.2. */
  static ObservationFact inr(String value) {
    return lab("inr", "6301-6", value, "{INR}").uln("1.2", "{INR}");
  }

  /** HBV DNA, LOINC 29615-2 in copies or 42595-9 in international units. */
  static ObservationFact hbvDna(String value, String unit) {
    String loinc = unit.contains("IU") ? "42595-9" : "29615-2";
    return lab("hbv-dna", loinc, value, unit);
  }

  /** A quantity drawn on the baseline's lab day. */
  private static ObservationFact lab(String slot, String loinc, String value, String unit) {
    return new ObservationFact(
        slot, new Coding(LOINC, loinc, null), ObservationFact.quantity(value, unit), LAB_DAY);
  }

  // ---- conditions -------------------------------------------------------------------------

  /** Adenocarcinoma of the prostate since June 2021, ICD-10 C61 and SNOMED 399068003. */
  static ConditionFact prostateCancer() {
    return new ConditionFact(
        "prostate-cancer",
        List.of(
            icd10("C61", "Malignant neoplasm of prostate"),
            new Coding(SNOMED, "399068003", "Malignant tumor of prostate")),
        LocalDate.of(2021, 6, 15));
  }

  /** Bone metastases since February 2024, ICD-10 C79.51. */
  static ConditionFact boneMetastases() {
    return diagnosis(
        "metastasis",
        icd10("C79.51", "Secondary malignant neoplasm of bone"),
        LocalDate.of(2024, 2, 1));
  }

  /** Liver metastases since September 2026, ICD-10 C78.7. */
  static ConditionFact liverMetastases() {
    return diagnosis(
        "liver-metastasis",
        icd10("C78.7", "Secondary malignant neoplasm of liver"),
        day("2026-09-15"));
  }

  /** A confirmed, active diagnosis. */
  static ConditionFact diagnosis(String slot, Coding code, LocalDate onset) {
    return new ConditionFact(slot, List.of(code), onset);
  }

  static Coding icd10(String code, String display) {
    return new Coding(ICD10, code, display);
  }

  // ---- treatments, allergies, trials, attestations ----------------------------------------

  /**
   * An oral medication with an ATC code; give it dates with {@code from} or {@code ongoingFrom}.
   */
  static MedicationFact medication(String slot, String atc, String display) {
    return new MedicationFact(slot, new Coding(ATC, atc, display));
  }

  static Fact procedure(String slot, Coding code, LocalDate performed, ProcedureStatus status) {
    return Fact.of(
        slot,
        (record, id) ->
            record.add(
                new Procedure(
                    RecordRef.of("Procedure", id),
                    List.of(code),
                    status,
                    RecordPeriod.on(RecordDate.of(performed)))));
  }

  static Fact allergy(String slot, Coding substance, VerificationStatus verification) {
    return Fact.of(
        slot,
        (record, id) ->
            record.add(
                new Allergy(
                    RecordRef.of("AllergyIntolerance", id),
                    List.of(substance),
                    ClinicalStatus.ACTIVE,
                    verification,
                    "allergy",
                    RecordDate.of(LocalDate.of(2019, 4, 2)))));
  }

  /** A ResearchSubject of the study {@code nct} with the given status and period. */
  static Fact trial(String slot, String nct, String status, RecordPeriod period) {
    return Fact.of(
        slot,
        (record, id) ->
            record.add(
                new ResearchParticipation(
                    RecordRef.of("ResearchSubject", id), status, List.of(nct), period)));
  }

  /** The investigator's answer, completed 2 days before S. */
  static Fact attests(String linkId, Boolean answer) {
    return attests(linkId, answer, daysBefore(2), "completed");
  }

  static Fact attests(String linkId, Boolean answer, LocalDate authored, String status) {
    return Fact.of(
        "attest-" + linkId,
        (record, id) ->
            record.add(
                new Attestation(
                    RecordRef.of("QuestionnaireResponse", id),
                    linkId,
                    answer,
                    RecordDate.of(authored),
                    status)));
  }
}
