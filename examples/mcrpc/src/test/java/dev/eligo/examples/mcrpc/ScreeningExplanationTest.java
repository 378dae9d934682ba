package dev.eligo.examples.mcrpc;

import static dev.eligo.examples.mcrpc.Patients.SCREENING_DATE;
import static dev.eligo.examples.mcrpc.Patients.UNSUITABLE;
import static dev.eligo.examples.mcrpc.Patients.anc;
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
import static dev.eligo.examples.mcrpc.Patients.testosterone;
import static dev.eligo.examples.table.Explanations.linesMentioning;
import static dev.eligo.examples.table.Explanations.outcome;
import static dev.eligo.examples.table.Explanations.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a screener reads: explanations that show a threshold after unit conversion, the data that
 * would decide an unknown criterion (concept and window), and the records ignored or left
 * unclassified. Values and windows are worked out from the data dictionary, S = 2026-11-24.
 */
class ScreeningExplanationTest {
  private static final ProtocolEvaluator EVALUATOR = new NCT07298239Evaluator();

  private static final String LAB_WINDOW_START = "2026-10-27";
  private static final String TESTOSTERONE_WINDOW_START = "2026-08-26";
  private static final String S = SCREENING_DATE.toString();

  @Test
  void testosteroneInNmolPerL_isComparedWith50NgPerDlConvertedToNmolPerL() {
    ScreeningResult result = screen(eligible().with(testosterone("1.72", "nmol/L")));

    // 50 ng/dL / 288.42 g/mol = 1.73358... nmol/L; 1.72 is below it.
    assertThat(outcome(result, "I2a")).isEqualTo(CriterionOutcome.MET);
    assertThat(statements(result, "I2a"))
        .contains("1.72 nmol/L")
        .contains("1.733")
        .contains("50 ng/dL");
  }

  @Test
  void creatinineInMgPerDl_isComparedWithAUlnInUmolPerLConvertedToMgPerDl() {
    ScreeningResult result =
        screen(eligible().with(creatinine("1.8", "mg/dL").uln("106", "umol/L")));

    // 1.5 x 106 umol/L = 159 umol/L = 159 x 113.12 / 10000 mg/dL = 1.798608 mg/dL.
    assertThat(outcome(result, "E3c")).isEqualTo(CriterionOutcome.MET);
    assertThat(statements(result, "E3c"))
        .contains("1.8 mg/dL")
        .contains("1.7986")
        .contains("106 umol/L");
  }

  @Test
  void neutrophilsPerMicrolitre_areComparedWith1500PerMicrolitre() {
    ScreeningResult result = screen(eligible().with(anc("1400", "/uL")));

    assertThat(outcome(result, "E3a")).isEqualTo(CriterionOutcome.MET);
    assertThat(statements(result, "E3a")).contains("1400 /uL").contains("1500 /uL");
  }

  @Test
  void hemoglobinInGramsPerLitre_isComparedWith90GramsPerLitre() {
    ScreeningResult result = screen(eligible().with(hemoglobin("85", "g/L")));

    assertThat(outcome(result, "E3a")).isEqualTo(CriterionOutcome.MET);
    assertThat(statements(result, "E3a")).contains("85 g/L").contains("90 g/L");
  }

  @Test
  void hbvDnaInInternationalUnits_isComparedWith1000CopiesConvertedWithTheDeclaredFactor() {
    ScreeningResult result =
        screen(
            eligible()
                .plus(
                    diagnosis(
                        "hbv-carrier",
                        icd10("Z22.5", "Carrier of viral hepatitis"),
                        day("2018-02-01")),
                    hbvDna("200", "[IU]/mL")));

    // 1000 {copies}/mL / 5.82 = 171.82 [IU]/mL; 200 is above it.
    assertThat(outcome(result, "E9")).isEqualTo(CriterionOutcome.MET);
    assertThat(statements(result, "E9")).contains("200 [IU]/mL").contains("171.8");
  }

  @Test
  void ancOutsideTheLabWindow_missingListsTheAncAndTheLabWindow() {
    ScreeningResult result = screen(eligible().with(anc("3.2", "10*9/L").on(day("2026-10-26"))));

    assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(result.missing())
        .singleElement()
        .satisfies(lookedFor("neutrophil", LAB_WINDOW_START));
  }

