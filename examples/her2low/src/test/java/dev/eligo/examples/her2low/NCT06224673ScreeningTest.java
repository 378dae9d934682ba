package dev.eligo.examples.her2low;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.examples.table.Expected;
import dev.eligo.examples.table.ScreeningTable;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screens the table of {@link ScreeningCases} with the evaluator generated from NCT06224673.eligo,
 * each patient read from FHIR by the fhir module, and checks each verdict, the criteria that decide
 * it and the outcomes the case is about; then checks that the table, taken together, drives every
 * criterion and part to met, not met and unknown.
 */
class NCT06224673ScreeningTest {
  /** Every criterion and part of the criteria file. */
  private static final List<String> ALL_IDS = allIds();

  private static final Map<String, ScreeningResult> RESULTS = new LinkedHashMap<>();

  static List<ScreeningCase> cases() {
    return ScreeningCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void screensAsTheDataDictionarySays(ScreeningCase c) {
    ScreeningTable.assertScreens(c.name(), screen(c), c.expected());
  }

  @Test
  void table_hasDistinctNamesAndAtLeastThreeRowsPerCriterion() {
    List<ScreeningCase> cases = cases();
    assertThat(cases).extracting(ScreeningCase::name).doesNotHaveDuplicates();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(3 * ScreeningCase.TOP_LEVEL.size());
  }

  @Test
  void evaluator_declaresTheCriteriaAndPartsOfTheCriteriaFile() {
    ScreeningTable.assertDeclares(Screener.EVALUATOR.protocol(), ALL_IDS);
  }

  @Test
  void table_expectsOnlyCriteriaTheProtocolHas() {
    Map<String, Expected> rows = new LinkedHashMap<>();
    cases().forEach(c -> rows.put(c.name(), c.expected()));
    ScreeningTable.assertExpectsOnly(ALL_IDS, rows);
  }

  @Test
  void table_drivesEveryCriterionAndPartToMetNotMetAndUnknown() {
    List<ScreeningResult> results = cases().stream().map(c -> screen(c)).toList();
    assertThat(ScreeningTable.outcomesNeverProduced(ALL_IDS, results))
        .as("criterion outcomes no case produces")
        .isEmpty();
  }

  @Test
  void missingFirstDose_isAUsageErrorNamingTheInput() {
    Screening withoutFirstDose =
        Screening.on(ScreeningInputs.SCREENING_DATE)
            .with("cohort", "1")
            .with("enrollmentDate", ScreeningInputs.ENROLLMENT);
    assertThatThrownBy(
            () ->
                Screener.EVALUATOR.screen(
                    SamplePatient.baseline().record("no-first-dose"), withoutFirstDose))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'firstDose'");
  }

  @Test
  void cohortNotYetDecided_leavesI5Unknown() {
    Screening undecided = ScreeningInputs.COHORT_1.screening().with("cohort", "unknown");
    ScreeningResult result =
        Screener.EVALUATOR.screen(SamplePatient.baseline().record("cohort-undecided"), undecided);
    assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(ScreeningTable.ids(result.deciding())).containsExactly("I5");
  }

  /** Each case is screened once, whichever test asks first. */
  private static ScreeningResult screen(ScreeningCase c) {
    return RESULTS.computeIfAbsent(
        c.name(), name -> Screener.screen(c.patient().record(name), c.inputs()));
  }

  private static List<String> allIds() {
    List<String> ids = new ArrayList<>(ScreeningCase.TOP_LEVEL);
    ids.addAll(
        List.of(
            "I5a", "I5b", "I8a", "I8b", "I8c", "E3a", "E3b", "E6a", "E6b", "E6c", "E6d", "E8a",
            "E8b"));
    return List.copyOf(ids);
  }
}
