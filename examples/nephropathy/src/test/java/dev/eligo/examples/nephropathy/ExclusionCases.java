package dev.eligo.examples.nephropathy;

import static dev.eligo.examples.nephropathy.Baseline.CYCLOSPORINE_TOXICITY;
import static dev.eligo.examples.nephropathy.Baseline.DIAGNOSED;
import static dev.eligo.examples.nephropathy.Baseline.EXPERIMENTAL_MEDICATION;
import static dev.eligo.examples.nephropathy.Baseline.LAB_DAY;
import static dev.eligo.examples.nephropathy.Baseline.LIVER_IMPAIRS_CYCLOSPORINE;
import static dev.eligo.examples.nephropathy.Baseline.RAAS_INTOLERANT;
import static dev.eligo.examples.nephropathy.Baseline.SIGNIFICANT_CONDITION;
import static dev.eligo.examples.nephropathy.Baseline.day;
import static dev.eligo.examples.nephropathy.Baseline.patient;
import static dev.eligo.examples.nephropathy.Baseline.woman;
import static dev.eligo.examples.nephropathy.Conditions.diagnosis;
import static dev.eligo.examples.nephropathy.Conditions.icd10;
import static dev.eligo.examples.nephropathy.Conditions.icd10cm;
import static dev.eligo.examples.nephropathy.Medications.INTRAMUSCULAR;
import static dev.eligo.examples.nephropathy.Medications.INTRAVENOUS;
import static dev.eligo.examples.nephropathy.Medications.SUBCUTANEOUS;
import static dev.eligo.examples.nephropathy.Medications.given;
import static dev.eligo.examples.nephropathy.Medications.taken;
import static dev.eligo.examples.nephropathy.Observations.INDETERMINATE;
import static dev.eligo.examples.nephropathy.Observations.NYHA_II;
import static dev.eligo.examples.nephropathy.Observations.NYHA_IV;
import static dev.eligo.examples.nephropathy.Observations.POSITIVE;
import static dev.eligo.examples.nephropathy.Observations.REACTIVE;
import static dev.eligo.examples.nephropathy.Observations.egfr;
import static dev.eligo.examples.nephropathy.Observations.hba1c;
import static dev.eligo.examples.nephropathy.Observations.hcvAntibody;
import static dev.eligo.examples.nephropathy.Observations.hivSerology;
import static dev.eligo.examples.nephropathy.Observations.neutrophils;
import static dev.eligo.examples.nephropathy.Observations.nyha;
import static dev.eligo.examples.nephropathy.Observations.platelets;
import static dev.eligo.examples.nephropathy.Observations.pregnancyTest;
import static dev.eligo.examples.nephropathy.Observations.prothrombinTime;
import static dev.eligo.examples.nephropathy.ScreeningCase.eligible;
import static dev.eligo.examples.nephropathy.ScreeningCase.ineligible;
import static dev.eligo.examples.nephropathy.ScreeningCase.needsReview;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;

/**
 * The exclusion rows of the screening table, each worked out by hand from the README's readings. S
 * = 2026-10-06 and T = 2026-11-03: the laboratory window starts 2026-08-06, immunosuppression is
 * counted from T − 3 months = 2026-08-03, live vaccines from T − 1 month = 2026-10-03, rituximab
 * from 2025-10-06, viral infections from 2024-10-06 and cancer from 2021-10-06.
 */
