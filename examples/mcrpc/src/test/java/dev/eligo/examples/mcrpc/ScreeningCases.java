package dev.eligo.examples.mcrpc;

import static dev.eligo.examples.mcrpc.Patients.ATC;
import static dev.eligo.examples.mcrpc.Patients.CONTRACEPTION;
import static dev.eligo.examples.mcrpc.Patients.EXPECTED_SURVIVAL;
import static dev.eligo.examples.mcrpc.Patients.ICD10_CM;
import static dev.eligo.examples.mcrpc.Patients.INFORMED_CONSENT;
import static dev.eligo.examples.mcrpc.Patients.LOCAL;
import static dev.eligo.examples.mcrpc.Patients.PSMA_NEGATIVE;
import static dev.eligo.examples.mcrpc.Patients.RXNORM;
import static dev.eligo.examples.mcrpc.Patients.SCREENING_DATE;
import static dev.eligo.examples.mcrpc.Patients.SLOW_PROGRESSING;
import static dev.eligo.examples.mcrpc.Patients.SNOMED;
import static dev.eligo.examples.mcrpc.Patients.UNSUITABLE;
import static dev.eligo.examples.mcrpc.Patients.allergy;
import static dev.eligo.examples.mcrpc.Patients.alt;
import static dev.eligo.examples.mcrpc.Patients.anc;
import static dev.eligo.examples.mcrpc.Patients.ast;
import static dev.eligo.examples.mcrpc.Patients.attests;
import static dev.eligo.examples.mcrpc.Patients.boneScan;
import static dev.eligo.examples.mcrpc.Patients.creatinine;
import static dev.eligo.examples.mcrpc.Patients.day;
import static dev.eligo.examples.mcrpc.Patients.daysAfter;
import static dev.eligo.examples.mcrpc.Patients.daysBefore;
import static dev.eligo.examples.mcrpc.Patients.diagnosis;
import static dev.eligo.examples.mcrpc.Patients.ecog;
import static dev.eligo.examples.mcrpc.Patients.eligible;
import static dev.eligo.examples.mcrpc.Patients.hbvDna;
import static dev.eligo.examples.mcrpc.Patients.hemoglobin;
import static dev.eligo.examples.mcrpc.Patients.icd10;
import static dev.eligo.examples.mcrpc.Patients.inr;
import static dev.eligo.examples.mcrpc.Patients.liverMetastases;
import static dev.eligo.examples.mcrpc.Patients.medication;
import static dev.eligo.examples.mcrpc.Patients.platelets;
import static dev.eligo.examples.mcrpc.Patients.procedure;
import static dev.eligo.examples.mcrpc.Patients.prostateCancer;
import static dev.eligo.examples.mcrpc.Patients.psa;
import static dev.eligo.examples.mcrpc.Patients.psma;
import static dev.eligo.examples.mcrpc.Patients.pt;
import static dev.eligo.examples.mcrpc.Patients.recist;
import static dev.eligo.examples.mcrpc.Patients.testosterone;
import static dev.eligo.examples.mcrpc.Patients.trial;
import static dev.eligo.examples.mcrpc.ScreeningCase.eligible;
import static dev.eligo.examples.mcrpc.ScreeningCase.ineligible;
import static dev.eligo.examples.mcrpc.ScreeningCase.needsReview;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The screening table of NCT07298239: every expectation worked out by hand from the data
 * dictionary (examples/mcrpc/data-dictionary.md), S = 2026-11-24. Windows used below:
 * lab window S-28 days = 2026-10-27; testosterone S-90 days = 2026-08-26; PSA and imaging S-12
 * months = 2025-11-24; IV antibiotics S-6 weeks = 2026-10-13; oral antibiotics S-7 days =
 * 2026-11-17; other trials S-3 months = 2026-08-24; other malignancy S-5 years = 2021-11-24.
 */
final class ScreeningCases {
  /** A bone scan in the imaging window with one new lesion: radiographic progression not met. */
  private static final ObservationFact ONE_NEW_LESION = boneScan(1, day("2026-10-06"));

  /** PSA rising, falling, rising: no three consecutive rises (a value in between breaks the run). */
  private static final ObservationFact[] PSA_WITH_A_FALL = {
    psa("2026-05-05", "1.0"), psa("2026-06-09", "1.4"), psa("2026-07-14", "1.3"),
    psa("2026-08-18", "1.8"), psa("2026-09-22", "2.6")
  };

  /** Three rising PSA values only: fewer than four in the window, progression unknown. */
  private static final ObservationFact[] THREE_PSA_VALUES = {
    psa("2026-06-09", "0.8"), psa("2026-07-14", "1.4"), psa("2026-08-18", "2.6")
  };

