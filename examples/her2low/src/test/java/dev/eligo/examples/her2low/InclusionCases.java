package dev.eligo.examples.her2low;

import static dev.eligo.examples.her2low.Facts.AMPLIFIED;
import static dev.eligo.examples.her2low.Facts.BIOPSY_2019;
import static dev.eligo.examples.her2low.Facts.BIOPSY_2023;
import static dev.eligo.examples.her2low.Facts.EQUIVOCAL;
import static dev.eligo.examples.her2low.Facts.LAB_DAY;
import static dev.eligo.examples.her2low.Facts.LUMBAR_SPINE;
import static dev.eligo.examples.her2low.Facts.NOT_AMPLIFIED;
import static dev.eligo.examples.her2low.Facts.alt;
import static dev.eligo.examples.her2low.Facts.antiretrovirals;
import static dev.eligo.examples.her2low.Facts.ast;
import static dev.eligo.examples.her2low.Facts.below;
import static dev.eligo.examples.her2low.Facts.bilirubin;
import static dev.eligo.examples.her2low.Facts.brainMetastasis;
import static dev.eligo.examples.her2low.Facts.creatinine;
import static dev.eligo.examples.her2low.Facts.directBilirubin;
import static dev.eligo.examples.her2low.Facts.ecog;
import static dev.eligo.examples.her2low.Facts.entecavir;
import static dev.eligo.examples.her2low.Facts.estrogenReceptor;
import static dev.eligo.examples.her2low.Facts.hbvDna;
import static dev.eligo.examples.her2low.Facts.hcvRna;
import static dev.eligo.examples.her2low.Facts.hemoglobin;
import static dev.eligo.examples.her2low.Facts.her2Ihc;
import static dev.eligo.examples.her2low.Facts.her2Ish;
import static dev.eligo.examples.her2low.Facts.hivLoad;
import static dev.eligo.examples.her2low.Facts.lvef;
import static dev.eligo.examples.her2low.Facts.measurableLesions;
import static dev.eligo.examples.her2low.Facts.neutrophils;
import static dev.eligo.examples.her2low.Facts.platelets;
import static dev.eligo.examples.her2low.Facts.progesteroneReceptor;
import static dev.eligo.examples.her2low.Facts.radiotherapy;
import static dev.eligo.examples.her2low.Facts.sofosbuvirVelpatasvir;
import static dev.eligo.examples.her2low.Facts.srs;
import static dev.eligo.examples.her2low.Facts.steroid;
import static dev.eligo.examples.her2low.Facts.wbrt;
import static dev.eligo.examples.her2low.Facts.weight;
import static dev.eligo.examples.her2low.Fhir.active;
import static dev.eligo.examples.her2low.Fhir.atc;
import static dev.eligo.examples.her2low.Fhir.brainMri;
import static dev.eligo.examples.her2low.Fhir.coded;
import static dev.eligo.examples.her2low.Fhir.coding;
import static dev.eligo.examples.her2low.Fhir.condition;
import static dev.eligo.examples.her2low.Fhir.infusion;
import static dev.eligo.examples.her2low.Fhir.quantity;
import static dev.eligo.examples.her2low.Fhir.resolved;
import static dev.eligo.examples.her2low.Fhir.specimen;
import static dev.eligo.examples.her2low.Fhir.statement;
import static dev.eligo.examples.her2low.SamplePatient.baseline;
import static dev.eligo.examples.her2low.ScreeningCase.eligible;
import static dev.eligo.examples.her2low.ScreeningCase.ineligible;
import static dev.eligo.examples.her2low.ScreeningCase.needsReview;
import static dev.eligo.examples.her2low.ScreeningInputs.COHORT_2;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;

/**
 * The inclusion rows of the screening table, worked out by hand from the data dictionary with S =
 * 2026-03-16, enrollment 2026-03-18, first dose D = 2026-03-20. Windows: lab window 2026-02-16..S;
 * SRS D-6 = 2026-03-14, WBRT D-13 = 2026-03-07; viral loads 2025-09-16..S.
 */
final class InclusionCases {
  private InclusionCases() {}

  static List<ScreeningCase> all() {
    List<ScreeningCase> all = new ArrayList<>();
    all.addAll(ageConsentEcog());
    all.addAll(her2AndCohorts());
    all.addAll(disease());
    all.addAll(brainMetastases());
    all.addAll(linesOfTherapy());
    all.addAll(bloodCounts());
    all.addAll(liverKidneyHeart());
    all.addAll(viralInfections());
    all.addAll(agreements());
    return all;
  }

