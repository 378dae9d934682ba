package dev.eligo.examples.nephropathy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
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
    ScreeningResult result = RESULTS.get(c.name());
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.verdict()).as("verdict").isEqualTo(c.verdict());
    softly.assertThat(ids(result.deciding())).as("deciding criteria").isEqualTo(c.deciding());
    c.outcomes()
        .forEach(
            (id, expected) ->
                softly
                    .assertThat(result.criterion(id).map(CriterionResult::outcome))
                    .as("outcome of %s", id)
                    .contains(expected));
    List<Throwable> errors = softly.errorsCollected();
    if (!errors.isEmpty()) {
      String failures =
          errors.stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
      throw new AssertionError(
          c.name() + "\n" + failures + "\n\nexplanation:\n" + result.explain());
    }
  }

  @Test
  void table_hasDistinctCasesAndPatientIds() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(cases()).extracting(ScreeningCase::name).doesNotHaveDuplicates();
    assertThat(cases()).extracting(ScreeningCase::patientId).doesNotHaveDuplicates();
  }

  @Test
  void evaluator_declaresTheCriteriaAndPartsOfTheCriteriaFile() {
    assertThat(Screening.EVALUATOR.protocol().criteria())
        .extracting(CriterionInfo::id)
        .containsExactlyInAnyOrderElementsOf(ALL_IDS);
  }

  @Test
  void table_expectsOnlyCriteriaTheProtocolHas() {
    for (ScreeningCase c : cases()) {
      assertThat(ALL_IDS).as(c.name()).containsAll(c.deciding()).containsAll(c.outcomes().keySet());
    }
  }

  @Test
  void table_drivesEveryCriterionAndPartToMetNotMetAndUnknown() {
    Map<String, Set<CriterionOutcome>> seen = new LinkedHashMap<>();
    ALL_IDS.forEach(id -> seen.put(id, EnumSet.noneOf(CriterionOutcome.class)));
    RESULTS
        .values()
        .forEach(
            result ->
                seen.forEach(
                    (id, outcomes) ->
                        result.criterion(id).ifPresent(found -> outcomes.add(found.outcome()))));
    List<String> missing = new ArrayList<>();
    seen.forEach(
        (id, outcomes) -> {
          for (CriterionOutcome o : CriterionOutcome.values()) {
            if (!outcomes.contains(o)) {
              missing.add(id + " never " + o);
            }
          }
        });
    assertThat(missing).as("criterion outcomes no case produces").isEmpty();
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
    assertThat(ids(onPrednisone.deciding())).containsExactly("E2");
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

  private static List<String> ids(List<CriterionResult> results) {
    return results.stream().map(CriterionResult::id).collect(Collectors.toList());
  }
}