  private ScreeningCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.addAll(baseline());
    all.addAll(ageAndSex());
    all.addAll(diagnosisAndTestosterone());
    all.addAll(psaAndImaging());
    all.addAll(survivalEcogPsmaConsent());
    all.addAll(cellTherapyAndMalignancy());
    all.addAll(bloodCounts());
    all.addAll(liverKidneyCoagulation());
    all.addAll(infection());
    all.addAll(autoimmunity());
    all.addAll(trialsContraceptionAllergy());
    all.addAll(hepatitis());
    all.addAll(investigatorAndCombinations());
    return all;
  }

  private static List<ScreeningCase> baseline() {
    return List.of(
        // ② = PSA progression (true) or radiographic progression (unknown: no imaging) = true;
        // E2 = other malignancy (false) and not slow-progressing (unknown: no answer) = false.
        eligible("baseline mCRPC patient: PSA progression alone meets ② with no imaging on record (true or unknown)",
            eligible())
            .where("I2a", MET).where("I2b", MET)
            .where("E2", NOT_MET)
            .where("E3a", NOT_MET).where("E3b", NOT_MET).where("E3c", NOT_MET).where("E3d", NOT_MET)
            .where("E4a", NOT_MET).where("E4b", NOT_MET).where("E4c", NOT_MET));
  }

  private static List<ScreeningCase> ageAndSex() {
    return List.of(
        eligible("18 years old exactly on the screening date: I1 met",
            eligible().bornOn(SCREENING_DATE.minusYears(18)))
            .where("I1", MET),
        ineligible("18 only the day after screening (17 on S): I1 not met",
            eligible().bornOn(SCREENING_DATE.minusYears(18).plusDays(1)), "I1"),
        needsReview("no birth date: age unknown, I1 unknown",
            eligible().bornOn(null), "I1"),
        ineligible("recorded sex female: I1 not met",
            eligible().sex(Sex.FEMALE), "I1"));
  }

  private static List<ScreeningCase> diagnosisAndTestosterone() {
    return List.of(
        ineligible("no prostate cancer on record: I2 not met though ① and ② are met",
            eligible().without("prostate-cancer"), "I2")
            .where("I2a", MET).where("I2b", MET),
        needsReview("prostate cancer only provisional: I2 unknown",
            eligible().with(prostateCancer().verification(VerificationStatus.PROVISIONAL)), "I2"),
        needsReview("no metastasis diagnosis and no bone scan: metastatic unknown, I2 unknown",
            eligible().without("metastasis"), "I2")
            .where("I2a", MET).where("I2b", MET),
        // A 2024 scan is outside the imaging window (so ② rests on PSA) but shows metastases.
        eligible("metastases shown only by a 2024 bone scan with new lesions: I2 met",
            eligible().without("metastasis").with(boneScan(3, day("2024-03-05"))))
            .where("I2", MET),
        // 1.72 nmol/L x 288.42 g/mol = 49.60824 ng/dL < 50 (though not < 1.7 nmol/L).
        eligible("testosterone 1.72 nmol/L is 49.6 ng/dL, under 50 ng/dL: ① met",
            eligible().with(testosterone("1.72", "nmol/L")))
            .where("I2a", MET),
        // 1.75 nmol/L = 50.4735 ng/dL: neither < 50 ng/dL nor < 1.7 nmol/L.
        ineligible("testosterone 1.75 nmol/L is 50.5 ng/dL: ① not met",
            eligible().with(testosterone("1.75", "nmol/L")), "I2")
            .where("I2a", NOT_MET),
        // 50 ng/dL = 1.7336 nmol/L: not < 1.7 either.
        ineligible("testosterone exactly 50 ng/dL: ① not met",
            eligible().with(testosterone("50", "ng/dL")), "I2")
            .where("I2a", NOT_MET),
        eligible("testosterone stated as <20 ng/dL: the whole range is castrate, ① met",
            eligible().with(testosterone("20", "ng/dL").comparator("<")))
            .where("I2a", MET),
        needsReview("testosterone stated as <60 ng/dL: the range straddles 50 ng/dL, ① unknown",
            eligible().with(testosterone("60", "ng/dL").comparator("<")), "I2")
            .where("I2a", UNKNOWN),
        eligible("testosterone on the first day of its 90-day window (2026-08-26): ① met",
            eligible().with(testosterone("18", "ng/dL").on(day("2026-08-26"))))
            .where("I2a", MET),
        needsReview("testosterone a day before its 90-day window (2026-08-25): ① unknown",
            eligible().with(testosterone("18", "ng/dL").on(day("2026-08-25"))), "I2")
            .where("I2a", UNKNOWN));
  }

  private static List<ScreeningCase> psaAndImaging() {
    return List.of(
        ineligible("PSA falls between rises, no three consecutive rises: ② not met",
            eligible().with(PSA_WITH_A_FALL).with(ONE_NEW_LESION), "I2")
            .where("I2b", NOT_MET),
        // 1.0 (07-07), 1.4 (07-28), 1.8 (08-03: 6 days later), 2.6 (08-31).
        ineligible("PSA rises only 6 days apart: ② not met",
            eligible().with(psa("2026-07-07", "1.0"), psa("2026-07-28", "1.4"),
                psa("2026-08-03", "1.8"), psa("2026-08-31", "2.6")).with(ONE_NEW_LESION), "I2")
            .where("I2b", NOT_MET),
        eligible("PSA rises exactly 7 days apart: ② met",
            eligible().with(psa("2026-07-07", "1.0"), psa("2026-07-28", "1.4"),
                psa("2026-08-04", "1.8"), psa("2026-09-01", "2.6")).with(ONE_NEW_LESION))
            .where("I2b", MET),
        // Nadir 1.6, 1.5 x nadir = 2.4: of 1.8, 2.1, 2.5 only 2.5 reaches it.
        ineligible("PSA: only one rise reaches 1.5 x the nadir: ② not met",
            eligible().with(psa("2026-05-05", "1.6"), psa("2026-06-09", "1.8"),
                psa("2026-07-14", "2.1"), psa("2026-08-18", "2.5")).with(ONE_NEW_LESION), "I2")
            .where("I2b", NOT_MET),
        ineligible("PSA: the last rise is exactly 2 ng/mL, not above 2: ② not met",
            eligible().with(psa("2026-05-05", "0.6"), psa("2026-06-09", "0.9"),
                psa("2026-07-14", "1.4"), psa("2026-08-18", "2.0")).with(ONE_NEW_LESION), "I2")
            .where("I2b", NOT_MET),
        // Run 1.3, 1.5, 1.7, 2.4: the nadir is 0.8 (before the run), 1.5 x 0.8 = 1.2.
        eligible("PSA nadir measured before the run: all three rises reach 1.5 x nadir, ② met",
            eligible().with(psa("2026-03-03", "0.8"), psa("2026-05-05", "1.3"),
                psa("2026-06-09", "1.5"), psa("2026-07-14", "1.7"), psa("2026-08-18", "2.4"))
                .with(ONE_NEW_LESION))
            .where("I2b", MET),
        needsReview("only three PSA values in 12 months and no radiographic progression: ② unknown",
            eligible().with(THREE_PSA_VALUES).with(ONE_NEW_LESION), "I2")
            .where("I2b", UNKNOWN),
        needsReview("a PSA value stated as <0.1 ng/mL in the window: ② unknown",
            eligible().plus(psa("2026-01-13", "0.1").comparator("<")).with(ONE_NEW_LESION), "I2")
            .where("I2b", UNKNOWN),
        // The dictionary: "Values on the same date count once (if they differ, a run through
        // that date is unknown)". The baseline run 0.6..2.3 does not pass through 2026-10-20.
        eligible("two different PSA values on a day after a qualifying run: only runs through that day are unknown, ② met",
            eligible().plus(psa("2026-10-20", "3.1"), psa("2026-10-20", "3.4")).with(ONE_NEW_LESION))
            .where("I2b", MET),
        eligible("PSA reported in ug/L, the same as ng/mL: ② met",
            eligible().with(psa("2026-03-10", "0.9"), psa("2026-05-12", "0.6"),
                psa("2026-07-14", "1.1", "ug/L"), psa("2026-08-18", "1.5", "ug/L"),
                psa("2026-09-22", "2.3", "ug/L")).with(ONE_NEW_LESION))
            .where("I2b", MET),
        needsReview("a PSA value in % in the window cannot be converted: ② unknown",
            eligible().plus(psa("2026-01-13", "18", "%")).with(ONE_NEW_LESION), "I2")
            .where("I2b", UNKNOWN),
        eligible("PSA on the first day of the 12-month window (2025-11-24) starts a qualifying run: ② met",
            eligible().with(psa("2025-11-24", "0.5"), psa("2026-02-10", "0.9"),
                psa("2026-05-05", "1.6"), psa("2026-08-04", "2.4")).with(ONE_NEW_LESION))
            .where("I2b", MET),
        needsReview("PSA a day before the 12-month window leaves three values: ② unknown",
            eligible().with(psa("2025-11-23", "0.5"), psa("2026-02-10", "0.9"),
                psa("2026-05-05", "1.6"), psa("2026-08-04", "2.4")).with(ONE_NEW_LESION), "I2")
            .where("I2b", UNKNOWN),
        eligible("no PSA progression but exactly 2 new lesions on a bone scan: ② met",
            eligible().with(PSA_WITH_A_FALL).with(boneScan(2, day("2026-10-06"))))
            .where("I2b", MET),
        eligible("PSA progression unknown (three values) but RECIST progression: ② met (unknown or true)",
            eligible().with(THREE_PSA_VALUES).with(recist("PD", day("2026-10-06"))))
            .where("I2b", MET),
        ineligible("RECIST stable disease and no PSA progression: ② not met",
            eligible().with(PSA_WITH_A_FALL).with(recist("SD", day("2026-10-06"))), "I2")
            .where("I2b", NOT_MET));
  }

  private static List<ScreeningCase> survivalEcogPsmaConsent() {
    return List.of(
        ineligible("expected survival under 6 months: I3 not met",
            eligible().with(attests(EXPECTED_SURVIVAL, false)), "I3"),
        needsReview("no expected-survival answer: I3 unknown",
            eligible().without("attest-" + EXPECTED_SURVIVAL), "I3"),
        eligible("an expected-survival 'no' authored the day after S is ignored: I3 met",
            eligible().plus(attests(EXPECTED_SURVIVAL, false, daysAfter(1), "completed")))
            .where("I3", MET),
        eligible("ECOG 2: I4 met", eligible().with(ecog(2))).where("I4", MET),
        ineligible("ECOG 3: I4 not met", eligible().with(ecog(3)), "I4"),
        eligible("ECOG on the first day of the lab window (2026-10-27): I4 met",
            eligible().with(ecog(1).on(day("2026-10-27"))))
            .where("I4", MET),
        needsReview("ECOG only a day before the lab window (2026-10-26): I4 unknown",
            eligible().with(ecog(1).on(day("2026-10-26"))), "I4"),
        needsReview("ECOG dated only October 2026, partly in the lab window: I4 unknown",
            eligible().with(ecog(1).inMonth(YearMonth.of(2026, 10))), "I4"),
        ineligible("PSMA negative: I5 not met", eligible().with(psma(PSMA_NEGATIVE)), "I5"),
        needsReview("PSMA result inconclusive, neither positive nor negative: I5 unknown",
            eligible().with(psma(new Coding(SNOMED, "419984006", "Inconclusive"))), "I5"),
        ineligible("latest PSMA negative after an older positive: I5 not met",
            eligible().plus(psma(PSMA_NEGATIVE).on(day("2026-11-02"))), "I5"),
        ineligible("no informed consent: I6 not met",
            eligible().with(attests(INFORMED_CONSENT, false)), "I6"),
        needsReview("consent questionnaire still in progress (does not count): I6 unknown",
            eligible().with(attests(INFORMED_CONSENT, true, daysBefore(2), "in-progress")), "I6"));
  }

  private static List<ScreeningCase> cellTherapyAndMalignancy() {
    return List.of(
        ineligible("dendritic-cell vaccine in 2019: E1 met",
            eligible().plus(procedure("dc-vaccine", new Coding(LOCAL, "dc-vaccine", null),
                day("2019-05-14"), ProcedureStatus.COMPLETED)), "E1"),
        ineligible("sipuleucel-T (ATC L03AX17) in 2024: E1 met",
            eligible().plus(medication("sipuleucel-t", "L03AX17", "sipuleucel-T").intravenous()
                .from(day("2024-03-04"), day("2024-03-18"))), "E1"),
        needsReview("CAR-T infusion whose status is unknown: E1 unknown",
            eligible().plus(procedure("car-t", new Coding(LOCAL, "t-cell-therapy", null),
                day("2023-09-12"), ProcedureStatus.UNKNOWN)), "E1"),
        needsReview("a cell therapy coded only in RxNorm, unclassified: E1 unknown",
            eligible().plus(new MedicationFact("tisagenlecleucel",
                    new Coding(RXNORM, "1986866", "tisagenlecleucel")).intravenous()
                .from(day("2022-04-11"), day("2022-04-11"))), "E1"),
        eligible("a planned NK-cell infusion that was not done: E1 not met",
            eligible().plus(procedure("nk-cells", new Coding(LOCAL, "nk-cell-therapy", null),
                day("2025-02-03"), ProcedureStatus.NOT_DONE)))
            .where("E1", NOT_MET),
        ineligible("colon cancer in 2023, investigator says not slow-progressing: E2 met",
            eligible().plus(colonCancer2023(), attests(SLOW_PROGRESSING, false)), "E2"),
        needsReview("colon cancer in 2023 and no slow-progressing answer: E2 unknown",
            eligible().plus(colonCancer2023()), "E2"),
        eligible("CLL the investigator deems slow-progressing: E2 not met",
            eligible().plus(diagnosis("cll", icd10("C91.1", "Chronic lymphocytic leukaemia"),
                day("2022-06-20")), attests(SLOW_PROGRESSING, true)))
            .where("E2", NOT_MET),
        eligible("completely resolved carcinoma in situ of the bladder: excepted without any answer",
            eligible().plus(diagnosis("bladder-cis", icd10("D09.0", "Carcinoma in situ of bladder"),
                day("2024-01-10")).resolvedOn(day("2024-03-01"))))
            .where("E2", NOT_MET),
        ineligible("melanoma resolved on the first day of the 5-year window (2021-11-24): E2 met",
            eligible().plus(melanomaResolvedOn(day("2021-11-24")), attests(SLOW_PROGRESSING, false)),
            "E2"),
        eligible("melanoma resolved the day before the 5-year window: E2 not met",
            eligible().plus(melanomaResolvedOn(day("2021-11-23")), attests(SLOW_PROGRESSING, false)))
            .where("E2", NOT_MET),
        // The protocol declares SNOMED CT, so a SNOMED-coded diagnosis is judged: not one of the
        // ICD-10 codes of other malignancy, autoimmune disease or hepatitis. (The protocol-wide
        // coding rule; a concept that must not miss SNOMED records lists their codes, or reads
        // 'classified by ICD10' to make them unclassified.)
        eligible("lung cancer coded only in SNOMED, a system the protocol declares: judged, E2 not met",
            eligible().plus(diagnosis("lung-cancer",
                new Coding(SNOMED, "254637007", "Non-small cell lung cancer"), day("2025-02-01"))))
            .where("E2", NOT_MET).where("E5", NOT_MET).where("E9", NOT_MET),
        // ICD-9-CM is not declared: no concept can judge the record, which stays for review.
        needsReview("lung cancer coded only in ICD-9-CM, undeclared: unclassified, E2, E5 and E9 unknown",
            eligible().plus(diagnosis("lung-cancer-icd9",
                new Coding("http://hl7.org/fhir/sid/icd-9-cm", "162.9", "Malignant neoplasm of lung"),
                day("2025-02-01"))),
            "E2", "E5", "E9")
            .where("E4", NOT_MET));
  }

  private static List<ScreeningCase> bloodCounts() {
    return List.of(
        eligible("ANC exactly 1.5 x10^9/L is not below 1.5: E3a not met",
            eligible().with(anc("1.5", "10*9/L").on(daysBefore(3))))
            .where("E3a", NOT_MET),
        ineligible("ANC 1.49 x10^9/L: E3a met",
            eligible().with(anc("1.49", "10*9/L")), "E3")
            .where("E3a", MET),
        ineligible("ANC 1400 /uL is 1.4 x10^9/L: E3a met",
            eligible().with(anc("1400", "/uL")), "E3")
            .where("E3a", MET),
        eligible("ANC 1.5 x10^3/uL is 1.5 x10^9/L: E3a not met",
            eligible().with(anc("1.5", "10*3/uL")))
            .where("E3a", NOT_MET),
        ineligible("hemoglobin 85 g/L is 8.5 g/dL: E3a met",
            eligible().with(hemoglobin("85", "g/L")), "E3")
            .where("E3a", MET),
        eligible("hemoglobin 90 g/L is exactly 9 g/dL: E3a not met",
            eligible().with(hemoglobin("90", "g/L")))
            .where("E3a", NOT_MET),
        ineligible("platelets 99 x10^3/uL: E3a met",
            eligible().with(platelets("99", "10*3/uL")), "E3")
            .where("E3a", MET),
        needsReview("ANC only a day before the lab window (2026-10-26): E3a unknown",
            eligible().with(anc("3.2", "10*9/L").on(day("2026-10-26"))), "E3")
            .where("E3a", UNKNOWN).where("E3", UNKNOWN),
        ineligible("no ANC but platelets 80 x10^9/L: E3a met (unknown or true)",
            eligible().without("anc").with(platelets("80", "10*9/L")), "E3")
            .where("E3a", MET),
        ineligible("ANC 1.2 on the first day of the lab window (2026-10-27): E3a met",
            eligible().with(anc("1.2", "10*9/L").on(day("2026-10-27"))), "E3")
            .where("E3a", MET),
        ineligible("ANC 1.2 on the screening date, the last day of the lab window: E3a met",
            eligible().plus(anc("1.2", "10*9/L").on(SCREENING_DATE)), "E3")
            .where("E3a", MET),
        // The written calendar date counts, whatever the offset or the machine's zone (the
        // tests run in Pacific/Kiritimati, UTC+14).
        ineligible("ANC 1.2 at 23:30 at UTC-10 on the first day of the lab window: E3a met",
            eligible().with(anc("1.2", "10*9/L").at("2026-10-27T23:30:00-10:00")), "E3")
            .where("E3a", MET),
        needsReview("ANC at 20:00 at UTC-10 the day before the lab window: outside it, E3a unknown",
            eligible().with(anc("1.2", "10*9/L").at("2026-10-26T20:00:00-10:00")), "E3")
            .where("E3a", UNKNOWN),
        eligible("ANC 1.2 at 08:00 and 2.0 at 14:00 on the same day: the later decides, E3a not met",
            eligible().with(anc("1.2", "10*9/L").at("2026-11-21T08:00:00+01:00"),
                anc("2.0", "10*9/L").at("2026-11-21T14:00:00+01:00")))
            .where("E3a", NOT_MET),
        eligible("ANC 1.2 ten days before S, then 2.0 three days before: the latest decides, E3a not met",
            eligible().with(anc("1.2", "10*9/L").on(daysBefore(10)), anc("2.0", "10*9/L")))
            .where("E3a", NOT_MET),
        eligible("ANC 1.2 dated the day after S is ignored: E3a not met",
            eligible().plus(anc("1.2", "10*9/L").on(daysAfter(1))))
            .where("E3a", NOT_MET),
        eligible("a preliminary ANC of 1.1 after the final 3.2 does not count: E3a not met",
            eligible().plus(anc("1.1", "10*9/L").on(daysBefore(1)).status(ObservationStatus.PRELIMINARY)))
            .where("E3a", NOT_MET),
        eligible("final ANC 1.2 corrected to 2.0 for the same draw: the correction replaces it, E3a not met",
            eligible().with(anc("1.2", "10*9/L"),
                anc("2.0", "10*9/L").status(ObservationStatus.CORRECTED)))
            .where("E3a", NOT_MET),
        needsReview("two different final ANC values from the same day: E3a unknown",
            eligible().with(anc("1.2", "10*9/L"), anc("2.0", "10*9/L")), "E3")
            .where("E3a", UNKNOWN),
        needsReview("ANC stated as <2.0 x10^9/L straddles 1.5: E3a unknown",
            eligible().with(anc("2.0", "10*9/L").comparator("<")), "E3")
            .where("E3a", UNKNOWN));
  }

  private static List<ScreeningCase> liverKidneyCoagulation() {
    return List.of(
        ineligible("ALT exactly 2.5 x ULN (100 U/L, ULN 40): E3b met",
            eligible().with(alt("100")), "E3")
            .where("E3b", MET),
        eligible("ALT 150 U/L with liver metastases, under 5 x ULN (200): E3b not met",
            eligible().plus(liverMetastases()).with(alt("150")))
            .where("E3b", NOT_MET),
        ineligible("ALT 200 U/L with liver metastases, 5 x ULN: E3b met",
            eligible().plus(liverMetastases()).with(alt("200")), "E3")
            .where("E3b", MET),
        needsReview("ALT 150 U/L and liver metastases only provisional: the two thresholds disagree, E3b unknown",
            eligible().plus(liverMetastases().verification(VerificationStatus.PROVISIONAL))
                .with(alt("150")), "E3")
            .where("E3b", UNKNOWN),
        eligible("ALT 60 U/L and liver metastases only provisional: under both thresholds, E3b not met",
            eligible().plus(liverMetastases().verification(VerificationStatus.PROVISIONAL))
                .with(alt("60")))
            .where("E3b", NOT_MET),
        ineligible("AST 110 U/L alone, ALT normal: E3b met",
            eligible().with(ast("110")), "E3")
            .where("E3b", MET),
        needsReview("ALT with only a treatment-type range, so no ULN: E3b unknown",
            eligible().with(alt("22").ranges(new ReferenceRange(
                null, null, new BigDecimal("35"), "U/L", "treatment"))), "E3")
            .where("E3b", UNKNOWN),
        needsReview("AST without a reference range, so no ULN: E3b unknown",
            eligible().with(ast("25").noReferenceRange()), "E3")
            .where("E3b", UNKNOWN),
        // ULN 106 umol/L x 113.12 g/mol = 1.199072 mg/dL; 1.5 x ULN = 1.798608 mg/dL.
        ineligible("creatinine 1.8 mg/dL against a ULN of 106 umol/L (1.5 x ULN = 1.7986 mg/dL): E3c met",
            eligible().with(creatinine("1.8", "mg/dL").uln("106", "umol/L")), "E3")
            .where("E3c", MET),
        eligible("creatinine 1.7 mg/dL against a ULN of 106 umol/L: E3c not met",
            eligible().with(creatinine("1.7", "mg/dL").uln("106", "umol/L")))
            .where("E3c", NOT_MET),
        // 1.5 x 1.2 mg/dL = 1.8 mg/dL = 159.12 umol/L.
        ineligible("creatinine 160 umol/L against a ULN of 1.2 mg/dL (1.5 x ULN = 159.1 umol/L): E3c met",
            eligible().with(creatinine("160", "umol/L")), "E3")
            .where("E3c", MET),
        ineligible("creatinine exactly 1.5 x ULN (1.8 mg/dL, ULN 1.2 mg/dL): E3c met",
            eligible().with(creatinine("1.8", "mg/dL")), "E3")
            .where("E3c", MET),
        eligible("creatinine ULN written without a unit takes the value's unit: E3c not met",
            eligible().with(creatinine("0.9", "mg/dL")
                .ranges(new ReferenceRange(null, null, new BigDecimal("1.2"), null, null))))
            .where("E3c", NOT_MET),
        needsReview("creatinine with two normal ranges of different highs: E3c unknown",
            eligible().with(creatinine("0.9", "mg/dL")
                .ranges(ReferenceRange.upTo("1.2", "mg/dL"), ReferenceRange.upTo("1.3", "mg/dL"))), "E3")
            .where("E3c", UNKNOWN),
        needsReview("latest creatinine in a unit that cannot be converted: E3c unknown, no fall-back to the older value",
            eligible().with(creatinine("0.8", "mg/dL").on(daysBefore(10)),
                creatinine("1100", "mg/(24.h)")), "E3")
            .where("E3c", UNKNOWN),
        ineligible("INR 1.8 is exactly 1.5 x ULN 1.2: E3d met",
            eligible().with(inr("1.8")), "E3")
            .where("E3d", MET),
        ineligible("PT 20.3 s is above 1.5 x ULN 13.5 s (20.25 s): E3d met",
            eligible().with(pt("20.3")), "E3")
            .where("E3d", MET),
        needsReview("INR without a reference range: E3d unknown",
            eligible().with(inr("1.05").noReferenceRange()), "E3")
            .where("E3d", UNKNOWN));
  }

  private static List<ScreeningCase> infection() {
    return List.of(
        ineligible("pneumonia treated with oral amoxicillin at screening: E4a and E4c met",
            eligible().plus(diagnosis("pneumonia", icd10("J18.9", "Pneumonia, unspecified"), daysBefore(5)),
                medication("amoxicillin", "J01CA04", "amoxicillin").ongoingFrom(daysBefore(4))), "E4")
            .where("E4a", MET).where("E4b", NOT_MET).where("E4c", MET),
        ineligible("IV ceftriaxone for 8 days ending on the first day of the 6-week window: E4b met",
            eligible().plus(ceftriaxoneIv(day("2026-10-06"), day("2026-10-13"))), "E4")
            .where("E4a", NOT_MET).where("E4b", MET).where("E4c", NOT_MET),
        eligible("IV ceftriaxone for 8 days ending the day before the 6-week window: E4b not met",
            eligible().plus(ceftriaxoneIv(day("2026-10-05"), day("2026-10-12"))))
            .where("E4b", NOT_MET),
        eligible("IV ceftriaxone for 6 days within the 6 weeks: E4b not met",
            eligible().plus(ceftriaxoneIv(day("2026-11-01"), day("2026-11-06"))))
            .where("E4b", NOT_MET),
        ineligible("two back-to-back IV administrations make one 7-day course: E4b met",
            eligible().plus(ceftriaxoneIv(day("2026-11-01"), day("2026-11-03")),
                ceftriaxoneIv(day("2026-11-04"), day("2026-11-07"))), "E4")
            .where("E4b", MET),
        eligible("IV courses of 3 and 4 days a day apart do not merge: E4b not met",
            eligible().plus(ceftriaxoneIv(day("2026-11-01"), day("2026-11-03")),
                ceftriaxoneIv(day("2026-11-05"), day("2026-11-08"))))
            .where("E4b", NOT_MET),
        needsReview("a 10-day antibiotic course with no route recorded: E4b unknown",
            eligible().plus(medication("ceftriaxone", "J01DD04", "ceftriaxone").noRoute()
                .from(day("2026-10-20"), day("2026-10-29"))), "E4")
            .where("E4b", UNKNOWN),
        needsReview("urinary tract infection without clinical status, nitrofurantoin ongoing: E4a and E4c unknown",
            eligible().plus(diagnosis("uti", icd10("N39.0", "Urinary tract infection"), daysBefore(6))
                    .noClinicalStatus(),
                medication("nitrofurantoin", "J01XE01", "nitrofurantoin").ongoingFrom(daysBefore(5))), "E4")
            .where("E4a", UNKNOWN).where("E4b", NOT_MET).where("E4c", UNKNOWN),
        ineligible("active cellulitis, oral flucloxacillin ended on the first day of the 7-day window: E4c met",
            eligible().plus(cellulitis(),
                flucloxacillin(daysBefore(11), day("2026-11-17"))), "E4")
            .where("E4a", NOT_MET).where("E4c", MET),
        eligible("resolved cellulitis after oral flucloxacillin last week: E4c not met",
            eligible().plus(cellulitis().resolvedOn(daysBefore(2)),
                flucloxacillin(daysBefore(11), day("2026-11-17"))))
            .where("E4c", NOT_MET));
  }

  private static List<ScreeningCase> autoimmunity() {
    ConditionFact graves = diagnosis("graves", icd10("E05.00", "Graves' disease"), day("2010-05-01"))
        .inactive();
    return List.of(
        ineligible("active rheumatoid arthritis: E5 met",
            eligible().plus(diagnosis("rheumatoid-arthritis",
                icd10("M05.79", "Rheumatoid arthritis with rheumatoid factor"), day("2015-04-01"))), "E5"),
        ineligible("inactive psoriasis after exactly 90 days of methotrexate: E5 met",
            eligible().plus(psoriasis(), methotrexate(day("2024-01-01"), day("2024-03-30"))), "E5"),
        // The baseline's prednisone must have a stated, non-autoimmune reason here: with
        // psoriasis on record, a long H02AB use with no reason would leave E5 unknown.
        eligible("inactive psoriasis after 89 days of methotrexate, prednisone for the prostate cancer: E5 not met",
            eligible().plus(psoriasis(), methotrexate(day("2024-01-01"), day("2024-03-29")))
                .with(prednisone().reason(prostateCancer())))
            .where("E5", NOT_MET),
        needsReview("inactive Graves' disease and long-term prednisone with no stated reason: E5 unknown",
            eligible().plus(graves), "E5"),
        ineligible("inactive Graves' disease and long-term prednisone given for it: E5 met",
            eligible().plus(graves).with(prednisone().reason(graves)), "E5"),
        eligible("inactive Graves' disease and prednisone given for the prostate cancer: E5 not met",
            eligible().plus(graves).with(prednisone().reason(prostateCancer())))
            .where("E5", NOT_MET));
  }

  private static List<ScreeningCase> trialsContraceptionAllergy() {
    return List.of(
        ineligible("another trial ended on the first day of the 3-month window (2026-08-24): E6 met",
            eligible().plus(otherTrialEnded(RecordDate.of(day("2026-08-24")))), "E6"),
        eligible("another trial ended the day before the 3-month window: E6 not met",
            eligible().plus(otherTrialEnded(RecordDate.of(day("2026-08-23")))))
            .where("E6", NOT_MET),
        eligible("on study in this protocol itself: not another trial, E6 not met",
            eligible().plus(trial("this-trial", "NCT07298239", "on-study",
                RecordPeriod.ongoingFrom(RecordDate.of(daysBefore(4))))))
            .where("E6", NOT_MET),
        needsReview("another trial that ended some time in August 2026: E6 unknown",
            eligible().plus(otherTrialEnded(RecordDate.ofMonth(YearMonth.of(2026, 8)))), "E6"),
        ineligible("unable to use effective contraception: E7 met",
            eligible().with(attests(CONTRACEPTION, false)), "E7"),
        needsReview("no contraception answer: E7 unknown",
            eligible().without("attest-" + CONTRACEPTION), "E7"),
        ineligible("allergy to rituximab (ATC L01FA01): E8 met",
            eligible().plus(allergy("allergy-rituximab", new Coding(ATC, "L01FA01", "rituximab"),
                VerificationStatus.CONFIRMED)), "E8"),
        ineligible("allergy coded with the pre-2022 ATC L01XC02 (rituximab): E8 met",
            eligible().plus(allergy("allergy-rituximab", new Coding(ATC, "L01XC02", "rituximab"),
                VerificationStatus.CONFIRMED)), "E8"),
        needsReview("unconfirmed intolerance to infliximab (ATC L04AB02): E8 unknown",
            eligible().plus(allergy("allergy-infliximab", new Coding(ATC, "L04AB02", "infliximab"),
                VerificationStatus.UNCONFIRMED)), "E8"),
        eligible("refuted allergy to trastuzumab is ignored: E8 not met",
            eligible().plus(allergy("allergy-trastuzumab", new Coding(ATC, "L01FD01", "trastuzumab"),
                VerificationStatus.REFUTED)))
            .where("E8", NOT_MET));
  }

  private static List<ScreeningCase> hepatitis() {
    return List.of(
        ineligible("untreated chronic hepatitis B: E9 met",
            eligible().plus(chronicHepatitisB()), "E9"),
        needsReview("chronic hepatitis B on entecavir, no HBV DNA in the lab window: E9 unknown",
            eligible().plus(chronicHepatitisB(), entecavir()), "E9"),
        // 200 [IU]/mL x 5.82 = 1164 copies/mL >= 1000.
        ineligible("treated hepatitis B with HBV DNA 200 IU/mL (1164 copies/mL): E9 met",
            eligible().plus(chronicHepatitisB(), entecavir(), hbvDna("200", "[IU]/mL")), "E9"),
        // 150 [IU]/mL x 5.82 = 873 copies/mL < 1000.
        eligible("treated hepatitis B with HBV DNA 150 IU/mL (873 copies/mL): E9 not met",
            eligible().plus(chronicHepatitisB(), entecavir(), hbvDna("150", "[IU]/mL")))
            .where("E9", NOT_MET),
        ineligible("HBV carrier (ICD-10-CM Z22.51) with HBV DNA exactly 1000 copies/mL: E9 met",
            eligible().plus(diagnosis("hbv-carrier", new Coding(ICD10_CM, "Z22.51", "Carrier of viral hepatitis B"),
                day("2018-02-01")), hbvDna("1000", "copies/mL")), "E9"),
        needsReview("HBV carrier with no HBV DNA in the lab window: E9 unknown",
            eligible().plus(hbvCarrier()), "E9"),
        ineligible("active hepatitis C beside an HBV carrier state without HBV DNA: E9 met (true or unknown)",
            eligible().plus(hbvCarrier(), diagnosis("hepatitis-c",
                icd10("B18.2", "Chronic viral hepatitis C"), day("2019-07-01"))), "E9"));
  }

  private static List<ScreeningCase> investigatorAndCombinations() {
    return List.of(
        ineligible("investigator deems the patient unsuitable: E10 met",
            eligible().with(attests(UNSUITABLE, true)), "E10"),
        needsReview("no answer on unsuitability: E10 unknown",
            eligible().without("attest-" + UNSUITABLE), "E10"),
        ineligible("ECOG 3 and no ANC: ineligible by I4 alone, the unknown E3 does not decide",
            eligible().with(ecog(3)).without("anc"), "I4")
            .where("E3", UNKNOWN),
        needsReview("no ECOG and no unsuitability answer: both decide the review",
            eligible().without("ecog", "attest-" + UNSUITABLE), "I4", "E10"));
  }

  // ---- facts shared by several cases ------------------------------------------------------

  private static ConditionFact colonCancer2023() {
    return diagnosis("colon-cancer", icd10("C18.7", "Malignant neoplasm of sigmoid colon"),
        day("2023-03-01")).resolvedOn(day("2023-09-30"));
  }

  private static ConditionFact melanomaResolvedOn(LocalDate abatement) {
    return diagnosis("melanoma", icd10("C43.5", "Malignant melanoma of trunk"), day("2021-03-01"))
        .resolvedOn(abatement);
  }

  private static MedicationFact ceftriaxoneIv(LocalDate first, LocalDate last) {
    return medication("ceftriaxone", "J01DD04", "ceftriaxone").intravenous().from(first, last)
        .id("ceftriaxone-" + first);
  }

  private static ConditionFact cellulitis() {
    return diagnosis("cellulitis", icd10("L03.11", "Cellulitis of lower limb"), daysBefore(12));
  }

  private static MedicationFact flucloxacillin(LocalDate first, LocalDate last) {
    return medication("flucloxacillin", "J01CF05", "flucloxacillin").oral().from(first, last);
  }

  private static ConditionFact psoriasis() {
    return diagnosis("psoriasis", icd10("L40.0", "Psoriasis vulgaris"), day("2012-09-01")).inactive();
  }

  private static MedicationFact methotrexate(LocalDate first, LocalDate last) {
    return medication("methotrexate", "L04AX03", "methotrexate").from(first, last);
  }

  /** The baseline's prednisone, to be given a reason. */
  private static MedicationFact prednisone() {
    return medication("prednisone", "H02AB07", "prednisone").ongoingFrom(LocalDate.of(2025, 6, 1));
  }

  private static Fact otherTrialEnded(RecordDate end) {
    return trial("other-trial", "NCT05000001", "off-study",
        new RecordPeriod(RecordDate.of(day("2026-01-10")), end));
  }

  private static ConditionFact chronicHepatitisB() {
    return diagnosis("hepatitis-b", icd10("B18.1", "Chronic viral hepatitis B without delta-agent"),
        day("2015-10-01"));
  }

  private static MedicationFact entecavir() {
    return medication("entecavir", "J05AF10", "entecavir").ongoingFrom(day("2016-01-15"));
  }

  private static ConditionFact hbvCarrier() {
    return diagnosis("hbv-carrier", icd10("Z22.5", "Carrier of viral hepatitis"), day("2018-02-01"));
  }
}
