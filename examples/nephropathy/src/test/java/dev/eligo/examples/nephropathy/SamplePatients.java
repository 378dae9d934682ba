package dev.eligo.examples.nephropathy;

import static dev.eligo.examples.nephropathy.Baseline.AGREES_TO_CONTRACEPTION;
import static dev.eligo.examples.nephropathy.Baseline.CYCLOSPORINE_TOXICITY;
import static dev.eligo.examples.nephropathy.Baseline.LAB_DAY;
import static dev.eligo.examples.nephropathy.Baseline.MALE_CONTRACEPTION;
import static dev.eligo.examples.nephropathy.Baseline.day;
import static dev.eligo.examples.nephropathy.Baseline.patient;
import static dev.eligo.examples.nephropathy.Conditions.diagnosis;
import static dev.eligo.examples.nephropathy.Conditions.icd10;
import static dev.eligo.examples.nephropathy.Conditions.icd10cm;
import static dev.eligo.examples.nephropathy.Conditions.resolvedOn;
import static dev.eligo.examples.nephropathy.Conditions.snomed;
import static dev.eligo.examples.nephropathy.Medications.INTRAVENOUS;
import static dev.eligo.examples.nephropathy.Medications.SUBCUTANEOUS;
import static dev.eligo.examples.nephropathy.Medications.given;
import static dev.eligo.examples.nephropathy.Medications.taken;
import static dev.eligo.examples.nephropathy.Observations.MEMBRANOUS;
import static dev.eligo.examples.nephropathy.Observations.NEGATIVE;
import static dev.eligo.examples.nephropathy.Observations.POSITIVE;
import static dev.eligo.examples.nephropathy.Observations.REACTIVE;
import static dev.eligo.examples.nephropathy.Observations.bloodPressure;
import static dev.eligo.examples.nephropathy.Observations.egfr;
import static dev.eligo.examples.nephropathy.Observations.pla2r;
import static dev.eligo.examples.nephropathy.Observations.urineCreatinine;
import static dev.eligo.examples.nephropathy.Observations.urineProtein;
import static dev.eligo.examples.nephropathy.Observations.weight;

import dev.eligo.runtime.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/**
 * The sample patients of examples/nephropathy/patients, each a change of the baseline as the
 * patients' README describes it, with the verdict and deciding criteria worked out by hand from the
 * module README's readings (S = 2026-10-06, T = 2026-11-03). {@link SamplePatientsTest} checks that
 * the Bundles on disk are these patients and screens them from disk.
 */
final class SamplePatients {
  /** One sample patient and what screening it must give. */
  record Sample(String id, FhirPatient patient, Verdict verdict, List<String> deciding) {}

  private SamplePatients() {}