  /** A brain metastasis treated by SRS in November 2025 and stable on the March MRI. */
  static SamplePatient treatedBrainMetastasis() {
    return baseline()
        .with(
            brainMetastasis("2025-11-10"),
            srs("2025-11-24", "2025-11-24"),
            brainMri("2026-03-09", "cns-stable"));
  }

  private static List<ScreeningCase> ageConsentEcog() {
    return List.of(
        eligible("18 on the screening date: I1 met", baseline().bornOn("2008-03-16"))
            .where("I1", MET),
        ineligible(
            "18 only the day after screening: I1 not met", baseline().bornOn("2008-03-17"), "I1"),
        needsReview("no birth date: I1 unknown", baseline().bornOn(null), "I1"),
        ineligible(
            "not able to consent: I1 not met", baseline().answer("able-to-consent", false), "I1"),
        eligible("ECOG 2: I2 met", baseline().without("89247-1").with(ecog(LAB_DAY, 2))),
        ineligible(
            "ECOG 3: I2 not met", baseline().without("89247-1").with(ecog(LAB_DAY, 3)), "I2"),
        needsReview(
            "ECOG only on 2026-02-15, before the lab window: I2 unknown",
            baseline().without("89247-1").with(ecog("2026-02-15", 1)),
            "I2"),
        ineligible(
            "life expectancy under 6 months: I3 not met",
            baseline().answer("life-expectancy-6-months", false),
            "I3"),
        needsReview(
            "life expectancy not answered: I3 unknown",
            baseline().answer("life-expectancy-6-months", null),
            "I3"),
        ineligible(
            "not willing to sign the consent: I4 not met",
            baseline().answer("consent-understood-and-willing", false),
            "I4"),
        needsReview(
            "consent question not answered: I4 unknown",
            baseline().answer("consent-understood-and-willing", null),
            "I4"));
  }

