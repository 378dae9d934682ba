package dev.eligo.examples.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.ScreeningResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;

/**
 * The checks of an example protocol's screening table: one row's result against what it expects,
 * and the whole table's reach (every criterion and part met, not met and unknown by some row).
 */
public final class ScreeningTable {
  private ScreeningTable() {}

  /**
   * Checks a row's result: verdict, deciding criteria, and each expected outcome. One failure lists
   * every difference, then the explanation, which is what a reader needs to see why.
   */
  public static void assertScreens(String row, ScreeningResult result, Expected expected) {
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.verdict()).as("verdict").isEqualTo(expected.verdict());
    softly
        .assertThat(ids(result.deciding()))
        .as("deciding criteria")
        .isEqualTo(expected.deciding());
    expected
        .outcomes()
        .forEach(
            (id, outcome) ->
                softly
                    .assertThat(result.criterion(id).map(CriterionResult::outcome))
                    .as("outcome of %s", id)
                    .contains(outcome));
    List<Throwable> errors = softly.errorsCollected();
    if (!errors.isEmpty()) {
      String failures =
          errors.stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
      throw new AssertionError(row + "\n" + failures + "\n\nexplanation:\n" + result.explain());
    }
  }

  /** Checks that the protocol declares exactly these criteria and parts (the table's ids). */
  public static void assertDeclares(ProtocolInfo protocol, List<String> ids) {
    assertThat(protocol.criteria())
        .extracting(CriterionInfo::id)
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  /** Checks that each row, by name, expects only criteria and parts among the ids. */
  public static void assertExpectsOnly(List<String> ids, Map<String, Expected> rows) {
    rows.forEach(
        (row, expected) ->
            assertThat(ids)
                .as(row)
                .containsAll(expected.deciding())
                .containsAll(expected.outcomes().keySet()));
  }

  /**
   * The outcomes no result produces, as {@code "E3 never UNKNOWN"}, for each of the ids (every
   * criterion and part of the file); empty when the table reaches them all.
   */
  public static List<String> outcomesNeverProduced(
      List<String> ids, Collection<ScreeningResult> results) {
    Map<String, Set<CriterionOutcome>> seen = new LinkedHashMap<>();
    ids.forEach(id -> seen.put(id, EnumSet.noneOf(CriterionOutcome.class)));
    for (ScreeningResult result : results) {
      seen.forEach(
          (id, outcomes) -> result.criterion(id).ifPresent(found -> outcomes.add(found.outcome())));
    }
    List<String> never = new ArrayList<>();
    seen.forEach(
        (id, outcomes) -> {
          for (CriterionOutcome o : CriterionOutcome.values()) {
            if (!outcomes.contains(o)) {
              never.add(id + " never " + o);
            }
          }
        });
    return never;
  }

  /** The ids of criterion results, in their order. */
  public static List<String> ids(List<CriterionResult> results) {
    return results.stream().map(CriterionResult::id).collect(Collectors.toList());
  }
}