  static List<Sample> all() {
    return List.of(
        eligible("nephro-01", patient()),
        eligible("nephro-02", pla2rPositiveWoman()),
        eligible("nephro-03", highRiskMan()),
        eligible("nephro-04", intolerantOfRaasBlockade()),
        eligible("nephro-05", womanAfterCyclosporine()),
        ineligible(
            "nephro-06",
            patient()
                .named("Brennan", "Thomas")
                .with(
                    urineProtein(day("2026-08-04"), "4.1", "g/(24.h)"),
                    urineProtein(day("2026-09-08"), "3.0", "g/(24.h)"),
                    urineProtein(day("2026-09-29"), "2.8", "g/(24.h)")),
            "I3",
            "I4"),
        ineligible(
            "nephro-07",
            patient()
                .named("Haddad", "Karim")
                .without("kidney-biopsy", "biopsy-lm", "biopsy-em")
                .with(pla2r(day("2025-11-05"), "6")),
            "I5"),
        ineligible(
            "nephro-08",
            patient()
                .named("Novak", "Petr")
                .with(
                    bloodPressure("2026-08-12T10:05:00-04:00", 152, 94),
                    bloodPressure("2026-08-26T09:30:00-04:00", 138, 86),
                    bloodPressure("2026-09-09T11:10:00-04:00", 148, 92),
                    bloodPressure("2026-09-23T09:45:00-04:00", 136, 84),
                    bloodPressure("2026-09-30T08:55:00-04:00", 150, 90)),
            "I6"),
        ineligible(
            "nephro-09",
            patient()
                .named("Tran", "Minh")
                .with(
                    diagnosis(
                        "hepatitis-b",
                        day("2016-03-14"),
                        icd10cm("B18.1", "Chronic viral hepatitis B without delta-agent"))),
            "I7"),
        ineligible(
            "nephro-10",
            onLosartan(patient().named("Ferreira", "Joao"))
                .with(
                    egfr(Baseline.DIAGNOSED, "62"),
                    egfr(day("2026-09-08"), "41"),
                    egfr(LAB_DAY, "34")),
            "E1"),
        ineligible(
            "nephro-11",
            patient()
                .named("Walsh", "Declan")
                .with(
                    taken(
                        "prednisone",
                        "H02AB07",
                        "prednisone",
                        day("2026-08-20"),
                        day("2026-09-30"))),
            "E2"),
        ineligible(
            "nephro-12",
            patient()
                .named("Kowalski", "Adam")
                .with(
                    taken(
                        "tacrolimus",
                        "L04AD02",
                        "tacrolimus",
                        day("2024-02-01"),
                        day("2024-10-31"))),
            "E3"),
        ineligible(
            "nephro-13",
            patient()
                .named("Moreau", "Julien")
                .with(
                    given("rituximab", "L01FA01", "rituximab", day("2026-03-02"), INTRAVENOUS),
                    given("rituximab", "L01FA01", "rituximab", day("2026-03-16"), INTRAVENOUS)),
            "E4"),
        ineligible(
            "nephro-14",
            patient()
                .named("Adeyemi", "Tunde")
                .with(Observations.hivSerology(day("2026-09-08"), REACTIVE)),
            "I7",
            "E6"),
        ineligible(
            "nephro-15",
            patient()
                .named("Schmidt", "Jonas")
                .with(
                    diagnosis(
                        "infection",
                        day("2026-10-02"),
                        icd10cm("J18.9", "Pneumonia, unspecified organism")))
                .with(
                    taken(
                        "amoxicillin-clavulanate",
                        "J01CR02",
                        "amoxicillin and beta-lactamase inhibitor",
                        day("2026-10-02"),
                        null)),
            "E8"),
        ineligible(
            "nephro-16",
            patient()
                .named("Oduya", "Samuel")
                .with(
                    given(
                        "vaccine",
                        "J07BL01",
                        "yellow fever, live attenuated",
                        day("2026-10-05"),
                        SUBCUTANEOUS)),
            "E9"),
        ineligible(
            "nephro-17",
            Baseline.woman()
                .named("Rossi", "Giulia")
                .bornOn(LocalDate.of(1995, 6, 11))
                .with(Observations.pregnancyTest(day("2026-10-02"), POSITIVE)),
            "E10"),
        ineligible(
            "nephro-18",
            patient()
                .named("Lindgren", "Erik")
                .with(
                    diagnosis(
                        "cancer",
                        day("2023-05-10"),
                        icd10cm("C61", "Malignant neoplasm of prostate"))),
            "I7",
            "E11"),
        ineligible(
            "nephro-19",
            patient()
                .named("Ibrahim", "Yusuf")
                .with(Observations.platelets(LAB_DAY, "62", "10*3/uL")),
            "E13"),
        ineligible(
            "nephro-20",
            patient()
                .named("Costa", "Rui")
                .with(
                    diagnosis(
                        "diabetes",
                        day("2020-04-01"),
                        icd10cm("E11.9", "Type 2 diabetes mellitus without complications")))
                .with(taken("metformin", "A10BA02", "metformin", day("2020-04-15"), null)),
            "E14"),
        needsReview(
            "nephro-21",
            patient()
                .named("Berg", "Anders")
                .with(
                    urineProtein(day("2026-06-02"), "5.9", "g/(24.h)"),
                    urineProtein(day("2026-09-29"), "5.8", "g/(24.h)"))
                .with(
                    urineCreatinine(day("2026-06-02"), "1700", "mg/(24.h)"),
                    urineCreatinine(day("2026-09-29"), "1610", "mg/(24.h)")),
            "I3",
            "I4"),
        needsReview("nephro-22", patient().named("Okeke", "Chidi").without("cd4"), "E13"),
        needsReview(
            "nephro-23",
            patient()
                .named("Murphy", "Sean")
                .with(
                    diagnosis(
                        "liver-disease",
                        day("2022-01-18"),
                        icd10cm("K70.30", "Alcoholic cirrhosis of liver without ascites"))),
            "E12"),
        needsReview(
            "nephro-24",
            patient()
                .named("Nakamura", "Kenji")
                .with(OtherRecords.study("NCT05999999"))
                .with(
                    OtherRecords.participation("NCT05999999", "on-study", day("2026-07-01"), null)),
            "E2"),
        needsReview(
            "nephro-25",
            patient()
                .named("Dupont", "Marc")
                .with(
                    resolvedOn(
                        diagnosis(
                            "skin-cancer",
                            day("2025-05-06"),
                            icd10("C44.3", "Skin of other and unspecified parts of face")),
                        day("2025-06-10"))),
            "E11"),
        needsReview(
            "nephro-26",
            patient()
                .named("Alvarez", "Diego")
                .with(
                    diagnosis(
                        "lupus",
                        day("2026-02-01"),
                        snomed("55464009", "Systemic lupus erythematosus"))),
            "I7",
            "E5",
            "E6",
            "E7",
            "E8",
            "E10",
            "E11",
            "E12",
            "E14"),
        ineligible(
            "nephro-27",
            patient()
                .named("Petrov", "Ivan")
                .with(
                    Medications.codedOnlyIn(
                        given("vaccine", "J07BD52", "MMR", day("2026-10-05"), SUBCUTANEOUS),
                        Medications.CVX,
                        "03",
                        "measles, mumps and rubella virus vaccine")),
            "E9"),
        ineligible(
            "nephro-28",
            patient()
                .named("Lindqvist", "Ada")
                .with(
                    Medications.immunized(
                        "varicella-vaccine",
                        "21",
                        "varicella virus vaccine",
                        day("2026-10-05"),
                        org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)),
            "E9"),
        eligible(
            "nephro-29",
            patient()
                .named("Novak", "Tomas")
                .withoutAnswer(MALE_CONTRACEPTION)
                .with(
                    OtherRecords.procedure(
                        "vasectomy",
                        day("2018-04-17"),
                        snomed("22523008", "Vasectomy"),
                        new org.hl7.fhir.r4.model.Coding(
                            OtherRecords.CPT, "55250", "Vasectomy, unilateral or bilateral")))));
  }