  private static List<ScreeningCase> her2AndCohorts() {
    return List.of(
        ineligible(
            "HER2 IHC 0 on both samples: I5 not met",
            baseline()
                .without("85319-2")
                .with(her2Ihc(BIOPSY_2019, "0"), her2Ihc(BIOPSY_2023, "0")),
            "I5"),
        needsReview(
            "no HER2 immunohistochemistry on record: I5 unknown",
            baseline().without("85319-2"),
            "I5"),
        needsReview(
            "IHC 0, then IHC 2+ without ISH: HER2-low open, I5 unknown",
            baseline()
                .without("85319-2")
                .with(her2Ihc(BIOPSY_2019, "0"), her2Ihc(BIOPSY_2023, "2plus")),
            "I5"),
        eligible(
            "IHC 2+ with ISH not amplified on the same sample: I5 met",
            baseline()
                .without("85319-2")
                .with(
                    her2Ihc(BIOPSY_2019, "0"),
                    her2Ihc(BIOPSY_2023, "2plus"),
                    her2Ish(BIOPSY_2023, NOT_AMPLIFIED))),
        needsReview(
            "IHC 2+ and an ISH read on another day: not the same sample, I5 unknown",
            baseline()
                .without("85319-2")
                .with(
                    her2Ihc(BIOPSY_2019, "0"),
                    her2Ihc(BIOPSY_2023, "2plus"),
                    her2Ish("2023-05-20", NOT_AMPLIFIED)),
            "I5"),
        needsReview(
            "IHC 2+ with an equivocal ISH: I5 unknown",
            baseline()
                .without("85319-2")
                .with(
                    her2Ihc(BIOPSY_2019, "0"),
                    her2Ihc(BIOPSY_2023, "2plus"),
                    her2Ish(BIOPSY_2023, EQUIVOCAL)),
            "I5"),
        ineligible(
            "IHC 1+ with ISH amplified on the same sample, IHC 0 on the other: I5 not met",
            baseline()
                .without("85319-2")
                .with(
                    her2Ihc(BIOPSY_2019, "0"),
                    her2Ihc(BIOPSY_2023, "1plus"),
                    her2Ish(BIOPSY_2023, AMPLIFIED)),
            "I5"),
        eligible(
            "IHC 3+ on the primary, 1+ on the metastasis: any sample documents HER2-low, I5 met",
            baseline()
                .without("85319-2")
                .with(her2Ihc(BIOPSY_2019, "3plus"), her2Ihc(BIOPSY_2023, "1plus"))),
        ineligible(
                "cohort 1 with ER 9% and PR 9%: HR-, I5 not met",
                baseline()
                    .without("85337-4")
                    .without("85339-0")
                    .with(
                        estrogenReceptor(BIOPSY_2023, "9"), progesteroneReceptor(BIOPSY_2023, "9")),
                "I5")
            .where("I5a", NOT_MET)
            .where("I5b", MET),
        eligible(
                "cohort 1 with ER exactly 10%: HR+, I5 met",
                baseline()
                    .without("85337-4")
                    .without("85339-0")
                    .with(
                        estrogenReceptor(BIOPSY_2023, "10"),
                        progesteroneReceptor(BIOPSY_2023, "0")))
            .where("I5a", MET),
        eligible(
            "cohort 1 with ER 0% and PR 10%: HR+, I5 met",
            baseline()
                .without("85337-4")
                .without("85339-0")
                .with(estrogenReceptor(BIOPSY_2023, "0"), progesteroneReceptor(BIOPSY_2023, "10"))),
        needsReview(
                "cohort 1, the latest ER only 'positive' (no percent) and PR 5%: I5 unknown",
                baseline()
                    .without("85337-4")
                    .with(
                        coded(Fhir.LOINC, "85337-4", BIOPSY_2023, coding(Fhir.SNOMED, "10828004"))),
                "I5")
            .where("I5a", UNKNOWN),
        ineligible("screened for cohort 2 but ER 80%: I5 not met", baseline(), "I5")
            .screenedWith(COHORT_2)
            .where("I5b", NOT_MET)
            .where("I5a", MET),
        eligible(
                "cohort 2 with ER 9% and PR <1%: HR-, I5 met",
                baseline()
                    .without("85337-4")
                    .without("85339-0")
                    .with(
                        estrogenReceptor(BIOPSY_2023, "9"),
                        Fhir.observation(
                            "laboratory",
                            coding(Fhir.LOINC, "85339-0"),
                            BIOPSY_2023,
                            "valueQuantity",
                            quantity("<", "1", "%"),
                            null)))
            .screenedWith(COHORT_2)
            .where("I5b", MET),
        needsReview(
                "cohort 2 with ER 9% and no PR on record: I5 unknown",
                baseline()
                    .without("85337-4")
                    .without("85339-0")
                    .with(estrogenReceptor(BIOPSY_2023, "9")),
                "I5")
            .screenedWith(COHORT_2)
            .where("I5b", UNKNOWN));
  }

  private static List<ScreeningCase> disease() {
    return List.of(
        needsReview(
            "breast cancer only provisional: I5 unknown",
            baseline()
                .without("C50.411")
                .with(condition("C50.411", BIOPSY_2019, "active", null, "provisional")),
            "I5"),
        ineligible("no breast cancer on record: I5 not met", baseline().without("C50.411"), "I5"),
        needsReview(
            "no distant metastasis, unresectability not answered: I5 and I9 unknown",
            baseline().without("C79.51"),
            "I5",
            "I9"),
        ineligible(
            "no distant metastasis, investigator: resectable: I5 not met",
            baseline().without("C79.51").answer("locally-advanced-unresectable", false),
            "I5"),
        needsReview(
                "no distant metastasis, locally advanced and unresectable: I5 met, I9 unknown",
                baseline().without("C79.51").answer("locally-advanced-unresectable", true),
                "I9")
            .where("I5", MET),
        needsReview(
                "bone metastases resolved, unresectability not answered: I5 unknown",
                baseline().without("C79.51").with(resolved("C79.51", BIOPSY_2023, "2025-12-01")),
                "I5")
            .where("I9", MET),
        ineligible(
            "no measurable lesion at baseline: I6 not met",
            baseline()
                .without("recist-measurable-lesions")
                .with(measurableLesions("2026-03-10", 0)),
            "I6"),
        needsReview(
            "RECIST baseline only on 2026-02-10: I6 unknown",
            baseline()
                .without("recist-measurable-lesions")
                .with(measurableLesions("2026-02-10", 2)),
            "I6"),
        ineligible(
            "latest tissue not available, PI does not admit without: I7 not met",
            baseline()
                .without("119376003")
                .with(specimen("2019-04-08", "available"), specimen("2023-05-02", "unavailable"))
                .answer("pi-approves-without-tissue", false),
            "I7"),
        eligible(
            "latest tissue not available, PI admits without tissue: I7 met",
            baseline()
                .without("119376003")
                .with(specimen("2023-05-02", "unavailable"))
                .answer("pi-approves-without-tissue", true)),
        needsReview(
            "no tissue on record, PI not asked: I7 unknown",
            baseline().without("119376003"),
            "I7"));
  }

