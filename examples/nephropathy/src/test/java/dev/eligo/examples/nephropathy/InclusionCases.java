package dev.eligo.examples.nephropathy;

import static dev.eligo.examples.nephropathy.Baseline.ABLE_TO_TAKE_ORAL;
import static dev.eligo.examples.nephropathy.Baseline.AGREES_TO_CONTRACEPTION;
import static dev.eligo.examples.nephropathy.Baseline.COMPLICATIONS_UNCONTROLLED;
import static dev.eligo.examples.nephropathy.Baseline.CONTRACEPTION_OTHER_METHOD;
import static dev.eligo.examples.nephropathy.Baseline.INFORMED_CONSENT;
import static dev.eligo.examples.nephropathy.Baseline.LAB_DAY;
import static dev.eligo.examples.nephropathy.Baseline.MALE_CONTRACEPTION;
import static dev.eligo.examples.nephropathy.Baseline.NO_SECONDARY_CAUSE;
import static dev.eligo.examples.nephropathy.Baseline.RAAS_INTOLERANT;
import static dev.eligo.examples.nephropathy.Baseline.SCREENING;
import static dev.eligo.examples.nephropathy.Baseline.WILLING_TO_ADHERE;
import static dev.eligo.examples.nephropathy.Baseline.WILLING_TO_COMPLY;
import static dev.eligo.examples.nephropathy.Baseline.day;
import static dev.eligo.examples.nephropathy.Baseline.patient;
import static dev.eligo.examples.nephropathy.Baseline.woman;
import static dev.eligo.examples.nephropathy.Observations.MEMBRANOUS;
import static dev.eligo.examples.nephropathy.Observations.bloodPressure;
import static dev.eligo.examples.nephropathy.Observations.egfr;
import static dev.eligo.examples.nephropathy.Observations.pla2r;
import static dev.eligo.examples.nephropathy.Observations.urineCreatinine;
import static dev.eligo.examples.nephropathy.Observations.urineProtein;
import static dev.eligo.examples.nephropathy.ScreeningCase.eligible;
import static dev.eligo.examples.nephropathy.ScreeningCase.ineligible;
import static dev.eligo.examples.nephropathy.ScreeningCase.needsReview;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationStatement;

/**
 * The inclusion rows of the screening table, each worked out by hand from the README's readings. S
 * = 2026-10-06; the baseline's diagnosis D = 2025-11-12 (D + 6 months = 2026-05-12); the baseline
 * 24-hour urine window starts 2026-07-06, the laboratory and blood pressure windows 2026-08-06, the
 * biopsy and anti-PLA2R window 2024-10-06.
 */
final class InclusionCases {
  /** Membranous nephropathy diagnosed on 2 June 2026: 4 months before S, too early to persist. */
  private static final LocalDate RECENT_DIAGNOSIS = day("2026-06-02");

