package dev.eligo.examples.nephropathy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.examples.table.Expected;
import dev.eligo.examples.table.ScreeningTable;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screens the table of {@link InclusionCases} and {@link ExclusionCases} with the evaluator
 * generated from NCT00977977.eligo, each patient built as a FHIR R4 Bundle and read through Eligo's
 * FHIR mapping, and checks each verdict, the criteria that decide it and the outcomes the case is
 * about; then checks that the table drives every criterion and part to met, not met and unknown.
 */
class NCT00977977ScreeningTest {
  /** Every criterion and part of the criteria file. */
  private static final List<String> ALL_IDS =
      List.of(
          "I1",
          "I2",
          "I3",
          "I3persistent",
          "I3a",
          "I4",
          "I4despite",
          "I4intolerant",
          "I4a",
          "I5",
          "I5biopsy",
          "I5a",
          "I6",
          "I7",
          "I8",
          "I9",
          "I10",
          "I11",
          "E1",
          "E2",
          "E3",
          "E3exposure",
          "E3toxicity",
          "E4",
          "E5",
          "E6",
          "E7",
          "E8",
          "E8infection",
          "E8viral",
          "E9",
          "E10",
          "E10pregnancy",
          "E10lactation",
          "E11",
          "E12",
          "E13",
          "E13neutrophils",
          "E13platelets",
          "E13cd4",
          "E14");

  /** Each case's result, by the case's name: the parameterised test gets its cases afresh. */
  private static final Map<String, ScreeningResult> RESULTS = new LinkedHashMap<>();

  static List<ScreeningCase> cases() {
    List<ScreeningCase> all = new ArrayList<>(InclusionCases.all());
    all.addAll(ExclusionCases.all());
    return all;
  }

  @BeforeAll
  static void screenEveryCase() {
    for (ScreeningCase c : cases()) {
      RESULTS.put(
          c.name(), Screening.screen(c.patient().record(c.patientId()), c.treatmentStart()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void screensAsTheReadingsSay(ScreeningCase c) {
    ScreeningTable.assertScreens(c.name(), RESULTS.get(c.name()), c.expected());
  }

  @Test
  void table_hasDistinctCasesAndPatientIds() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(cases()).extracting(ScreeningCase::name).doesNotHaveDuplicates();
    assertThat(cases()).extracting(ScreeningCase::patientId).doesNotHaveDuplicates();
  }

  @Test
  void evaluator_declaresTheCriteriaAndPartsOfTheCriteriaFile() {
    ScreeningTable.assertDeclares(Screening.EVALUATOR.protocol(), ALL_IDS);
  }

  @Test
  void table_expectsOnlyCriteriaTheProtocolHas() {
    Map<String, Expected> rows = new LinkedHashMap<>();
    cases().forEach(c -> rows.put(c.name(), c.expected()));
    ScreeningTable.assertExpectsOnly(ALL_IDS, rows);
  }

  @Test
  void table_drivesEveryCriterionAndPartToMetNotMetAndUnknown() {
    assertThat(ScreeningTable.outcomesNeverProduced(ALL_IDS, RESULTS.values()))
        .as("criterion outcomes no case produces")
        .isEmpty();
  }

  @Test
  void treatmentStartNotPlannedYet_leavesUnknownOnlyWhatItDecides() {
    dev.eligo.runtime.Screening undecided =
        dev.eligo.runtime.Screening.on(Baseline.SCREENING).with("treatmentStart", "unknown");
    ScreeningResult baseline =
        Screening.EVALUATOR.screen(Baseline.patient().record("t-unknown-baseline"), undecided);
    assertThat(baseline.verdict()).as(baseline.explain()).isEqualTo(Verdict.ELIGIBLE);
    ScreeningResult onPrednisone =
        Screening.EVALUATOR.screen(
            Baseline.patient()
                .with(
                    Medications.taken(
                        "prednisone",
                        "H02AB07",
                        "prednisone",
                        Baseline.day("2026-08-20"),
                        Baseline.day("2026-09-30")))
                .record("t-unknown-prednisone"),
            undecided);
    assertThat(onPrednisone.verdict()).as(onPrednisone.explain()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(ScreeningTable.ids(onPrednisone.deciding())).containsExactly("E2");
  }

  @Test
  void treatmentStartNotGiven_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                Screening.EVALUATOR.screen(
                    Baseline.patient().record("t-missing"),
                    dev.eligo.runtime.Screening.on(Baseline.SCREENING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("treatmentStart");
  }

  @Test
  void baseline_recordMapsWithoutProblems() {
    assertThat(Baseline.patient().record("baseline").problems()).isEmpty();
  }
}