  private static List<ScreeningCase> brainMetastases() {
    return List.of(
        ineligible(
            "brain metastasis never treated: I8 not met",
            baseline().with(brainMetastasis("2026-02-20"), brainMri("2026-03-09", "cns-stable")),
            "I8"),
        eligible("brain metastasis treated by SRS, stable: I8 met", treatedBrainMetastasis())
            .where("I8a", MET)
            .where("I8b", MET)
            .where("I8c", MET),
        ineligible(
            "treated brain metastasis progressing on the March MRI: I8 not met",
            baseline()
                .with(
                    brainMetastasis("2025-11-10"),
                    srs("2025-11-24", "2025-11-24"),
                    brainMri("2026-03-09", "cns-progressing")),
            "I8"),
        needsReview(
            "treated brain metastasis, no MRI in the lab window: I8 unknown",
            baseline()
                .with(
                    brainMetastasis("2025-11-10"),
                    srs("2025-11-24", "2025-11-24"),
                    brainMri("2026-01-05", "cns-stable")),
            "I8"),
        ineligible(
                "SRS completed on D-6: I8 not met",
                treatedBrainMetastasis().with(srs("2026-03-12", "2026-03-14")),
                "I8")
            .where("I8a", NOT_MET),
        eligible(
                "SRS completed on D-7: I8 met",
                treatedBrainMetastasis().with(srs("2026-03-11", "2026-03-13")))
            .where("I8a", MET),
        ineligible(
                "whole-brain radiotherapy completed on D-13: I8 not met",
                treatedBrainMetastasis().with(wbrt("2026-02-23", "2026-03-07")),
                "I8")
            .where("I8b", NOT_MET),
        eligible(
                "whole-brain radiotherapy completed on D-14: I8 met",
                treatedBrainMetastasis().with(wbrt("2026-02-20", "2026-03-06")))
            .where("I8b", MET),
        needsReview(
                "a second SRS course dated only March 2026 may reach D-6: I8 unknown",
                treatedBrainMetastasis().with(srs("2026-03", "2026-03")),
                "I8")
            .where("I8a", UNKNOWN),
        needsReview(
                "whole-brain radiotherapy dated only March 2026 may reach D-13: I8 unknown",
                treatedBrainMetastasis().with(wbrt("2026-03", "2026-03")),
                "I8")
            .where("I8b", UNKNOWN),
        ineligible(
                "dexamethasone 1.5 mg twice a day (3 mg): I8 not met",
                treatedBrainMetastasis().with(steroid("H02AB02", "1.5", 2)),
                "I8")
            .where("I8c", NOT_MET),
        eligible(
                "dexamethasone 1 mg twice a day (2 mg): I8 met",
                treatedBrainMetastasis().with(steroid("H02AB02", "1", 2)))
            .where("I8c", MET),
        ineligible(
                "prednisone 15 mg a day (2.25 mg dexamethasone): I8 not met",
                treatedBrainMetastasis().with(steroid("H02AB07", "15", 1)),
                "I8")
            .where("I8c", NOT_MET),
        eligible(
                "prednisone 10 mg a day (1.5 mg dexamethasone): I8 met",
                treatedBrainMetastasis().with(steroid("H02AB07", "10", 1)))
            .where("I8c", MET),
        eligible(
                "hydrocortisone 20 mg twice a day (1.5 mg dexamethasone): I8 met",
                treatedBrainMetastasis().with(steroid("H02AB09", "20", 2)))
            .where("I8c", MET),
        needsReview(
                "dexamethasone with no dose recorded: I8 unknown",
                treatedBrainMetastasis().with(statement(atc("H02AB02"), "2025-12-01", null)),
                "I8")
            .where("I8c", UNKNOWN),
        eligible(
                "dexamethasone 1 mg and hydrocortisone 10 mg a day (1.375 mg dexamethasone): I8 met",
                treatedBrainMetastasis()
                    .with(steroid("H02AB02", "1", 1), steroid("H02AB09", "10", 1)))
            .where("I8c", MET),
        eligible(
                "dexamethasone 1.25 mg and prednisone 5 mg a day (2 mg dexamethasone): I8 met",
                treatedBrainMetastasis()
                    .with(steroid("H02AB02", "1.25", 1), steroid("H02AB07", "5", 1)))
            .where("I8c", MET),
        ineligible(
                "dexamethasone 1.5 mg and prednisone 5 mg a day (2.25 mg dexamethasone): I8 not met",
                treatedBrainMetastasis()
                    .with(steroid("H02AB02", "1.5", 1), steroid("H02AB07", "5", 1)),
                "I8")
            .where("I8c", NOT_MET),
        needsReview(
                "dexamethasone 1 mg a day and prednisone with no dose recorded: I8 unknown",
                treatedBrainMetastasis()
                    .with(
                        steroid("H02AB02", "1", 1), statement(atc("H02AB07"), "2025-12-01", null)),
                "I8")
            .where("I8c", UNKNOWN),
        ineligible(
                "dexamethasone 3 mg a day and prednisone with no dose: over 2 mg whatever it adds",
                treatedBrainMetastasis()
                    .with(
                        steroid("H02AB02", "3", 1), statement(atc("H02AB07"), "2025-12-01", null)),
                "I8")
            .where("I8c", NOT_MET),
        ineligible(
                "dexamethasone 3 mg a day and deflazacort: over 2 mg whatever deflazacort adds",
                treatedBrainMetastasis()
                    .with(steroid("H02AB02", "3", 1), steroid("H02AB13", "6", 1)),
                "I8")
            .where("I8c", NOT_MET),
        needsReview(
                "deflazacort, with no dexamethasone equivalence stated: I8 unknown",
                treatedBrainMetastasis().with(steroid("H02AB13", "6", 1)),
                "I8")
            .where("I8c", UNKNOWN),
        ineligible(
            "radiotherapy to the lumbar spine is no treatment of brain metastases: I8 not met",
            baseline()
                .with(
                    brainMetastasis("2026-01-10"),
                    radiotherapy("2026-01-12", "2026-01-16", LUMBAR_SPINE),
                    brainMri("2026-03-09", "cns-stable")),
            "I8"),
        eligible(
                "dexamethasone 4 mg a day without brain metastases: I8 met though its part c is not",
                baseline().with(steroid("H02AB02", "4", 1)))
            .where("I8", MET)
            .where("I8c", NOT_MET));
  }

