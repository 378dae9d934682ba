package dev.eligo.examples.mcrpc;

import static dev.eligo.examples.mcrpc.Patients.SCREENING_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screens the table of {@link ScreeningCases} with the evaluator generated from
 * NCT07298239.eligo and checks each verdict, the criteria that decide it and the outcomes the case
 * is about; then checks that the table, taken together, drives every criterion and part to met,
 * not met and unknown.
 */
class NCT07298239ScreeningTest {
  private static final ProtocolEvaluator EVALUATOR = new NCT07298239Evaluator();

  /** Every criterion and lettered part of the criteria file. */
  private static final List<String> ALL_IDS = List.of(
      "I1", "I2", "I2a", "I2b", "I3", "I4", "I5", "I6",
      "E1", "E2", "E3", "E3a", "E3b", "E3c", "E3d", "E4", "E4a", "E4b", "E4c",
      "E5", "E6", "E7", "E8", "E9", "E10");

  static List<ScreeningCase> cases() {
    return ScreeningCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void screensAsTheDataDictionarySays(ScreeningCase c) {
    ScreeningResult result = screen(c);

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.verdict()).as("verdict").isEqualTo(c.verdict());
    softly.assertThat(ids(result.deciding())).as("deciding criteria").isEqualTo(c.deciding());
    c.outcomes().forEach((id, expected) -> softly
        .assertThat(result.criterion(id).map(CriterionResult::outcome))
        .as("outcome of %s", id)
        .contains(expected));
    List<Throwable> errors = softly.errorsCollected();
    if (!errors.isEmpty()) {
      String failures = errors.stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
      throw new AssertionError(
          c.name() + "\n" + failures + "\n\nexplanation:\n" + result.explain());
    }
  }

  @Test
  void table_hasAtLeastFortyCasesWithDistinctNames() {
    List<ScreeningCase> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cases).extracting(ScreeningCase::name).doesNotHaveDuplicates();
  }

  @Test
  void evaluator_declaresTheCriteriaAndPartsOfTheCriteriaFile() {
    assertThat(EVALUATOR.protocol().criteria()).extracting(CriterionInfo::id)
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
    for (ScreeningCase c : cases()) {
      ScreeningResult result = screen(c);
      for (String id : seen.keySet()) {
        Optional<CriterionResult> r = result.criterion(id);
        r.ifPresent(found -> seen.get(id).add(found.outcome()));
      }
    }
    List<String> missing = new ArrayList<>();
    seen.forEach((id, outcomes) -> {
      for (CriterionOutcome o : CriterionOutcome.values()) {
        if (!outcomes.contains(o)) {
          missing.add(id + " never " + o);
        }
      }
    });
    assertThat(missing).as("criterion outcomes no case produces").isEmpty();
  }

  private static ScreeningResult screen(ScreeningCase c) {
    return EVALUATOR.screen(c.patient().build(c.patientId()), SCREENING_DATE);
  }

  private static List<String> ids(List<CriterionResult> results) {
    return results.stream().map(CriterionResult::id).collect(Collectors.toList());
  }
}
