package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.Facts.BIOPSY_2019;
import static dev.eligo.examples.her2low.Facts.BRAIN;
import static dev.eligo.examples.her2low.Facts.CHEST_WALL;
import static dev.eligo.examples.her2low.Facts.LAB_DAY;
import static dev.eligo.examples.her2low.Facts.LUMBAR_SPINE;
import static dev.eligo.examples.her2low.Facts.qtcf;
import static dev.eligo.examples.her2low.Facts.radiotherapy;
import static dev.eligo.examples.her2low.Fhir.LOCAL;
import static dev.eligo.examples.her2low.Fhir.LOINC;
import static dev.eligo.examples.her2low.Fhir.RXNORM;
import static dev.eligo.examples.her2low.Fhir.SNOMED;
import static dev.eligo.examples.her2low.Fhir.active;
import static dev.eligo.examples.her2low.Fhir.allergy;
import static dev.eligo.examples.her2low.Fhir.atc;
import static dev.eligo.examples.her2low.Fhir.coded;
import static dev.eligo.examples.her2low.Fhir.coding;
import static dev.eligo.examples.her2low.Fhir.condition;
import static dev.eligo.examples.her2low.Fhir.infusion;
import static dev.eligo.examples.her2low.Fhir.local;
import static dev.eligo.examples.her2low.Fhir.observation;
import static dev.eligo.examples.her2low.Fhir.procedure;
import static dev.eligo.examples.her2low.Fhir.quantity;
import static dev.eligo.examples.her2low.Fhir.resolved;
import static dev.eligo.examples.her2low.Fhir.statement;
import static dev.eligo.examples.her2low.SamplePatient.baseline;
import static dev.eligo.examples.her2low.ScreeningCase.eligible;
import static dev.eligo.examples.her2low.ScreeningCase.ineligible;
import static dev.eligo.examples.her2low.ScreeningCase.needsReview;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The exclusion rows of the screening table, worked out by hand from the data dictionary with S =
 * 2026-03-16, enrollment E = 2026-03-18, first dose D = 2026-03-20. Windows: anticancer drugs D-14
 * = 2026-03-06..D; anti-hormonal therapy and radiotherapy D-6 = 2026-03-14..D; cardiac events E - 6
 * months = 2025-09-18..E; other malignancy S - 3 years = 2023-03-16..S; pregnancy test
 * 2026-03-09..S.
 */
final class ExclusionCases {
  /** A first dose planned six weeks after screening: a drug still taken at S may yet be stopped. */
  private static final LocalDate LATE_FIRST_DOSE = LocalDate.of(2026, 4, 30);