  private static List<ScreeningCase> linesOfTherapy() {
    SamplePatient endocrineOnly =
        baseline()
            .without("L01BC06")
            .without("L01CD01")
            .with(statement(atc("L02BG06"), "2024-12-09", "2026-02-20"));
    return List.of(
        ineligible("only endocrine lines since the metastases: I9 not met", endocrineOnly, "I9"),
        eligible(
            "capecitabine started on the day the metastases were recorded: I9 met",
            endocrineOnly.with(statement(atc("L01BC06"), BIOPSY_2023, "2023-10-01"))),
        ineligible(
            "capecitabine started the day before the metastases were recorded: I9 not met",
            endocrineOnly.with(statement(atc("L01BC06"), "2023-05-01", "2023-10-01")),
            "I9"),
        eligible(
            "an antibody-drug conjugate is a line: trastuzumab deruxtecan, I9 met",
            endocrineOnly.with(
                infusion(atc("L01FD04"), "2025-03-03"), infusion(atc("L01FD04"), "2025-03-24"))));
  }

  private static List<ScreeningCase> bloodCounts() {
    return List.of(
        eligible(
            "hemoglobin 8.0 g/dL: I10 met",
            baseline().without("718-7").with(hemoglobin("8.0", "g/dL"))),
        ineligible(
            "hemoglobin 7.9 g/dL: I10 not met",
            baseline().without("718-7").with(hemoglobin("7.9", "g/dL")),
            "I10"),
        ineligible(
            "hemoglobin 79 g/L: I10 not met",
            baseline().without("718-7").with(hemoglobin("79", "g/L")),
            "I10"),
        needsReview(
            "no hemoglobin in the lab window: I10 unknown", baseline().without("718-7"), "I10"),
        eligible(
            "neutrophils 1.0 x 10^3/uL: I11 met",
            baseline().without("751-8").with(neutrophils("1.0"))),
        ineligible(
            "neutrophils 0.9 x 10^3/uL: I11 not met",
            baseline().without("751-8").with(neutrophils("0.9")),
            "I11"),
        needsReview("no neutrophil count: I11 unknown", baseline().without("751-8"), "I11"),
        eligible(
            "platelets 100 x 10^3/uL: I12 met", baseline().without("777-3").with(platelets("100"))),
        ineligible(
            "platelets 99 x 10^3/uL: I12 not met",
            baseline().without("777-3").with(platelets("99")),
            "I12"),
        needsReview("no platelet count: I12 unknown", baseline().without("777-3"), "I12"));
  }