  @Test
  void noTestosteroneIn90Days_missingListsTestosteroneAndItsWindow() {
    ScreeningResult result =
        screen(eligible().with(testosterone("18", "ng/dL").on(day("2026-08-25"))));

    assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(result.missing())
        .singleElement()
        .satisfies(lookedFor("testosterone", TESTOSTERONE_WINDOW_START));
  }

  @Test
  void hbvCarrierWithoutHbvDna_missingListsHbvDnaInTheLabWindow() {
    ScreeningResult result =
        screen(
            eligible()
                .plus(
                    diagnosis(
                        "hbv-carrier",
                        icd10("Z22.5", "Carrier of viral hepatitis"),
                        day("2018-02-01"))));

    assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(result.missing()).anySatisfy(lookedFor("HBV DNA", LAB_WINDOW_START));
  }

  /**
   * The baseline has no bone scan, no slow-progressing answer and no HBV DNA, but none of them
   * could change the verdict: only the ECOG score and the unsuitability answer could.
   */
  @Test
  void missing_listsOnlyDataThatCouldChangeTheVerdict() {
    ScreeningResult result = screen(eligible().without("ecog", "attest-" + UNSUITABLE));

    assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(result.missing()).hasSize(2);
    assertThat(result.missing()).anySatisfy(lookedFor("ECOG", LAB_WINDOW_START));
    assertThat(result.missing())
        .anySatisfy(m -> assertThat(m.concept()).containsIgnoringCase("unsuitable"));
  }

  @Test
  void decidedVerdicts_haveNothingMissing() {
    assertThat(screen(eligible()).missing()).isEmpty();
    ScreeningResult ineligible = screen(eligible().with(ecog(3)).without("anc"));
    assertThat(ineligible.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ineligible.missing()).isEmpty();
  }

  @Test
  void cellTherapyCodedOnlyInRxNorm_isListedAsUnclassified() {
    ScreeningResult result =
        screen(
            eligible()
                .plus(
                    new MedicationFact(
                            "tisagenlecleucel",
                            new Coding(Patients.RXNORM, "1986866", "tisagenlecleucel"))
                        .intravenous()
                        .from(day("2022-04-11"), day("2022-04-11"))));

    assertThat(outcome(result, "E1")).isEqualTo(CriterionOutcome.UNKNOWN);
    assertThat(linesMentioning(result, "MedicationStatement/tisagenlecleucel"))
        .anySatisfy(line -> assertThat(line).containsIgnoringCase("unclassified"));
  }

  @Test
  void ancDatedAfterScreening_isNamedAsIgnored() {
    ScreeningResult result = screen(eligible().plus(anc("1.2", "10*9/L").on(daysAfter(1))));

    assertThat(outcome(result, "E3a")).isEqualTo(CriterionOutcome.NOT_MET);
    assertThat(linesMentioning(result, "Observation/anc-2026-11-25"))
        .anySatisfy(line -> assertThat(line).containsIgnoringCase("ignored"));
  }

  @Test
  void preliminaryAnc_isNamedAsIgnoredForItsStatus() {
    ScreeningResult result =
        screen(
            eligible()
                .plus(
                    anc("1.1", "10*9/L").on(daysBefore(1)).status(ObservationStatus.PRELIMINARY)));

    assertThat(outcome(result, "E3a")).isEqualTo(CriterionOutcome.NOT_MET);
    assertThat(linesMentioning(result, "Observation/anc-2026-11-23"))
        .anySatisfy(
            line -> assertThat(line).containsIgnoringCase("ignored").contains("preliminary"));
  }

  @Test
  void creatinineInAnUnconvertibleUnit_isUnknownAndNamesTheUnit() {
    ScreeningResult result =
        screen(
            eligible()
                .with(
                    creatinine("0.8", "mg/dL").on(daysBefore(10)),
                    creatinine("1100", "mg/(24.h)")));

    assertThat(outcome(result, "E3c")).isEqualTo(CriterionOutcome.UNKNOWN);
    assertThat(statements(result, "E3c")).contains("mg/(24.h)");
  }

  private static ScreeningResult screen(PatientFixture patient) {
    return EVALUATOR.screen(patient.build("explained"), SCREENING_DATE);
  }

  /** A missing datum: the concept, looked for in the window from {@code windowStart} to S. */
  private static Consumer<Missing> lookedFor(String concept, String windowStart) {
    return m -> {
      assertThat(m.concept()).containsIgnoringCase(concept);
      assertThat(m.where()).contains(windowStart).contains(S);
    };
  }
}