  private ExclusionCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.addAll(priorDrugsAndAllergy());
    all.addAll(washouts());
    all.addAll(lungs());
    all.addAll(eyesAndHeart());
    all.addAll(illnesses());
    all.addAll(otherMalignancy());
    all.addAll(pregnancy());
    return all;
  }

  private static ObjectNode oxygen(String end) {
    return statement(atc("V03AN01"), "2025-12-15", end);
  }

  private static List<ScreeningCase> priorDrugsAndAllergy() {
    return List.of(
        ineligible(
            "brentuximab vedotin in 2020: an auristatin, E1 met",
            baseline().with(infusion(atc("L01FX05"), "2020-02-10")),
            "E1"),
        ineligible(
            "brentuximab vedotin in 2020 under its pre-2022 ATC L01XC12: E1 met",
            baseline().with(infusion(atc("L01XC12"), "2020-02-10")),
            "E1"),
        ineligible(
            "ARX788 in an earlier study: E1 met",
            baseline().with(infusion(local("arx788"), "2025-06-02")),
            "E1"),
        needsReview(
            "an infusion coded only in RxNorm: it cannot be classified, E1 unknown",
            baseline().with(infusion(coding(RXNORM, "1547545"), "2020-02-10")),
            "E1"),
        ineligible("allergy to ARX788: E2 met", baseline().with(allergy(local("arx788"))), "E2"),
        ineligible(
            "allergic reaction to a component of ARX788: E2 met",
            baseline().answer("arx788-component-allergy", true),
            "E2"),
        needsReview(
            "component allergy not answered: E2 unknown",
            baseline().answer("arx788-component-allergy", null),
            "E2"));
  }

  private static List<ScreeningCase> washouts() {
    return List.of(
        ineligible(
                "capecitabine until D-14: E3 met",
                baseline().with(statement(atc("L01BC06"), "2026-01-05", "2026-03-06")),
                "E3")
            .where("E3a", MET)
            .where("E3b", NOT_MET),
        eligible(
                "capecitabine until D-15: E3 not met",
                baseline().with(statement(atc("L01BC06"), "2026-01-05", "2026-03-05")))
            .where("E3a", NOT_MET),
        ineligible(
                "an investigational anticancer agent on 2026-03-10: E3 met",
                baseline().with(infusion(local("investigational-anticancer-agent"), "2026-03-10")),
                "E3")
            .where("E3a", MET),
        ineligible(
                "letrozole until D-6: E3 met",
                baseline().with(statement(atc("L02BG04"), "2026-01-05", "2026-03-14")),
                "E3")
            .where("E3b", MET)
            .where("E3a", NOT_MET),
        eligible(
                "letrozole until D-7: anti-hormonal therapy allowed, E3 not met",
                baseline().with(statement(atc("L02BG04"), "2026-01-05", "2026-03-13")))
            .where("E3b", NOT_MET),
        ineligible(
                "palbociclib still taken at S, 4 days before the first dose: E3 met",
                baseline().with(statement(atc("L01EF01"), "2026-01-05", null)),
                "E3")
            .where("E3a", MET),
        needsReview(
                "palbociclib still taken at S, first dose 6 weeks later: E3 unknown",
                baseline().with(statement(atc("L01EF01"), "2026-01-05", null)),
                "E3")
            .screenedWith(ScreeningInputs.COHORT_1.firstDoseOn(LATE_FIRST_DOSE))
            .where("E3a", UNKNOWN),
        needsReview(
                "letrozole still taken at S, first dose 6 weeks later: E3 unknown",
                baseline().with(statement(atc("L02BG04"), "2026-01-05", null)),
                "E3")
            .screenedWith(ScreeningInputs.COHORT_1.firstDoseOn(LATE_FIRST_DOSE))
            .where("E3b", UNKNOWN)
            .where("E3a", NOT_MET),
        ineligible(
            "radiotherapy to the lumbar spine until D-6: E4 met",
            baseline().with(radiotherapy("2026-03-10", "2026-03-14", LUMBAR_SPINE)),
            "E4"),
        eligible(
                "radiotherapy to the lumbar spine until D-7: E4 not met",
                baseline().with(radiotherapy("2026-03-09", "2026-03-13", LUMBAR_SPINE)))
            .where("E4", NOT_MET),
        needsReview(
            "radiotherapy until D-6 with no body site: E4 unknown",
            baseline().with(radiotherapy("2026-03-10", "2026-03-14", null)),
            "E4"),
        eligible(
                "radiotherapy to the brain until D-6: not outside the brain, E4 not met",
                baseline().with(radiotherapy("2026-03-10", "2026-03-14", BRAIN)))
            .where("E4", NOT_MET));
  }

  private static List<ScreeningCase> lungs() {
    ObjectNode pembrolizumab = infusion(atc("L01FF02"), "2024-12-09");
    return List.of(
        ineligible(
            "aspiration pneumonitis (J69.0) in 2025: any pneumonitis, E5 met",
            baseline().with(resolved("J69.0", "2025-07-14", "2025-08-02")),
            "E5"),
        ineligible(
            "hypersensitivity pneumonitis (J67.0) in 2019: E5 met",
            baseline().with(resolved("J67.0", "2019-04-01", "2019-09-30")),
            "E5"),
        ineligible(
                "drug-induced pneumonitis in 2025: E5 met",
                baseline().with(resolved("J70.2", "2025-10-28", "2026-01-09")),
                "E5")
            .where("E6a", NOT_MET),
        needsReview(
            "asthma, significance not answered: E5 unknown",
            baseline().with(active("J45.909", "1990-01-01")),
            "E5"),
        eligible(
            "asthma, not clinically significant: E5 not met",
            baseline()
                .with(active("J45.909", "1990-01-01"))
                .answer("other-lung-disease-significant", false)),
        eligible(
                "interstitial lung disease due to lung metastases: the exception, E5 not met",
                baseline()
                    .with(active("J84.10", "2025-11-02"), active("C78.01", "2025-10-15"))
                    .answer("lung-disease-from-metastases", true))
            .where("E5", NOT_MET),
        needsReview(
            "interstitial lung disease and lung metastases, cause not answered: E5 unknown",
            baseline().with(active("J84.10", "2025-11-02"), active("C78.01", "2025-10-15")),
            "E5"),
        ineligible(
                "pneumonitis after pembrolizumab: immune-mediated, E5 and E6 met",
                baseline().with(pembrolizumab, resolved("J70.4", "2025-05-06", "2025-07-30")),
                "E5",
                "E6")
            .where("E6a", MET),
        ineligible(
                "pneumonitis before the first checkpoint inhibitor: E5 met, E6 not",
                baseline().with(pembrolizumab, resolved("J70.4", "2024-06-10", "2024-08-01")),
                "E5")
            .where("E6a", NOT_MET),
        needsReview(
                "provisional pneumonitis after pembrolizumab: E5 and E6 unknown",
                baseline()
                    .with(
                        pembrolizumab,
                        condition("J70.4", "2025-05-06", "active", null, "provisional")),
                "E5",
                "E6")
            .where("E6a", UNKNOWN),
        ineligible(
                "chest radiotherapy 50 Gy with significant sequelae: E6 met",
                baseline().answer("chest-radiotherapy-sequelae-significant", true),
                "E6")
            .where("E6b", MET),
        needsReview(
                "chest radiotherapy with significant sequelae, total dose not reported: E6 unknown",
                baseline()
                    .without("rt-total-dose-chest")
                    .answer("chest-radiotherapy-sequelae-significant", true),
                "E6")
            .where("E6b", UNKNOWN),
        eligible(
                "chest radiotherapy of 15 Gy with significant sequelae: E6 not met",
                baseline()
                    .without("rt-total-dose-chest")
                    .with(
                        observation(
                            "procedure",
                            coding(LOCAL, "rt-total-dose-chest"),
                            "2019-10-04",
                            "valueQuantity",
                            quantity("15", "Gy"),
                            null))
                    .answer("chest-radiotherapy-sequelae-significant", true))
            .where("E6b", NOT_MET),
        needsReview(
                "a second chest radiotherapy course, 2021, without its total dose: E6 unknown",
                baseline()
                    .without("rt-total-dose-chest")
                    .with(
                        observation(
                            "procedure",
                            coding(LOCAL, "rt-total-dose-chest"),
                            "2019-10-04",
                            "valueQuantity",
                            quantity("15", "Gy"),
                            null),
                        radiotherapy("2021-05-03", "2021-05-14", CHEST_WALL))
                    .answer("chest-radiotherapy-sequelae-significant", true),
                "E6")
            .where("E6b", UNKNOWN),
        ineligible(
                "radiation fibrosis over 15% with symptoms: E6 met",
                baseline()
                    .with(active("J70.1", "2021-03-01"))
                    .answer("radiation-fibrosis-over-15-percent-symptomatic", true)
                    .answer("other-lung-disease-significant", false),
                "E6")
            .where("E6c", MET)
            .where("E5", NOT_MET),
        needsReview(
                "radiation fibrosis, extent not answered: E6 unknown",
                baseline()
                    .with(active("J70.1", "2021-03-01"))
                    .answer("other-lung-disease-significant", false),
                "E6")
            .where("E6c", UNKNOWN),
        ineligible("home oxygen: E6 met", baseline().with(oxygen(null)), "E6").where("E6d", MET),
        ineligible(
                "oxygen therapy on the screening day: E6 met",
                baseline()
                    .with(procedure(coding(SNOMED, "57485005"), "2026-03-16", "2026-03-16", null)),
                "E6")
            .where("E6d", MET),
        eligible("oxygen stopped in February: E6 not met", baseline().with(oxygen("2026-02-01")))
            .where("E6d", NOT_MET),
        needsReview(
                "oxygen until the screening day, recorded with status unknown: E6 unknown",
                baseline().with(oxygen("2026-03-16").put("status", "unknown")),
                "E6")
            .where("E6d", UNKNOWN));
  }

  private static List<ScreeningCase> eyesAndHeart() {
    SamplePatient man =
        baseline()
            .gender("male")
            .without("C50.411")
            .with(active("C50.421", BIOPSY_2019))
            .answer("no-sperm-donation", true);
    return List.of(
        ineligible(
            "punctate keratitis in 2024: E7 met",
            baseline().with(resolved("H16.143", "2024-02-14", "2024-03-20")),
            "E7"),
        ineligible(
            "active dry eye: E7 met", baseline().with(active("H04.123", "2025-04-01")), "E7"),
        eligible(
            "glaucoma: excluded from eye disease, E7 not met",
            baseline().with(active("H40.9", "2020-01-01"))),
        eligible("myopia: E7 not met", baseline().with(active("H52.13", "1985-01-01"))),
        needsReview(
            "cataract with no clinical status: E7 unknown",
            baseline().with(condition("H25.9", "2024-01-01", null, null, "confirmed")),
            "E7"),
        ineligible(
                "myocardial infarction in October 2025: E8 met",
                baseline().with(resolved("I21.4", "2025-10-01", "2025-10-15")),
                "E8")
            .where("E8a", MET),
        eligible(
                "myocardial infarction over by 2025-09-17, before the 6 months: E8 not met",
                baseline().with(resolved("I21.4", "2025-09-01", "2025-09-17")))
            .where("E8a", NOT_MET),
        needsReview(
                "atrial fibrillation, stability not answered: E8 unknown",
                baseline().with(active("I48.0", "2025-12-01")),
                "E8")
            .where("E8a", UNKNOWN),
        eligible(
            "stable atrial fibrillation: E8 not met",
            baseline().with(active("I48.0", "2025-12-01")).answer("arrhythmia-unstable", false)),
        ineligible(
            "congestive heart failure since 2020: E8 met",
            baseline().with(active("I50.22", "2020-06-01")),
            "E8"),
        eligible(
                "QTcF 470 ms in a woman: E8 not met",
                baseline().without("76634-5").with(qtcf(LAB_DAY, "470")))
            .where("E8b", NOT_MET),
        ineligible(
                "QTcF 471 ms in a woman: E8 met",
                baseline().without("76634-5").with(qtcf(LAB_DAY, "471")),
                "E8")
            .where("E8b", MET),
        ineligible(
                "QTcF 451 ms in a man: E8 met",
                man.without("76634-5").with(qtcf(LAB_DAY, "451")),
                "E8")
            .where("E8b", MET),
        eligible(
                "QTcF 450 ms in a man: E8 not met",
                man.without("76634-5").with(qtcf(LAB_DAY, "450")))
            .where("E8b", NOT_MET),
        needsReview("no QTcF in the lab window: E8 unknown", baseline().without("76634-5"), "E8")
            .where("E8b", UNKNOWN),
        needsReview(
                "QTcF 460 ms, sex recorded as unknown: E8 (and I23) unknown",
                baseline().without("76634-5").with(qtcf(LAB_DAY, "460")).gender("unknown"),
                "I23",
                "E8")
            .where("E8b", UNKNOWN));
  }

  private static List<ScreeningCase> illnesses() {
    return List.of(
        ineligible(
            "leptomeningeal carcinomatosis: E9 met",
            baseline().with(active("C79.32", "2026-02-26")),
            "E9"),
        needsReview(
            "leptomeningeal carcinomatosis only provisional: E9 unknown",
            baseline().with(condition("C79.32", "2026-02-26", "active", null, "provisional")),
            "E9"),
        ineligible(
            "illness impacting therapy: E10 met",
            baseline().answer("illness-impacting-therapy", true),
            "E10"),
        needsReview(
            "E10 not answered", baseline().answer("illness-impacting-therapy", null), "E10"),
        ineligible(
            "uncontrollable intercurrent illness: E11 met",
            baseline().answer("uncontrolled-intercurrent-illness", true),
            "E11"),
        needsReview(
            "E11 not answered",
            baseline().answer("uncontrolled-intercurrent-illness", null),
            "E11"),
        ineligible(
            "active symptomatic COVID-19: E11 met",
            baseline().with(active("U07.1", LAB_DAY)).answer("covid-19-symptomatic", true),
            "E11"),
        needsReview(
            "active COVID-19, symptoms not answered: E11 unknown",
            baseline().with(active("U07.1", LAB_DAY)),
            "E11"),
        eligible(
            "COVID-19 over in 2025: E11 not met",
            baseline().with(resolved("U07.1", "2025-01-10", "2025-01-24"))));
  }

  private static List<ScreeningCase> otherMalignancy() {
    return List.of(
        ineligible(
            "a neuroendocrine tumour of the ileum (C7A.012) in 2024: a primary malignancy, E12 met",
            baseline().with(resolved("C7A.012", "2024-05-02", "2024-09-20")),
            "E12"),
        eligible(
            "secondary neuroendocrine tumour of the liver (C7B.02): secondary, E12 not met",
            baseline().with(active("C7B.02", "2025-10-01"))),
        eligible(
            "ductal carcinoma in situ of the other breast (D05.12), not resolved: the breast cancer studied, E12 not met",
            baseline().with(active("D05.12", "2025-06-10"))),
        ineligible(
            "colon cancer 2023-09 to 2024-02: E12 met",
            baseline().with(resolved("C18.7", "2023-09-12", "2024-02-20")),
            "E12"),
        eligible(
            "colon cancer over on 2023-03-15, the day before the 3 years: E12 not met",
            baseline().with(resolved("C18.7", "2022-09-01", "2023-03-15"))),
        ineligible(
            "colon cancer over on 2023-03-16, the first day of the 3 years: E12 met",
            baseline().with(resolved("C18.7", "2022-09-01", "2023-03-16")),
            "E12"),
        eligible(
            "basal-cell carcinoma of the nose, excised: excepted, E12 not met",
            baseline().with(resolved("C44.311", "2025-02-03", "2025-03-01"))),
        ineligible(
            "basal-cell carcinoma still active: E12 met",
            baseline().with(active("C44.311", "2025-12-03")),
            "E12"),
        eligible(
            "squamous-cell carcinoma of the arm, excised: excepted, E12 not met",
            baseline().with(resolved("C44.621", "2024-05-03", "2024-06-01"))),
        ineligible(
            "carcinoma in situ of the cervix in 2024: not excepted, E12 met",
            baseline().with(resolved("D06.9", "2024-01-10", "2024-03-01")),
            "E12"),
        ineligible(
            "carcinoma in situ of the bladder in 2024: not excepted, E12 met",
            baseline().with(resolved("D09.0", "2024-01-10", "2024-03-01")),
            "E12"),
        ineligible(
            "high-grade cervical dysplasia (CIN II) in 2024: E12 met",
            baseline().with(resolved("N87.1", "2024-01-10", "2024-03-01")),
            "E12"),
        eligible(
            "ductal carcinoma in situ of the other breast, treated: excepted, E12 not met",
            baseline().with(resolved("D05.12", "2024-01-10", "2024-03-01"))),
        eligible(
            "papillary thyroid cancer treated without cytotoxic drugs: E12 not met",
            baseline().with(resolved("C73", "2024-01-10", "2024-03-01"))),
        needsReview(
            "thyroid cancer, and a carboplatin infusion whose reason is not recorded: E12 unknown",
            baseline()
                .with(
                    resolved("C73", "2024-01-10", "2024-03-01"),
                    infusion(atc("L01XA02"), "2024-02-01")),
            "E12"),
        needsReview(
            "colon cancer only provisional: E12 unknown",
            baseline().with(condition("C18.7", "2025-09-12", "active", null, "provisional")),
            "E12"),
        needsReview(
            "a melanoma coded only in SNOMED CT: every diagnosis it could be must be reviewed",
            baseline()
                .with(
                    Fhir.condition(
                        coding(SNOMED, "93655004"),
                        "2024-06-18",
                        "resolved",
                        "2024-07-02",
                        "confirmed")),
            "I8",
            "I18",
            "I20",
            "E5",
            "E6",
            "E7",
            "E9",
            "E12",
            "E14"));
  }

  private static List<ScreeningCase> pregnancy() {
    return List.of(
        ineligible(
            "positive urine hCG on 2026-03-13: E13 met",
            baseline().with(coded(LOINC, "2106-3", "2026-03-13", coding(SNOMED, "10828004"))),
            "E13"),
        eligible(
            "negative urine hCG: E13 not met",
            baseline().with(coded(LOINC, "2106-3", "2026-03-13", coding(SNOMED, "260385009")))),
        eligible(
            "positive urine hCG on 2026-03-08, before the 7 days: E13 not met",
            baseline().with(coded(LOINC, "2106-3", "2026-03-08", coding(SNOMED, "10828004")))),
        ineligible(
            "pregnant (Z33.1): E13 met", baseline().with(active("Z33.1", "2026-02-01")), "E13"),
        ineligible(
            "supervision of a normal first pregnancy (Z34.01): E13 met",
            baseline().with(active("Z34.01", "2026-02-01")),
            "E13"),
        ineligible(
            "pre-existing hypertension complicating pregnancy (O10.012): E13 met",
            baseline().with(active("O10.012", "2026-02-01")),
            "E13"),
        ineligible(
            "breastfeeding (Z39.1): E13 met",
            baseline().with(active("Z39.1", "2025-11-01")),
            "E13"),
        needsReview(
            "pregnancy only provisional: E13 unknown",
            baseline().with(condition("Z33.1", "2026-02-01", "active", null, "provisional")),
            "E13"));
  }
}
