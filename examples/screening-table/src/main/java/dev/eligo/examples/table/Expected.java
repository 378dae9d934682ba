package dev.eligo.examples.table;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one row of a screening table expects: the verdict, the top-level criteria that decide it and
 * the outcomes of the criteria or parts the row is about.
 *
 * @param deciding the ids {@code ScreeningResult.deciding()} must list, in the criteria file's
 *     order; for an eligible patient every top-level criterion
 */
public record Expected(
    Verdict verdict, List<String> deciding, Map<String, CriterionOutcome> outcomes) {
  public Expected {
    deciding = List.copyOf(deciding);
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** Eligible: every top-level criterion decides. */
  public static Expected eligible(List<String> topLevel) {
    return new Expected(Verdict.ELIGIBLE, topLevel, Map.of());
  }

  /** Ineligible, decided by these criteria. */
  public static Expected ineligible(String... deciding) {
    return new Expected(Verdict.INELIGIBLE, List.of(deciding), Map.of());
  }

  /** Needs review, decided by these criteria. */
  public static Expected needsReview(String... deciding) {
    return new Expected(Verdict.NEEDS_REVIEW, List.of(deciding), Map.of());
  }

  /** The same, also expecting the criterion or part {@code id} to come out {@code outcome}. */
  public Expected where(String id, CriterionOutcome outcome) {
    Map<String, CriterionOutcome> more = new LinkedHashMap<>(outcomes);
    more.put(id, outcome);
    return new Expected(verdict, deciding, more);
  }
}