  private static List<ScreeningCase> liverKidneyHeart() {
    SamplePatient gilbert =
        baseline().without("1975-2").with(bilirubin("2.1", "1.2"), active("E80.4", "2004-08-19"));
    SamplePatient liverMetastases = baseline().with(active("C78.7", "2025-06-03"));
    SamplePatient creatinine17 =
        baseline()
            .without("2160-0")
            .without("29463-7")
            .with(creatinine("1.7"))
            .bornOn("1975-06-02");
    return List.of(
        eligible(
            "total bilirubin 1.8 mg/dL (1.5 x ULN): I13 met",
            baseline().without("1975-2").with(bilirubin("1.8", "1.2"))),
        ineligible(
            "total bilirubin 1.9 mg/dL: I13 not met",
            baseline().without("1975-2").with(bilirubin("1.9", "1.2")),
            "I13"),
        eligible(
            "Gilbert's syndrome with a normal direct bilirubin: I13 met",
            gilbert.with(directBilirubin("0.2"))),
        ineligible(
            "Gilbert's syndrome with a direct bilirubin of 0.4 mg/dL: I13 not met",
            gilbert.with(directBilirubin("0.4")),
            "I13"),
        needsReview("Gilbert's syndrome, no direct bilirubin: I13 unknown", gilbert, "I13"),
        needsReview(
            "total bilirubin without a reference range: I13 unknown",
            baseline().without("1975-2").with(bilirubin("0.6", null)),
            "I13"),
        eligible(
            "AST 119 U/L (under 3 x ULN 120): I14 met",
            baseline().without("1920-8").with(ast("119"))),
        ineligible(
            "AST 120 U/L (3 x ULN): I14 not met",
            baseline().without("1920-8").with(ast("120")),
            "I14"),
        eligible(
            "liver metastases, AST 200 U/L (5 x ULN): I14 met",
            liverMetastases.without("1920-8").with(ast("200"))),
        ineligible(
            "liver metastases, AST 201 U/L: I14 not met",
            liverMetastases.without("1920-8").with(ast("201")),
            "I14"),
        needsReview(
            "liver metastases only provisional, AST 150 U/L: I14 unknown",
            baseline()
                .with(condition("C78.7", "2025-06-03", "active", null, "provisional"))
                .without("1920-8")
                .with(ast("150")),
            "I14"),
        ineligible(
            "ALT 105 U/L (3 x ULN 35): I15 not met",
            baseline().without("1742-6").with(alt("105", "35")),
            "I15"),
        needsReview(
            "ALT without a reference range: I15 unknown",
            baseline().without("1742-6").with(alt("24", null)),
            "I15"),
        eligible(
            "creatinine 1.65 mg/dL (1.5 x ULN): I16 met",
            baseline().without("2160-0").with(creatinine("1.65"))),
        // (140 - 50) x 80 / (72 x 1.7) x 0.85 = 50.0 mL/min.
        eligible(
            "creatinine 1.7 mg/dL, woman of 50, 80 kg: clearance exactly 50 mL/min, I16 met",
            creatinine17.with(weight(LAB_DAY, "80"))),
        ineligible(
            "creatinine 1.7 mg/dL, woman of 50, 79.9 kg: clearance 49.9 mL/min, I16 not met",
            creatinine17.with(weight(LAB_DAY, "79.9")),
            "I16"),
        needsReview(
            "creatinine 1.7 mg/dL and no weight in the lab window: I16 unknown",
            creatinine17.with(weight("2025-12-01", "80")),
            "I16"),
        // 75 kg: 46.9 mL/min as a woman, 55.1 mL/min as a man.
        needsReview(
                "creatinine 1.7 mg/dL, 75 kg, sex recorded as unknown: the readings differ, I16 (and I23) unknown",
                creatinine17.with(weight(LAB_DAY, "75")).gender("unknown"),
                "I16",
                "I23")
            .where("I16", UNKNOWN),
        // 0.85 x (140 - 50) x 100 / (72 x 1.7) = 62.5 mL/min; 73.5 for a man.
        needsReview(
                "creatinine 1.7 mg/dL, 100 kg, sex recorded as unknown: both readings pass, I16 met",
                creatinine17.with(weight(LAB_DAY, "100")).gender("unknown"),
                "I23")
            .where("I16", MET),
        eligible("LVEF 50%: I17 met", baseline().without("8806-2").with(lvef("50", "52"))),
        eligible(
            "LVEF 49% with the institution's lower limit 45%: I17 met",
            baseline().without("8806-2").with(lvef("49", "45"))),
        ineligible(
            "LVEF 45% with the lower limit 52%: I17 not met",
            baseline().without("8806-2").with(lvef("45", "52")), "I17"),
        needsReview(
            "LVEF 48% reported without a range: I17 unknown",
            baseline().without("8806-2").with(lvef("48", null)), "I17"),
        needsReview("no LVEF on record: I17 unknown", baseline().without("8806-2"), "I17"));
  }