  private InclusionCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.addAll(baselineConsentAndAge());
    all.addAll(persistentProteinuria());
    all.addAll(renalAngiotensinBlockade());
    all.addAll(biopsyAndPla2r());
    all.addAll(bloodPressureReadings());
    all.addAll(secondaryCauseAndOralMedication());
    all.addAll(contraception());
    return all;
  }

  private static List<ScreeningCase> baselineConsentAndAge() {
    return List.of(
        // I3 a is unknown (no high-risk sign, the checklist does not ask) but I3 is met by
        // persistence;
        // I4's "unless intolerant" is unknown likewise, and I4 is met on lisinopril.
        eligible(
                "baseline: nephrotic for 11 months on lisinopril, biopsy-proven and anti-PLA2R positive",
                patient())
            .where("I3persistent", MET)
            .where("I3a", UNKNOWN)
            .where("I4despite", MET)
            .where("I4intolerant", UNKNOWN)
            .where("I4a", MET)
            .where("I5biopsy", MET)
            .where("I5a", MET),
        ineligible(
            "I1: not willing to comply with the study procedures",
            patient().answer(WILLING_TO_COMPLY, false),
            "I1"),
        needsReview(
            "I1: willingness to comply not answered",
            patient().answer(WILLING_TO_COMPLY, null),
            "I1"),
        eligible(
                "I2: 18 years old on the screening date",
                patient().bornOn(SCREENING.minusYears(18)))
            .where("I2", MET),
        ineligible(
            "I2: 18 only the day after screening",
            patient().bornOn(SCREENING.minusYears(18).plusDays(1)),
            "I2"),
        eligible(
            "I2: 90 years old, the registry's maximum",
            patient().bornOn(SCREENING.minusYears(91).plusDays(1))),
        ineligible("I2: 91 years old", patient().bornOn(SCREENING.minusYears(91)), "I2"),
        needsReview("I2: no birth date", patient().bornOn(null), "I2"));
  }

  private static List<ScreeningCase> persistentProteinuria() {
    return List.of(
        needsReview(
                "I3: diagnosed 4 months ago, no sign of high risk, complications not answered",
                diagnosedOn(RECENT_DIAGNOSIS),
                "I3")
            .where("I3persistent", NOT_MET)
            .where("I3a", UNKNOWN),
        eligible(
                "I3 a: diagnosed 4 months ago, complications not controlled by supportive therapy",
                diagnosedOn(RECENT_DIAGNOSIS).answer(COMPLICATIONS_UNCONTROLLED, true))
            .where("I3persistent", NOT_MET)
            .where("I3a", MET),
        ineligible(
                "I3 a: diagnosed 4 months ago, complications controlled",
                diagnosedOn(RECENT_DIAGNOSIS).answer(COMPLICATIONS_UNCONTROLLED, false),
                "I3")
            .where("I3a", NOT_MET),
        eligible(
                "I3 a: diagnosed 4 months ago with proteinuria averaging 8.9 g/day",
                diagnosedOn(RECENT_DIAGNOSIS)
                    .with(
                        urineProtein(day("2026-08-04"), "8.8", "g/(24.h)"),
                        urineProtein(day("2026-09-08"), "9.2", "g/(24.h)"),
                        urineProtein(day("2026-09-29"), "8.6", "g/(24.h)")))
            .where("I3a", MET),
        eligible(
                "I3 a: diagnosed 4 months ago, eGFR fallen from 88 to 64 (27 %)",
                diagnosedOn(RECENT_DIAGNOSIS)
                    .with(
                        egfr(RECENT_DIAGNOSIS, "88"),
                        egfr(day("2026-09-08"), "71"),
                        egfr(LAB_DAY, "64")))
            .where("I3a", MET),
        ineligible(
                "I3, I4: the two latest collections average 3.4 g/24 h",
                patient()
                    .with(
                        urineProtein(day("2026-08-04"), "5.6", "g/(24.h)"),
                        urineProtein(day("2026-09-08"), "3.2", "g/(24.h)"),
                        urineProtein(day("2026-09-29"), "3.6", "g/(24.h)")),
                "I3",
                "I4")
            .where("I3persistent", NOT_MET)
            .where("I3a", NOT_MET)
            .where("I4despite", NOT_MET)
            .where("I4a", NOT_MET),
        ineligible(
            "I3, I4: the two latest collections average exactly 3.5 g/24 h",
            patient()
                .with(
                    urineProtein(day("2026-08-04"), "5.6", "g/(24.h)"),
                    urineProtein(day("2026-09-08"), "3.4", "g/(24.h)"),
                    urineProtein(day("2026-09-29"), "3.6", "g/(24.h)")),
            "I3",
            "I4"),
        // Without excluding it, the latest collection would make the average (3.0 + 9.0) / 2 = 6.
        ineligible(
            "I3, I4: the latest collection is incomplete (8.3 mg/kg of creatinine), the complete ones average 3.1",
            patient()
                .with(
                    urineProtein(day("2026-08-04"), "3.2", "g/(24.h)"),
                    urineProtein(day("2026-09-08"), "3.0", "g/(24.h)"),
                    urineProtein(day("2026-09-29"), "9.0", "g/(24.h)"))
                .with(
                    urineCreatinine(day("2026-08-04"), "1650", "mg/(24.h)"),
                    urineCreatinine(day("2026-09-08"), "1720", "mg/(24.h)"),
                    urineCreatinine(day("2026-09-29"), "700", "mg/(24.h)")),
            "I3",
            "I4"),
        needsReview(
                "I3, I4: one complete collection in the 3 months before screening",
                patient()
                    .with(
                        urineProtein(day("2026-06-01"), "5.6", "g/(24.h)"),
                        urineProtein(day("2026-09-29"), "5.8", "g/(24.h)"))
                    .with(
                        urineCreatinine(day("2026-06-01"), "1650", "mg/(24.h)"),
                        urineCreatinine(day("2026-09-29"), "1610", "mg/(24.h)")),
                "I3",
                "I4")
            .where("I3persistent", UNKNOWN)
            .where("I4despite", UNKNOWN)
            .where("I4a", UNKNOWN),
        needsReview(
            "I3, I4: no body weight, so no collection can be shown complete",
            patient().without("weight"),
            "I3",
            "I4"),
        eligible(
            "I3, I4: urine creatinine in mmol/24 h (14.6 mmol = 1652 mg)",
            patient()
                .with(
                    urineCreatinine(day("2026-08-04"), "14.6", "mmol/(24.h)"),
                    urineCreatinine(day("2026-09-08"), "15.2", "mmol/(24.h)"),
                    urineCreatinine(day("2026-09-29"), "14.2", "mmol/(24.h)"))),
        eligible(
            "I3, I4: urine protein in mg/24h as the laboratory spells it",
            patient()
                .with(
                    urineProtein(day("2026-08-04"), "5600", "mg/24h"),
                    urineProtein(day("2026-09-08"), "6100", "mg/24h"),
                    urineProtein(day("2026-09-29"), "5800", "mg/24h"))),
        needsReview(
                "I3: no membranous nephropathy diagnosis on record",
                patient().without("membranous-nephropathy"),
                "I3")
            .where("I3persistent", UNKNOWN));
  }

  private static List<ScreeningCase> renalAngiotensinBlockade() {
    return List.of(
        needsReview(
                "I4: lisinopril for 9 weeks, no collection yet after 2 months of it",
                patient().with(lisinoprilFrom(day("2026-08-01"))),
                "I4")
            .where("I4despite", UNKNOWN),
        ineligible(
                "I4: lisinopril for 5 weeks only, not intolerant",
                patient().with(lisinoprilFrom(day("2026-09-01"))).answer(RAAS_INTOLERANT, false),
                "I4")
            .where("I4despite", NOT_MET)
            .where("I4intolerant", NOT_MET),
        eligible(
                "I4: no ACE inhibitor or ARB, intolerant of both on record (cough, angioedema)",
                patient()
                    .without("lisinopril")
                    .with(
                        OtherRecords.intolerance(
                            "lisinopril-intolerance", "C09AA03", "lisinopril", "Cough"),
                        OtherRecords.intolerance(
                            "losartan-intolerance", "C09CA01", "losartan", "Angioedema")))
            .where("I4despite", NOT_MET)
            .where("I4intolerant", MET),
        eligible(
                "I4: no ACE inhibitor or ARB, intolerant of both by the investigator (hyperkalaemia)",
                patient().without("lisinopril").answer(RAAS_INTOLERANT, true))
            .where("I4intolerant", MET),
        needsReview(
                "I4: no ACE inhibitor or ARB, only an ACE inhibitor intolerance on record",
                patient()
                    .without("lisinopril")
                    .with(
                        OtherRecords.intolerance(
                            "lisinopril-intolerance", "C09AA03", "lisinopril", "Cough")),
                "I4")
            .where("I4intolerant", UNKNOWN));
  }

  private static List<ScreeningCase> biopsyAndPla2r() {
    return List.of(
        ineligible(
                "I5: no biopsy and anti-PLA2R 8 RU/mL",
                withoutBiopsy().with(pla2r(day("2025-11-05"), "8")),
                "I5")
            .where("I5biopsy", NOT_MET)
            .where("I5a", NOT_MET),
        eligible(
                "I5 a: biopsy 30 months ago, anti-PLA2R positive, eGFR 78, no immunosuppression",
                biopsyOn(day("2024-04-02")))
            .where("I5biopsy", NOT_MET)
            .where("I5a", MET),
        ineligible(
            "I5: biopsy 30 months ago and anti-PLA2R negative",
            biopsyOn(day("2024-04-02")).with(pla2r(day("2025-11-05"), "8")),
            "I5"),
        needsReview(
                "I5: a biopsy of the 24 months without its electron microscopy, anti-PLA2R negative",
                patient().without("biopsy-em").with(pla2r(day("2025-11-05"), "8")),
                "I5")
            .where("I5biopsy", UNKNOWN),
        ineligible(
                "I5 a: no biopsy, anti-PLA2R positive but eGFR 55",
                withoutBiopsy()
                    .with(
                        egfr(Baseline.DIAGNOSED, "85"),
                        egfr(day("2026-09-08"), "81"),
                        egfr(LAB_DAY, "55")),
                "I5")
            .where("I5a", NOT_MET),
        ineligible(
            "I5 a: no biopsy, anti-PLA2R positive but prednisone in December 2025",
            withoutBiopsy()
                .with(
                    Medications.taken(
                        "prednisone",
                        "H02AB07",
                        "prednisone",
                        day("2025-12-05"),
                        day("2025-12-26"))),
            "I5"),
        ineligible(
            "I5 a: no biopsy, anti-PLA2R borderline (17 RU/mL)",
            withoutBiopsy().with(pla2r(day("2025-11-05"), "17")),
            "I5"));
  }

  private static List<ScreeningCase> bloodPressureReadings() {
    return List.of(
        ineligible(
            "I6: 3 of 4 readings at or under 140/90 is 75 %, not more",
            patient()
                .with(
                    bloodPressure("2026-08-11T09:05:00-04:00", 128, 78),
                    bloodPressure("2026-08-25T09:40:00-04:00", 146, 86),
                    bloodPressure("2026-09-08T10:15:00-04:00", 136, 88),
                    bloodPressure("2026-09-29T09:20:00-04:00", 130, 82)),
            "I6"),
        ineligible(
            "I6: a diastolic of 92 makes a reading uncontrolled, 3 of 4",
            patient()
                .with(
                    bloodPressure("2026-08-11T09:05:00-04:00", 128, 92),
                    bloodPressure("2026-08-25T09:40:00-04:00", 130, 80),
                    bloodPressure("2026-09-08T10:15:00-04:00", 126, 78),
                    bloodPressure("2026-09-29T09:20:00-04:00", 132, 84)),
            "I6"),
        // Two panels of 29 September: each systolic has its own diastolic (130/82 controlled,
        // 138/94 not), so 4 of 6 are controlled.
        ineligible(
                "I6: a second panel on 29 September of 138/94, paired within its panel",
                patient().plus(bloodPressure("2026-09-29T09:35:00-04:00", 138, 94)),
                "I6")
            .where("I6", NOT_MET),
        // The same reading sent as a separate systolic and diastolic with only the day: which
        // diastolic of the day (82 or 94) goes with the systolic 138 cannot be told: 4 or 5 of 6.
        needsReview(
                "I6: a second reading on 29 September sent apart without a time, which the share"
                    + " depends on",
                patient().plus(Observations.bloodPressureAsTwo("2026-09-29", 138, 94)),
                "I6")
            .where("I6", UNKNOWN),
        // The same separate records with their time of day pair exactly: 4 of 6.
        ineligible(
                "I6: a second reading on 29 September sent apart with its time, paired by it",
                patient()
                    .plus(Observations.bloodPressureAsTwo("2026-09-29T09:35:00-04:00", 138, 94)),
                "I6")
            .where("I6", NOT_MET),
        // Both diastolics of 29 September are at most 90: 130 is controlled whichever is its
        // partner, 144 is not whatever it is. 4 of 6.
        ineligible(
            "I6: a second reading on 29 September of 144/86, uncontrolled by its systolic alone",
            patient().plus(bloodPressure("2026-09-29T09:35:00-04:00", 144, 86)),
            "I6"),
        // 5 of 6 whichever diastolic goes with which systolic.
        eligible(
                "I6: a second reading on 29 September of 136/88, controlled whatever the pairing",
                patient().plus(bloodPressure("2026-09-29T09:35:00-04:00", 136, 88)))
            .where("I6", MET),
        // 7 sure of 9, whatever the two readings of one day are: more than 75 %.
        eligible(
                "I6: two readings on one day do not matter when seven others are controlled",
                patient()
                    .with(
                        bloodPressure("2026-08-07T09:05:00-04:00", 128, 78),
                        bloodPressure("2026-08-14T09:40:00-04:00", 134, 84),
                        bloodPressure("2026-08-21T10:15:00-04:00", 132, 88),
                        bloodPressure("2026-08-28T08:50:00-04:00", 126, 80),
                        bloodPressure("2026-09-04T09:20:00-04:00", 130, 82),
                        bloodPressure("2026-09-11T09:20:00-04:00", 124, 76),
                        bloodPressure("2026-09-18T09:10:00-04:00", 136, 84),
                        bloodPressure("2026-09-29T09:20:00-04:00", 150, 96),
                        bloodPressure("2026-09-29T09:35:00-04:00", 138, 86)))
            .where("I6", MET),
        needsReview(
            "I6: one reading in the 2 months",
            patient().with(bloodPressure("2026-09-29T09:20:00-04:00", 130, 82)),
            "I6"),
        // Lisinopril for 26 days is also too short for I4, whose exception is not answered.
        needsReview(
            "I4, I6: every antihypertensive started 26 days before screening",
            patient()
                .with(lisinoprilFrom(day("2026-09-10")))
                .with(
                    Medications.taken(
                        "furosemide", "C03CA01", "furosemide", day("2026-09-10"), null))
                .with(
                    Medications.taken(
                        "amlodipine", "C08CA01", "amlodipine", day("2026-09-10"), null)),
            "I4",
            "I6"));
  }

  private static List<ScreeningCase> secondaryCauseAndOralMedication() {
    return List.of(
        ineligible(
            "I7: HIV screen reactive in 2023, no HIV diagnosis and no test in the 12 months",
            patient().with(Observations.hivSerology(day("2023-05-10"), Observations.REACTIVE)),
            "I7"),
        ineligible(
            "I7: hepatitis C antibody positive in 2024, no hepatitis C diagnosis",
            patient().with(Observations.hcvAntibody(day("2024-02-20"), Observations.POSITIVE)),
            "I7"),
        ineligible(
            "I7: lupus nephritis on the problem list",
            patient()
                .with(
                    Conditions.diagnosis(
                        "lupus",
                        day("2019-06-01"),
                        Conditions.icd10cm(
                            "M32.14", "Glomerular disease in systemic lupus erythematosus"))),
            "I7"),
        ineligible(
            "I7: ibuprofen in the 3 months before the diagnosis",
            patient()
                .with(
                    Medications.taken(
                        "ibuprofen", "M01AE01", "ibuprofen", day("2025-08-01"), day("2025-10-15"))),
            "I7"),
        needsReview(
            "I7: no cause on record, the work-up not answered",
            patient().answer(NO_SECONDARY_CAUSE, null),
            "I7"),
        eligible(
                "I8: no route recorded on any medication, able to take oral medication",
                withoutRoutes().answer(ABLE_TO_TAKE_ORAL, true))
            .where("I8", MET),
        needsReview(
            "I8: no route recorded on any medication, ability not answered", withoutRoutes(), "I8"),
        ineligible(
            "I8: not willing to adhere to the cyclosporine regimen",
            patient().answer(WILLING_TO_ADHERE, false),
            "I8"));
  }

  private static List<ScreeningCase> contraception() {
    return List.of(
        eligible("I9: woman of 35, contraception by a method not on record, agrees", woman())
            .where("I9", MET)
            .where("E10", NOT_MET),
        eligible(
            "I9: woman of 35 with a levonorgestrel IUS since February 2024",
            woman()
                .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                .with(
                    Medications.taken(
                        "ius",
                        "G02BA03",
                        "plastic IUD with progestogen",
                        day("2024-02-01"),
                        null))),
        needsReview(
            "I9: woman of 35, IUS inserted 16 days ago, no other method answered",
            woman()
                .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                .with(
                    Medications.taken(
                        "ius", "G02BA03", "plastic IUD with progestogen", day("2026-09-20"), null)),
            "I9"),
        ineligible(
            "I9: woman of 35 without highly effective contraception",
            woman().answer(CONTRACEPTION_OTHER_METHOD, false),
            "I9"),
        ineligible(
            "I9: woman of 35 who does not agree to contraception for the study",
            woman().answer(AGREES_TO_CONTRACEPTION, false),
            "I9"),
        eligible(
                "I9: woman of 63, no pregnancy test or contraception needed",
                womanNotAsked().bornOn(LocalDate.of(1963, 1, 15)))
            .where("I9", MET)
            .where("E10", NOT_MET),
        eligible(
            "I9: woman of 45 after a hysterectomy",
            womanNotAsked()
                .bornOn(LocalDate.of(1981, 7, 9))
                .with(
                    OtherRecords.procedure(
                        "hysterectomy",
                        day("2019-05-14"),
                        Conditions.snomed("236886002", "Hysterectomy")))),
        eligible(
            "I9: woman of 50 after the menopause",
            womanNotAsked()
                .bornOn(LocalDate.of(1976, 4, 30))
                .with(
                    Conditions.diagnosis(
                        "menopause",
                        day("2024-08-01"),
                        Conditions.icd10cm("N95.1", "Menopausal and female climacteric states")))),
        eligible(
                "I9: woman of 35 after a laparoscopic tubal occlusion in 2021, not asked",
                woman()
                    .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                    .with(
                        OtherRecords.procedure(
                            "tubal-sterilization",
                            day("2021-06-10"),
                            Conditions.snomed("287664005", "Bilateral tubal ligation"),
                            cpt(
                                "58671",
                                "Laparoscopy, surgical; with occlusion of oviducts by device"))))
            .where("I9", MET),
        needsReview(
            "I9: woman of 35, tubal ligation 2 weeks ago, no other method answered",
            woman()
                .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                .with(
                    OtherRecords.procedure(
                        "tubal-sterilization",
                        day("2026-09-22"),
                        cpt("58600", "Ligation or transection of fallopian tube(s)"))),
            "I9"),
        eligible(
                "I9: woman of 35 with an IUD inserted in 2023 and not removed, not asked",
                woman()
                    .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                    .with(
                        OtherRecords.procedure(
                            "iud-insertion",
                            day("2023-03-14"),
                            Conditions.snomed(
                                "65200003", "Insertion of intrauterine contraceptive device"),
                            cpt("58300", "Insertion of intrauterine device (IUD)"))))
            .where("I9", MET),
        needsReview(
            "I9: woman of 35 whose IUD of 2023 was removed in May, no other method answered",
            woman()
                .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                .with(
                    OtherRecords.procedure(
                        "iud-insertion",
                        day("2023-03-14"),
                        cpt("58300", "Insertion of intrauterine device (IUD)")),
                    OtherRecords.procedure(
                        "iud-removal",
                        day("2026-05-04"),
                        cpt("58301", "Removal of intrauterine device (IUD)"))),
            "I9"),
        eligible(
                "I9: woman of 35 whose IUD was replaced on one day in 2025, not asked",
                woman()
                    .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
                    .with(
                        OtherRecords.procedure(
                            "iud-insertion",
                            day("2025-01-20"),
                            cpt("58300", "Insertion of intrauterine device (IUD)")),
                        OtherRecords.procedure(
                            "iud-removal",
                            day("2025-01-20"),
                            cpt("58301", "Removal of intrauterine device (IUD)"))))
            .where("I9", MET),
        needsReview(
            "I9, E10: recorded sex unknown, no pregnancy test",
            patient().gender(AdministrativeGender.UNKNOWN),
            "I9",
            "E10"),
        ineligible(
            "I10: a man without contraception with his partner",
            patient().answer(MALE_CONTRACEPTION, false),
            "I10"),
        needsReview(
            "I10: a man whose contraception is not answered",
            patient().answer(MALE_CONTRACEPTION, null),
            "I10"),
        eligible(
                "I10: a man after a vasectomy, not asked",
                patient()
                    .withoutAnswer(MALE_CONTRACEPTION)
                    .with(
                        Conditions.diagnosis(
                            "vasectomy",
                            day("2015-02-10"),
                            Conditions.icd10cm("Z98.52", "Vasectomy status"))))
            .where("I10", MET),
        eligible(
                "I10: a man after a vasectomy operation in 2018, not asked",
                patient()
                    .withoutAnswer(MALE_CONTRACEPTION)
                    .with(
                        OtherRecords.procedure(
                            "vasectomy",
                            day("2018-04-17"),
                            Conditions.snomed("22523008", "Vasectomy"),
                            cpt("55250", "Vasectomy, unilateral or bilateral"))))
            .where("I10", MET),
        needsReview(
            "I10: a vasectomy 6 weeks ago, not yet relied on, contraception not answered",
            patient()
                .withoutAnswer(MALE_CONTRACEPTION)
                .with(
                    OtherRecords.procedure(
                        "vasectomy", day("2026-08-25"), cpt("55250", "Vasectomy"))),
            "I10"),
        ineligible(
            "I11: not willing to sign the consent",
            patient().answer(INFORMED_CONSENT, false),
            "I11"),
        needsReview("I11: consent not answered", patient().answer(INFORMED_CONSENT, null), "I11"));
  }

  /** The baseline diagnosed, biopsied and first measured on another day. */
  private static FhirPatient diagnosedOn(LocalDate diagnosis) {
    LocalDate biopsy = diagnosis.minusDays(2);
    return patient()
        .with(Conditions.membranousNephropathy(diagnosis))
        .with(OtherRecords.kidneyBiopsy(biopsy))
        .with(
            Observations.lightMicroscopy(biopsy, MEMBRANOUS),
            Observations.electronMicroscopy(biopsy, MEMBRANOUS))
        .with(pla2r(diagnosis.minusDays(7), "142"))
        .with(egfr(diagnosis, "85"), egfr(day("2026-09-08"), "81"), egfr(LAB_DAY, "78"));
  }

  /** The baseline whose kidney biopsy was taken on another day. */
  private static FhirPatient biopsyOn(LocalDate biopsy) {
    return patient()
        .with(OtherRecords.kidneyBiopsy(biopsy))
        .with(
            Observations.lightMicroscopy(biopsy, MEMBRANOUS),
            Observations.electronMicroscopy(biopsy, MEMBRANOUS));
  }

  private static FhirPatient withoutBiopsy() {
    return patient().without("kidney-biopsy", "biopsy-lm", "biopsy-em");
  }

  private static Fact lisinoprilFrom(LocalDate start) {
    return Medications.taken("lisinopril", "C09AA03", "lisinopril", start, null);
  }

  /** The baseline whose medication statements say nothing of the route. */
  private static FhirPatient withoutRoutes() {
    FhirPatient p = patient();
    for (String slot : List.of("lisinopril", "furosemide", "amlodipine", "atorvastatin")) {
      p = p.editSlot(slot, f -> f.edit(MedicationStatement.class, s -> s.getDosage().clear()));
    }
    return p;
  }

  /** The woman, not of reproductive potential in the cases that use this: nothing is asked. */
  private static FhirPatient womanNotAsked() {
    return woman()
        .without("pregnancy-test")
        .withoutAnswer(CONTRACEPTION_OTHER_METHOD)
        .withoutAnswer(AGREES_TO_CONTRACEPTION);
  }

  private static org.hl7.fhir.r4.model.Coding cpt(String code, String display) {
    return new org.hl7.fhir.r4.model.Coding(OtherRecords.CPT, code, display);
  }
}