  /**
   * A 38-year-old woman diagnosed without a biopsy on anti-PLA2R 96 RU/mL and an eGFR of 92, on
   * losartan, with an etonogestrel implant since January 2025; her hospital codes diagnoses in WHO
   * ICD-10, reports creatinine excretion in mmol/24 h and sends each blood pressure as a systolic
   * and a diastolic Observation.
   */
  private static FhirPatient pla2rPositiveWoman() {
    LocalDate diagnosed = day("2026-01-15");
    return onLosartan(patient())
        .bornOn(LocalDate.of(1988, 2, 14))
        .gender(AdministrativeGender.FEMALE)
        .named("Jensen", "Sofie")
        .without("kidney-biopsy", "biopsy-lm", "biopsy-em")
        .with(Conditions.membranousNephropathyWho(diagnosed))
        .with(pla2r(day("2026-01-08"), "96"))
        .with(egfr(diagnosed, "98"), egfr(day("2026-09-08"), "95"), egfr(LAB_DAY, "92"))
        .with(
            urineCreatinine(day("2026-08-04"), "11.5", "mmol/(24.h)"),
            urineCreatinine(day("2026-09-08"), "11.9", "mmol/(24.h)"),
            urineCreatinine(day("2026-09-29"), "11.2", "mmol/(24.h)"))
        .with(
            weight(day("2026-08-04"), "68.0"),
            weight(day("2026-09-08"), "67.4"),
            weight(day("2026-09-29"), "67.9"))
        .with(
            Medications.route(
                taken("implant", "G03AC08", "etonogestrel", day("2025-01-10"), null), SUBCUTANEOUS))
        .with(Observations.pregnancyTest(day("2026-10-01"), NEGATIVE))
        .with(
            readingsAsTwo(
                new String[] {
                  "2026-08-13T14:20:00+02:00",
                  "2026-09-10T09:35:00+02:00",
                  "2026-09-24T10:05:00+02:00",
                  "2026-10-01T08:45:00+02:00"
                },
                new int[][] {{132, 84}, {128, 80}, {136, 86}, {126, 78}}))
        .withoutAnswer(MALE_CONTRACEPTION)
        .answer(AGREES_TO_CONTRACEPTION, true);
  }