  private static List<ScreeningCase> viralInfections() {
    SamplePatient hiv = baseline().with(active("B20", "2009-05-11"));
    SamplePatient hbv = baseline().with(active("B18.1", "2011-03-02"));
    SamplePatient hcvTreated =
        baseline().with(resolved("B18.2", "2019-11-04", "2021-03-30"), sofosbuvirVelpatasvir());
    return List.of(
        eligible(
            "HIV on antiretrovirals, viral load <20 copies/mL in January: I18 met",
            hiv.with(antiretrovirals(), hivLoad("2026-01-20", below("20", "{copies}/mL")))),
        ineligible(
            "HIV with an undetectable load but no antiretrovirals: I18 not met",
            hiv.with(hivLoad("2026-01-20", below("20", "{copies}/mL"))),
            "I18",
            "E14"),
        ineligible(
            "HIV on antiretrovirals, 150 copies/mL: I18 not met",
            hiv.with(antiretrovirals(), hivLoad("2026-01-20", quantity("150", "{copies}/mL"))),
            "I18",
            "E14"),
        needsReview(
            "HIV on antiretrovirals, last viral load in August 2025: I18 unknown",
            hiv.with(antiretrovirals(), hivLoad("2025-08-20", below("20", "{copies}/mL"))),
            "I18",
            "E14"),
        eligible(
            "chronic hepatitis B on entecavir, HBV DNA <10 IU/mL: I19 met",
            hbv.with(entecavir(), hbvDna("2026-02-02", below("10", "[IU]/mL")))),
        ineligible(
            "chronic hepatitis B without suppressive therapy: I19 not met",
            hbv.with(hbvDna("2026-02-02", below("10", "[IU]/mL"))),
            "I19",
            "E14"),
        ineligible(
            "chronic hepatitis B on entecavir, HBV DNA 25 IU/mL: I19 not met",
            hbv.with(entecavir(), hbvDna("2026-02-02", quantity("25", "[IU]/mL"))),
            "I19",
            "E14"),
        needsReview(
            "chronic hepatitis B on entecavir, no HBV DNA: I19 unknown",
            hbv.with(entecavir()),
            "I19",
            "E14"),
        eligible(
            "chronic hepatitis B on emtricitabine/tenofovir disoproxil (J05AR03), HBV DNA <10 IU/mL: I19 met",
            hbv.with(
                statement(atc("J05AR03"), "2016-02-01", null),
                hbvDna("2026-02-02", below("10", "[IU]/mL")))),
        eligible(
            "hepatitis B resolved: no chronic infection, I19 met",
            baseline().with(resolved("B18.1", "2011-03-02", "2019-06-01"))),
        eligible(
            "hepatitis C treated, HCV RNA <15 IU/mL after: I20 met",
            hcvTreated.with(hcvRna("2021-03-30", below("15", "[IU]/mL")))),
        ineligible(
            "hepatitis C coded B19.20 (unspecified viral hepatitis C), never treated: I20 not met",
            baseline().with(active("B19.20", "2019-11-04")),
            "I20"),
        ineligible(
            "hepatitis C never treated: I20 not met",
            baseline()
                .with(
                    resolved("B18.2", "2019-11-04", "2021-03-30"),
                    hcvRna("2021-03-30", below("15", "[IU]/mL"))),
            "I20"),
        ineligible(
            "hepatitis C treated, HCV RNA detectable after (relapse): I20 not met",
            baseline()
                .with(
                    active("B18.2", "2019-11-04"),
                    sofosbuvirVelpatasvir(),
                    hcvRna("2021-06-15", quantity("85000", "[IU]/mL"))),
            "I20",
            "E14"),
        needsReview(
            "hepatitis C treated, no HCV RNA after the treatment: I20 unknown",
            hcvTreated.with(hcvRna("2020-09-15", quantity("1200000", "[IU]/mL"))),
            "I20"));
  }