final class ExclusionCases {
  private ExclusionCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.addAll(kidneyFunction());
    all.addAll(immunosuppression());
    all.addAll(cyclosporineAndRituximab());
    all.addAll(heartAndSerology());
    all.addAll(infectionAndVaccines());
    all.addAll(pregnancyAndCancer());
    all.addAll(liverBloodCountsDiabetes());
    return all;
  }

  private static List<ScreeningCase> kidneyFunction() {
    return List.of(
        ineligible(
                "E1: eGFR 38 a week before screening, on lisinopril",
                patient()
                    .with(
                        egfr(DIAGNOSED, "85"), egfr(day("2026-09-08"), "81"), egfr(LAB_DAY, "38")),
                "E1")
            .where("E1", MET),
        eligible(
                "E1: eGFR exactly 40",
                patient()
                    .with(
                        egfr(DIAGNOSED, "85"), egfr(day("2026-09-08"), "81"), egfr(LAB_DAY, "40")))
            .where("E1", NOT_MET),
        // Lisinopril for 7 weeks is too short for I4 (whose exception is not answered).
        needsReview(
                "E1: eGFR 36 before lisinopril started, 52 on it",
                patient()
                    .with(taken("lisinopril", "C09AA03", "lisinopril", day("2026-08-20"), null))
                    .with(
                        egfr(DIAGNOSED, "85"), egfr(day("2026-08-10"), "36"), egfr(LAB_DAY, "52")),
                "I4")
            .where("E1", NOT_MET),
        needsReview(
                "E1: no eGFR in the 2 months before screening",
                patient().with(egfr(DIAGNOSED, "85"), egfr(day("2026-07-20"), "80")),
                "E1")
            .where("E1", UNKNOWN)
            .where("I5a", UNKNOWN),
        ineligible(
            "E1: intolerant of ACE inhibitors and ARBs, eGFR 35",
            patient()
                .without("lisinopril")
                .answer(RAAS_INTOLERANT, true)
                .with(egfr(DIAGNOSED, "85"), egfr(day("2026-09-08"), "41"), egfr(LAB_DAY, "35")),
            "E1"),
        eligible(
            "E1: eGFR unit spelled mL/min/1.73m2",
            patient()
                .with(
                    Observations.quantity(
                        "egfr",
                        "98979-8",
                        "eGFR (CKD-EPI 2021)",
                        LAB_DAY,
                        "78",
                        "mL/min/1.73m2"))));
  }

  private static List<ScreeningCase> immunosuppression() {
    return List.of(
        ineligible(
            "E2: prednisone in August 2026, within 3 months of day 1",
            patient()
                .with(
                    taken(
                        "prednisone",
                        "H02AB07",
                        "prednisone",
                        day("2026-08-10"),
                        day("2026-08-24"))),
            "E2"),
        eligible(
                "E2: prednisone stopped 2 August 2026, the day before the 3 months before day 1",
                patient()
                    .with(
                        taken(
                            "prednisone",
                            "H02AB07",
                            "prednisone",
                            day("2026-07-12"),
                            day("2026-08-02"))))
            .where("E2", NOT_MET),
        ineligible(
                "E2: the same prednisone, with day 1 planned a day earlier",
                patient()
                    .with(
                        taken(
                            "prednisone",
                            "H02AB07",
                            "prednisone",
                            day("2026-07-12"),
                            day("2026-08-02"))),
                "E2")
            .startingOn(day("2026-11-02")),
        ineligible(
                "E2: on tacrolimus since June 2026",
                patient()
                    .with(taken("tacrolimus", "L04AD02", "tacrolimus", day("2026-06-01"), null)),
                "E2")
            .where("E3exposure", NOT_MET),
        needsReview(
                "E2: on study in another trial since July, what it gave not answered",
                inAnotherStudy(),
                "E2")
            .where("E2", UNKNOWN),
        ineligible(
            "E2: another trial that gave an experimental medication",
            inAnotherStudy().answer(EXPERIMENTAL_MEDICATION, true),
            "E2"),
        eligible(
            "E2: another study without an experimental medication",
            inAnotherStudy().answer(EXPERIMENTAL_MEDICATION, false)),
        eligible(
                "E2: hydrocortisone replacement is not immunosuppression",
                patient()
                    .with(
                        taken(
                            "hydrocortisone",
                            "H02AB09",
                            "hydrocortisone",
                            day("2023-02-01"),
                            null)))
            .where("I5a", MET));
  }

  private static List<ScreeningCase> cyclosporineAndRituximab() {
    return List.of(
        ineligible(
                "E3: cyclosporine for 9 months in 2024",
                patient()
                    .with(
                        taken(
                            "cyclosporine",
                            "L04AD01",
                            "ciclosporin",
                            day("2024-01-01"),
                            day("2024-09-30"))),
                "E3")
            .where("E3exposure", MET)
            .where("E3toxicity", UNKNOWN)
            .where("I5a", NOT_MET),
        eligible(
                "E3: cyclosporine from 1 January to 30 June 2024, 6 months and not more",
                patient()
                    .with(
                        taken(
                            "cyclosporine",
                            "L04AD01",
                            "ciclosporin",
                            day("2024-01-01"),
                            day("2024-06-30")))
                    .answer(CYCLOSPORINE_TOXICITY, false))
            .where("E3exposure", NOT_MET),
        ineligible(
                "E3: cyclosporine from 1 January to 1 July 2024, a day over 6 months",
                patient()
                    .with(
                        taken(
                            "cyclosporine",
                            "L04AD01",
                            "ciclosporin",
                            day("2024-01-01"),
                            day("2024-07-01")))
                    .answer(CYCLOSPORINE_TOXICITY, false),
                "E3")
            .where("E3exposure", MET),
        eligible(
                "E3: cyclosporine for 4 months in 2024, no toxicity",
                fourMonthsOfCyclosporine().answer(CYCLOSPORINE_TOXICITY, false))
            .where("E3exposure", NOT_MET)
            .where("E3toxicity", NOT_MET),
        ineligible(
                "E3: cyclosporine for 4 months in 2024 and tacrolimus for 4 months in 2025,"
                    + " 241 days in all",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(tacrolimusIn2025("2025-05-31")),
                "E3")
            .where("E3exposure", MET),
        eligible(
                "E3: 121 days of cyclosporine and 61 of tacrolimus, 182 days in all",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(tacrolimusIn2025("2025-04-02")))
            .where("E3exposure", NOT_MET),
        ineligible(
                "E3: 121 days of cyclosporine and 62 of tacrolimus, 183 days in all",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(tacrolimusIn2025("2025-04-03")),
                "E3")
            .where("E3exposure", MET),
        needsReview(
                "E3: 121 days of cyclosporine and tacrolimus from a day of February 2025 to 31 May",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(startingInMonth(tacrolimusIn2025("2025-05-31"), "2025-02")),
                "E3")
            .where("E3exposure", UNKNOWN),
        ineligible(
                "E3: 183 days known and tacrolimus of unknown length: over whatever it adds",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(tacrolimusIn2025("2025-04-03"))
                    .with(
                        startingInMonth(
                            taken(
                                "tacrolimus-later",
                                "L04AD02",
                                "tacrolimus",
                                day("2025-09-01"),
                                day("2025-09-30")),
                            "2025-08")),
                "E3")
            .where("E3exposure", MET),
        ineligible(
                "E3: cyclosporine for 4 months, then tacrolimus for 4 months from the next day",
                fourMonthsOfCyclosporine()
                    .answer(CYCLOSPORINE_TOXICITY, false)
                    .with(
                        taken(
                            "tacrolimus",
                            "L04AD02",
                            "tacrolimus",
                            day("2024-05-01"),
                            day("2024-08-31"))),
                "E3")
            .where("E3exposure", MET),
        ineligible(
                "E3: cyclosporine intolerance on record",
                patient()
                    .with(
                        OtherRecords.intolerance(
                            "cyclosporine-intolerance",
                            "L04AD01",
                            "ciclosporin",
                            "Gingival hyperplasia and hypertension")),
                "E3")
            .where("E3toxicity", MET),
        ineligible(
            "E3: cyclosporine for 4 months with toxicity by the investigator",
            fourMonthsOfCyclosporine().answer(CYCLOSPORINE_TOXICITY, true),
            "E3"),
        // The investigator's "no" does not outweigh a use the record shows stopped for an adverse
        // reaction.
        ineligible(
                "E3: cyclosporine for 4 months stopped for an adverse drug reaction",
                patient()
                    .with(
                        Medications.stoppedFor(
                            fourMonthsOfCyclosporineStatement(),
                            new Coding(
                                Observations.SNOMED, "62014003", "Adverse reaction to drug")))
                    .answer(CYCLOSPORINE_TOXICITY, false),
                "E3")
            .where("E3exposure", NOT_MET)
            .where("E3toxicity", MET),
        eligible(
                "E3: cyclosporine for 4 months stopped for a pregnancy, no toxicity by the investigator",
                woman()
                    .with(
                        Medications.stoppedFor(
                            fourMonthsOfCyclosporineStatement(),
                            new Coding(Observations.SNOMED, "77386006", "Pregnancy")))
                    .answer(CYCLOSPORINE_TOXICITY, false))
            .where("E3toxicity", NOT_MET),
        needsReview(
                "E3: cyclosporine for 4 months stopped for a pregnancy, toxicity not answered",
                woman()
                    .with(
                        Medications.stoppedFor(
                            fourMonthsOfCyclosporineStatement(),
                            new Coding(Observations.SNOMED, "77386006", "Pregnancy"))),
                "E3")
            .where("E3toxicity", UNKNOWN),
        ineligible(
            "E4: rituximab infusions in December 2025",
            patient()
                .with(
                    given("rituximab", "L01FA01", "rituximab", day("2025-12-01"), INTRAVENOUS),
                    given("rituximab", "L01FA01", "rituximab", day("2025-12-15"), INTRAVENOUS)),
            "E4"),
        eligible(
                "E4: rituximab last given the day before the 12 months",
                patient()
                    .with(
                        given("rituximab", "L01FA01", "rituximab", day("2025-09-21"), INTRAVENOUS),
                        given("rituximab", "L01FA01", "rituximab", day("2025-10-05"), INTRAVENOUS)))
            .where("E4", NOT_MET),
        // RxNorm is not a code system of this protocol: the infusion cannot be classified, so it
        // may
        // also be cyclosporine (whose toxicity is then asked, and not answered).
        needsReview(
                "E4: an infusion coded only in RxNorm (rituximab) in January 2026",
                patient()
                    .with(
                        Medications.codedOnlyIn(
                            given(
                                "rituximab",
                                "L01FA01",
                                "rituximab",
                                day("2026-01-15"),
                                INTRAVENOUS),
                            Medications.RXNORM,
                            "121191",
                            "rituximab")),
                "E3",
                "E4")
            .where("E4", UNKNOWN)
            .where("I5a", UNKNOWN),
        ineligible(
            "E4: rituximab last given on the first day of the 12 months",
            patient()
                .with(given("rituximab", "L01XC02", "rituximab", day("2025-10-06"), INTRAVENOUS)),
            "E4"));
  }

  private static List<ScreeningCase> heartAndSerology() {
    return List.of(
        ineligible(
            "E5: NYHA class IV a month ago",
            patient().with(nyha(day("2026-09-01"), NYHA_IV)),
            "E5"),
        eligible(
            "E5: NYHA IV in May, class II since September",
            patient().with(nyha(day("2026-05-01"), NYHA_IV), nyha(day("2026-09-01"), NYHA_II))),
        ineligible(
            "E5: active unstable angina",
            patient()
                .with(
                    diagnosis(
                        "unstable-angina", day("2026-09-15"), icd10cm("I20.0", "Unstable angina"))),
            "E5"),
        needsReview(
            "E5: the investigator has not answered about other conditions",
            patient().answer(SIGNIFICANT_CONDITION, null),
            "E5"),
        ineligible(
            "E5: a clinically significant condition by the investigator",
            patient().answer(SIGNIFICANT_CONDITION, true),
            "E5"),
        ineligible(
            "E6: HIV screen reactive (a cause of secondary MN too)",
            patient().with(hivSerology(day("2026-09-08"), REACTIVE)),
            "I7",
            "E6"),
        needsReview(
                "E6: last HIV test 14 months ago",
                patient().with(hivSerology(day("2025-08-01"), Observations.NON_REACTIVE)),
                "E6")
            .where("E6", UNKNOWN),
        needsReview(
            "E6: HIV screen indeterminate",
            patient().with(hivSerology(day("2026-09-08"), INDETERMINATE)),
            "E6"),
        ineligible(
            "E6: HIV infection on the problem list, no recent test",
            patient()
                .without("hiv")
                .with(
                    diagnosis(
                        "hiv-infection",
                        day("2012-03-01"),
                        icd10cm("B20", "Human immunodeficiency virus [HIV] disease"))),
            "I7",
            "E6"),
        ineligible(
            "E7: hepatitis C antibody positive (a cause of secondary MN too)",
            patient().with(hcvAntibody(day("2026-09-08"), POSITIVE)),
            "I7",
            "E7"),
        ineligible(
            "E7: hepatitis C cured in 2022, no recent antibody",
            patient()
                .without("hcv")
                .with(
                    Conditions.resolvedOn(
                        diagnosis(
                            "hepatitis-c",
                            day("2019-04-01"),
                            icd10cm("B18.2", "Chronic viral hepatitis C")),
                        day("2022-02-01"))),
            "E7"),
        needsReview("E7: no hepatitis C antibody test", patient().without("hcv"), "E7")
            .where("E7", UNKNOWN));
  }

  private static List<ScreeningCase> infectionAndVaccines() {
    return List.of(
        ineligible(
                "E8: urinary tract infection on nitrofurantoin",
                patient().with(urinaryInfection()).with(nitrofurantoin()),
                "E8")
            .where("E8infection", MET),
        eligible(
                "E8: an active infection without antimicrobial", patient().with(urinaryInfection()))
            .where("E8infection", NOT_MET),
        eligible(
            "E8: co-trimoxazole prophylaxis without an infection",
            patient()
                .with(
                    taken(
                        "cotrimoxazole",
                        "J01EE01",
                        "sulfamethoxazole and trimethoprim",
                        day("2026-06-01"),
                        null))),
        needsReview(
                "E8: urinary tract infection without a clinical status, on nitrofurantoin",
                patient()
                    .with(urinaryInfection().edit(Condition.class, c -> c.setClinicalStatus(null)))
                    .with(nitrofurantoin()),
                "E8")
            .where("E8infection", UNKNOWN),
        ineligible(
                "E8: shingles in March 2025",
                patient()
                    .with(
                        Conditions.resolvedOn(
                            diagnosis(
                                "zoster",
                                day("2025-03-10"),
                                icd10cm("B02.9", "Zoster without complications")),
                            day("2025-04-01"))),
                "E8")
            .where("E8viral", MET),
        eligible(
                "E8: shingles in June 2024, before the 24 months",
                patient()
                    .with(
                        Conditions.resolvedOn(
                            diagnosis(
                                "zoster",
                                day("2024-06-01"),
                                icd10cm("B02.9", "Zoster without complications")),
                            day("2024-07-01"))))
            .where("E8viral", NOT_MET),
        needsReview(
                "E8: shingles recorded as provisional",
                patient()
                    .with(
                        Conditions.verification(
                            Conditions.resolvedOn(
                                diagnosis(
                                    "zoster",
                                    day("2026-03-02"),
                                    icd10cm("B02.9", "Zoster without complications")),
                                day("2026-03-20")),
                            "provisional")),
                "E8")
            .where("E8viral", UNKNOWN),
        ineligible(
            "E9: MMR vaccine the day before screening",
            patient()
                .with(
                    given(
                        "vaccine",
                        "J07BD52",
                        "measles, combinations with mumps and rubella, live attenuated",
                        day("2026-10-05"),
                        SUBCUTANEOUS)),
            "E9"),
        eligible(
                "E9: live zoster vaccine 36 days before day 1", patient().with(liveZosterVaccine()))
            .where("E9", NOT_MET),
        ineligible(
                "E9: the same live zoster vaccine, with day 1 planned for 20 October",
                patient().with(liveZosterVaccine()),
                "E9")
            .startingOn(day("2026-10-20")),
        // CVX is a code system of this protocol: MMR 03 is a live viral vaccine, and a record coded
        // in CVX alone is no immunosuppressant, cyclosporine or rituximab.
        ineligible(
                "E9: an MMR vaccine coded only in CVX the day before screening",
                patient()
                    .with(
                        Medications.codedOnlyIn(
                            given("vaccine", "J07BD52", "MMR", day("2026-10-05"), SUBCUTANEOUS),
                            Medications.CVX,
                            "03",
                            "measles, mumps and rubella virus vaccine")),
                "E9")
            .where("E9", MET)
            .where("E2", NOT_MET),
        ineligible(
                "E9: an MMR immunization (CVX 03) 29 days before day 1",
                patient()
                    .with(
                        Medications.immunized(
                            "mmr",
                            "03",
                            "measles, mumps and rubella virus vaccine",
                            day("2026-10-05"),
                            org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)),
                "E9")
            .where("E9", MET),
        eligible(
                "E9: an MMR immunization recorded as not done",
                patient()
                    .with(
                        Medications.immunized(
                            "mmr",
                            "03",
                            "measles, mumps and rubella virus vaccine",
                            day("2026-10-05"),
                            org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.NOTDONE)))
            .where("E9", NOT_MET),
        eligible(
                "E9: a varicella immunization (CVX 21) 34 days before day 1",
                patient()
                    .with(
                        Medications.immunized(
                            "varicella",
                            "21",
                            "varicella virus vaccine",
                            day("2026-09-30"),
                            org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)))
            .where("E9", NOT_MET),
        eligible(
                "E9: an inactivated influenza immunization (CVX 88) is not live",
                patient()
                    .with(
                        Medications.immunized(
                            "flu",
                            "88",
                            "influenza virus vaccine, unspecified formulation",
                            day("2026-10-05"),
                            org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)))
            .where("E9", NOT_MET),
        needsReview(
                "E9: an MMR immunization dated only October 2026 may fall before the window",
                patient()
                    .with(
                        Medications.immunized(
                                "mmr",
                                "03",
                                "measles, mumps and rubella virus vaccine",
                                day("2026-10-05"),
                                org.hl7.fhir.r4.model.Immunization.ImmunizationStatus.COMPLETED)
                            .edit(
                                org.hl7.fhir.r4.model.Immunization.class,
                                i -> i.setOccurrence(new DateTimeType("2026-10")))),
                "E9")
            .where("E9", UNKNOWN),
        eligible(
            "E9: recombinant zoster vaccine is not live",
            patient()
                .with(
                    given(
                        "vaccine",
                        "J07BK03",
                        "zoster, purified antigen",
                        day("2026-10-05"),
                        INTRAMUSCULAR))));
  }

  private static List<ScreeningCase> pregnancyAndCancer() {
    return List.of(
        ineligible(
                "E10: positive pregnancy test",
                woman().with(pregnancyTest(day("2026-10-02"), POSITIVE)),
                "E10")
            .where("E10pregnancy", MET),
        needsReview(
                "E10: woman of reproductive potential without a pregnancy test",
                woman().without("pregnancy-test"),
                "E10")
            .where("E10pregnancy", UNKNOWN),
        ineligible(
            "E10: pregnant, supervised since August",
            woman()
                .without("pregnancy-test")
                .with(
                    diagnosis(
                        "pregnancy",
                        day("2026-08-20"),
                        icd10cm(
                            "Z34.00",
                            "Encounter for supervision of normal first pregnancy, unspecified trimester"))),
            "E10"),
        ineligible("E10: breastfeeding", woman().with(lactation()), "E10")
            .where("E10lactation", MET),
        needsReview(
                "E10: lactation recorded without a clinical status",
                woman().with(lactation().edit(Condition.class, c -> c.setClinicalStatus(null))),
                "E10")
            .where("E10lactation", UNKNOWN),
        ineligible(
            "E11: bladder cancer in 2023, resolved",
            patient()
                .with(
                    Conditions.resolvedOn(
                        diagnosis(
                            "cancer",
                            day("2023-03-01"),
                            icd10cm("C67.2", "Malignant neoplasm of lateral wall of bladder")),
                        day("2023-12-15"))),
            "E11"),
        eligible(
                "E11: colon cancer resolved in 2016",
                patient()
                    .with(
                        Conditions.resolvedOn(
                            diagnosis(
                                "cancer",
                                day("2015-01-20"),
                                icd10cm("C18.7", "Malignant neoplasm of sigmoid colon")),
                            day("2016-02-01"))))
            .where("E11", NOT_MET),
        eligible(
            "E11: basal cell carcinoma of the nose in 2025",
            patient()
                .with(
                    Conditions.resolvedOn(
                        diagnosis(
                            "cancer",
                            day("2025-05-01"),
                            icd10cm("C44.311", "Basal cell carcinoma of skin of nose")),
                        day("2025-06-01")))),
        needsReview(
                "E11: a skin cancer of the face coded without its type (WHO ICD-10 C44.3)",
                patient()
                    .with(
                        Conditions.resolvedOn(
                            diagnosis(
                                "cancer",
                                day("2025-05-01"),
                                icd10("C44.3", "Skin of other and unspecified parts of face")),
                            day("2025-06-01"))),
                "E11")
            .where("E11", UNKNOWN),
        ineligible(
            "E11: squamous cell carcinoma of the face in 2025",
            patient()
                .with(
                    Conditions.resolvedOn(
                        diagnosis(
                            "cancer",
                            day("2025-05-01"),
                            icd10cm(
                                "C44.320",
                                "Squamous cell carcinoma of skin of unspecified part of face")),
                        day("2025-06-01"))),
            "E11"));
  }

  private static List<ScreeningCase> liverBloodCountsDiabetes() {
    return List.of(
        ineligible(
            "E12: cirrhosis with a prothrombin time of 14.2 s",
            patient().with(cirrhosis()).with(prothrombinTime(LAB_DAY, "14.2")),
            "E12"),
        needsReview(
                "E12: cirrhosis with a normal prothrombin time, severity not answered",
                patient().with(cirrhosis()),
                "E12")
            .where("E12", UNKNOWN),
        eligible(
            "E12: cirrhosis not severe enough by the investigator",
            patient().with(cirrhosis()).answer(LIVER_IMPAIRS_CYCLOSPORINE, false)),
        eligible(
                "E12: cirrhosis, prothrombin time prolonged by warfarin, not severe by the investigator",
                patient()
                    .with(cirrhosis())
                    .with(prothrombinTime(LAB_DAY, "19.5"))
                    .with(taken("warfarin", "B01AA03", "warfarin", day("2026-01-10"), null))
                    .answer(LIVER_IMPAIRS_CYCLOSPORINE, false))
            .where("E12", NOT_MET),
        ineligible(
            "E12: cirrhosis with an INR of 1.6, the prothrombin time not reported in seconds",
            patient().with(cirrhosis()).without("pt").with(Observations.inr(LAB_DAY, "1.6")),
            "E12"),
        eligible(
                "E12: cirrhosis with a normal prothrombin time and INR, not severe by the investigator",
                patient()
                    .with(cirrhosis())
                    .with(Observations.inr(LAB_DAY, "1.0"))
                    .answer(LIVER_IMPAIRS_CYCLOSPORINE, false))
            .where("E12", NOT_MET),
        needsReview(
                "E12: cirrhosis with neither a prothrombin time nor an INR, severity not answered",
                patient().with(cirrhosis()).without("pt"),
                "E12")
            .where("E12", UNKNOWN),
        eligible(
            "E12: a prolonged prothrombin time without liver disease",
            patient().with(prothrombinTime(LAB_DAY, "14.2"))),
        ineligible(
                "E13: neutrophils 1.2 × 10³/µL",
                patient().with(neutrophils(LAB_DAY, "1.2", "10*3/uL")),
                "E13")
            .where("E13neutrophils", MET),
        eligible(
                "E13: neutrophils exactly 1500/mm³",
                patient().with(neutrophils(LAB_DAY, "1.5", "10*3/uL")))
            .where("E13neutrophils", NOT_MET),
        ineligible(
                "E13: platelets 70,000", patient().with(platelets(LAB_DAY, "70", "10*3/uL")), "E13")
            .where("E13platelets", MET),
        ineligible(
                "E13: CD4 180/µL",
                patient().with(Observations.cd4(LAB_DAY, "180", "cells/uL")),
                "E13")
            .where("E13cd4", MET),
        needsReview("E13: no CD4 count", patient().without("cd4"), "E13").where("E13cd4", UNKNOWN),
        needsReview(
                "E13: the last neutrophil count is from July",
                patient().with(neutrophils(day("2026-07-20"), "4.0", "10*3/uL")),
                "E13")
            .where("E13neutrophils", UNKNOWN),
        needsReview("E13: no platelet count", patient().without("platelets"), "E13")
            .where("E13platelets", UNKNOWN),
        eligible(
            "E13: neutrophils spelled K/uL", patient().with(neutrophils(LAB_DAY, "4.1", "K/uL"))),
        ineligible(
            "E14: type 2 diabetes",
            patient()
                .with(
                    diagnosis(
                        "diabetes",
                        day("2018-09-01"),
                        icd10cm("E11.9", "Type 2 diabetes mellitus without complications"))),
            "E14"),
        needsReview(
                "E14: HbA1c 6.8 % without a diagnosis",
                patient().with(hba1c(day("2026-09-08"), "6.8")), "E14")
            .where("E14", UNKNOWN),
        eligible("E14: no HbA1c", patient().without("hba1c")).where("E14", NOT_MET));
  }

  private static FhirPatient inAnotherStudy() {
    return patient()
        .with(OtherRecords.study("NCT05999999"))
        .with(OtherRecords.participation("NCT05999999", "on-study", day("2026-07-01"), null));
  }

  private static FhirPatient fourMonthsOfCyclosporine() {
    return patient().with(fourMonthsOfCyclosporineStatement());
  }

  /** Tacrolimus by mouth from 1 February 2025 to {@code end}. */
  private static Fact tacrolimusIn2025(String end) {
    return taken("tacrolimus", "L04AD02", "tacrolimus", day("2025-02-01"), day(end));
  }

  /** The same statement whose start the record gives only as a month. */
  private static Fact startingInMonth(Fact statement, String month) {
    return statement.edit(
        MedicationStatement.class,
        s -> ((Period) s.getEffective()).setStartElement(new DateTimeType(month)));
  }

  private static Fact fourMonthsOfCyclosporineStatement() {
    return taken("cyclosporine", "L04AD01", "ciclosporin", day("2024-01-01"), day("2024-04-30"));
  }

  private static Fact urinaryInfection() {
    return diagnosis(
        "infection",
        day("2026-10-01"),
        icd10cm("N39.0", "Urinary tract infection, site not specified"));
  }

  private static Fact nitrofurantoin() {
    return taken("nitrofurantoin", "J01XE01", "nitrofurantoin", day("2026-10-01"), null);
  }

  private static Fact liveZosterVaccine() {
    return given("vaccine", "J07BK02", "zoster, live attenuated", day("2026-09-28"), SUBCUTANEOUS);
  }

  private static Fact lactation() {
    return diagnosis(
        "lactation",
        day("2026-03-01"),
        icd10cm("Z39.1", "Encounter for care and examination of lactating mother"));
  }

  private static Fact cirrhosis() {
    return diagnosis(
        "liver-disease", day("2021-05-01"), icd10cm("K74.60", "Unspecified cirrhosis of liver"));
  }
}