  /**
   * A 67-year-old man diagnosed 4 months before screening with proteinuria above 8 g/day ("high
   * risk"), on lisinopril since his hypertension was found; a US system's codes (RxNorm beside
   * ATC).
   */
  private static FhirPatient highRiskMan() {
    LocalDate diagnosed = day("2026-06-05");
    LocalDate biopsy = day("2026-06-03");
    return patient()
        .bornOn(LocalDate.of(1959, 7, 30))
        .named("Harris", "Walter")
        .with(Conditions.membranousNephropathy(diagnosed))
        .with(OtherRecords.kidneyBiopsy(biopsy))
        .with(
            Observations.lightMicroscopy(biopsy, MEMBRANOUS),
            Observations.electronMicroscopy(biopsy, MEMBRANOUS))
        .with(pla2r(day("2026-05-28"), "310"))
        .with(egfr(diagnosed, "74"), egfr(day("2026-09-08"), "70"), egfr(LAB_DAY, "69"))
        .with(
            urineProtein(day("2026-08-04"), "9.8", "g/(24.h)"),
            urineProtein(day("2026-09-08"), "9.4", "g/(24.h)"),
            urineProtein(day("2026-09-29"), "9.1", "g/(24.h)"))
        .with(
            urineCreatinine(day("2026-08-04"), "1500", "mg/(24.h)"),
            urineCreatinine(day("2026-09-08"), "1540", "mg/(24.h)"),
            urineCreatinine(day("2026-09-29"), "1480", "mg/(24.h)"))
        .with(
            weight(day("2026-08-04"), "79.0"),
            weight(day("2026-09-08"), "78.6"),
            weight(day("2026-09-29"), "79.3"))
        .editSlot("lisinopril", f -> Medications.withRxNorm(f, "29046", "lisinopril"))
        .editSlot("amlodipine", f -> Medications.withRxNorm(f, "17767", "amlodipine"))
        .editSlot("furosemide", f -> Medications.withRxNorm(f, "4603", "furosemide"))
        .editSlot("atorvastatin", f -> Medications.withRxNorm(f, "83367", "atorvastatin"));
  }

  /**
   * A 44-year-old man who never took an ACE inhibitor or ARB after a cough on lisinopril and
   * angioedema on losartan, on amlodipine and furosemide; a yellow fever vaccine 5 weeks before day
   * 1.
   */
  private static FhirPatient intolerantOfRaasBlockade() {
    return patient()
        .bornOn(LocalDate.of(1981, 11, 3))
        .named("Mensah", "Kwame")
        .without("lisinopril")
        .with(
            OtherRecords.intolerance(
                "lisinopril-intolerance", "C09AA03", "lisinopril", "Persistent dry cough"),
            OtherRecords.intolerance(
                "losartan-intolerance", "C09CA01", "losartan", "Angioedema of the lips"))
        .with(
            given(
                "vaccine",
                "J07BL01",
                "yellow fever, live attenuated",
                day("2026-09-25"),
                SUBCUTANEOUS));
  }

  /**
   * A 62-year-old woman (not of reproductive potential) who took cyclosporine for 4 months in 2022
   * without toxicity, and had a basal cell carcinoma of the nose removed in 2024.
   */
  private static FhirPatient womanAfterCyclosporine() {
    return patient()
        .bornOn(LocalDate.of(1964, 3, 8))
        .gender(AdministrativeGender.FEMALE)
        .named("Weber", "Ingrid")
        .withoutAnswer(MALE_CONTRACEPTION)
        .with(taken("cyclosporine", "L04AD01", "ciclosporin", day("2022-02-01"), day("2022-05-31")))
        .answer(CYCLOSPORINE_TOXICITY, false)
        .with(
            resolvedOn(
                diagnosis(
                    "skin-cancer",
                    day("2024-09-02"),
                    icd10cm("C44.311", "Basal cell carcinoma of skin of nose")),
                day("2024-10-01")));
  }

  /** Each reading as a systolic and a diastolic Observation. */
  private static Fact[] readingsAsTwo(String[] times, int[][] pressures) {
    List<Fact> facts = new java.util.ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      facts.addAll(
          List.of(Observations.bloodPressureAsTwo(times[i], pressures[i][0], pressures[i][1])));
    }
    return facts.toArray(new Fact[0]);
  }

  private static FhirPatient onLosartan(FhirPatient p) {
    return p.without("lisinopril")
        .with(taken("losartan", "C09CA01", "losartan", Baseline.LISINOPRIL_START, null));
  }

  private static Sample eligible(String id, FhirPatient patient) {
    return new Sample(id, patient, Verdict.ELIGIBLE, List.of());
  }

  private static Sample ineligible(String id, FhirPatient patient, String... deciding) {
    return new Sample(id, patient, Verdict.INELIGIBLE, List.of(deciding));
  }

  private static Sample needsReview(String id, FhirPatient patient, String... deciding) {
    return new Sample(id, patient, Verdict.NEEDS_REVIEW, List.of(deciding));
  }
}