  private static List<ScreeningCase> agreements() {
    SamplePatient man =
        baseline().gender("male").without("C50.411").with(Fhir.active("C50.421", BIOPSY_2019));
    SamplePatient premenopausal = baseline().without("Z78.0").bornOn("1986-05-02");
    return List.of(
        ineligible(
            "toxicities not recovered: I21 not met",
            baseline().answer("toxicities-recovered", false),
            "I21"),
        needsReview(
            "recovery from toxicities not answered: I21 unknown",
            baseline().answer("toxicities-recovered", null),
            "I21"),
        ineligible(
            "a woman of 39, no menopause on record, who does not agree to contraception: I22 not met",
            premenopausal.answer("contraception-agreed", false),
            "I22"),
        needsReview(
            "a woman of 39, contraception not answered: I22 unknown",
            premenopausal.answer("contraception-agreed", null),
            "I22"),
        eligible(
                "a postmenopausal woman (Z78.0) who does not agree: not asked, I22 met",
                baseline().answer("contraception-agreed", false))
            .where("I22", MET),
        eligible(
                "a woman of 63 without a recorded menopause, not answered: I22 met",
                premenopausal.bornOn("1962-11-02").answer("contraception-agreed", null))
            .where("I22", MET),
        eligible(
                "a woman of 39 after a hysterectomy (CPT 58150), not answered: I22 met",
                premenopausal
                    .answer("contraception-agreed", null)
                    .with(Fhir.procedure(coding(CPT, "58150"), "2020-06-03", "2020-06-03", null)))
            .where("I22", MET),
        eligible(
                "a woman of 39 after a laparoscopic tubal occlusion (CPT 58671), not answered: I22 met",
                premenopausal
                    .answer("contraception-agreed", null)
                    .with(Fhir.procedure(coding(CPT, "58671"), "2017-09-12", "2017-09-12", null)))
            .where("I22", MET),
        ineligible(
            "a man who does not agree to contraception: I22 not met",
            man.answer("no-sperm-donation", true).answer("contraception-agreed", false),
            "I22"),
        eligible(
                "a man after a vasectomy in 2015 (SNOMED CT 22523008), not answered: I22 met",
                man.answer("no-sperm-donation", true)
                    .answer("contraception-agreed", null)
                    .with(
                        Fhir.procedure(
                            coding(Fhir.SNOMED, "22523008"), "2015-03-09", "2015-03-09", null)))
            .where("I22", MET),
        needsReview(
            "a man 6 weeks after a vasectomy, contraception not answered: I22 unknown",
            man.answer("no-sperm-donation", true)
                .answer("contraception-agreed", null)
                .with(Fhir.procedure(coding(CPT, "55250"), "2026-02-02", "2026-02-02", null)),
            "I22"),
        eligible(
                "a man who agrees not to donate sperm: I23 and I24 met",
                man.answer("no-sperm-donation", true))
            .where("I24", MET),
        ineligible(
            "a man who will not agree to keep from donating sperm: I23 not met",
            man.answer("no-sperm-donation", false),
            "I23"),
        needsReview("a man, sperm donation not answered: I23 unknown", man, "I23"),
        ineligible(
            "a woman who will not agree to keep from donating ova: I24 not met",
            baseline().answer("no-ova-donation", false),
            "I24"),
        needsReview(
            "a woman, ova donation not answered: I24 unknown",
            baseline().answer("no-ova-donation", null),
            "I24"));
  }

  private static final String CPT = "http://www.ama-assn.org/go/cpt";
}
