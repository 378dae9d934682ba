package dev.eligo.authoring.examples;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What screening an example must give: the verdict, the top-level criteria that decide it, and the
 * results of criteria or parts the author named.
 *
 * @param decidedBy the deciding criteria in any order; empty for an eligible patient, whom every
 *     criterion decides
 */
public record Expected(
    Verdict verdict, List<String> decidedBy, Map<String, CriterionOutcome> outcomes) {
  public Expected {
    decidedBy = List.copyOf(decidedBy);
    outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** Each way the result differs from what is expected, in words; empty when it matches. */
  public List<Mismatch> mismatches(ScreeningResult result) {
    List<Mismatch> mismatches = new ArrayList<>();
    List<String> deciding = result.deciding().stream().map(CriterionResult::id).toList();
    boolean decidersDiffer =
        verdict != Verdict.ELIGIBLE
            && !new java.util.TreeSet<>(deciding).equals(new java.util.TreeSet<>(decidedBy));
    if (result.verdict() != verdict || decidersDiffer) {
      List<String> shown = result.verdict() == Verdict.ELIGIBLE ? List.of() : deciding;
      List<String> explain = new ArrayList<>(shown);
      decidedBy.stream().filter(id -> !explain.contains(id)).forEach(explain::add);
      mismatches.add(
          new Mismatch(
              "expected "
                  + verdictText(verdict, decidedBy)
                  + ", got "
                  + verdictText(result.verdict(), shown),
              explain));
    }
    outcomes.forEach(
        (id, outcome) -> {
          Optional<CriterionOutcome> actual = result.criterion(id).map(CriterionResult::outcome);
          if (actual.isEmpty() || actual.get() != outcome) {
            mismatches.add(
                new Mismatch(
                    "expected "
                        + id
                        + " "
                        + words(outcome)
                        + ", got "
                        + actual.map(Expected::words).orElse("no such criterion"),
                    List.of(id)));
          }
        });
    return mismatches;
  }

  /**
   * One way a screening differs from the expectation.
   *
   * @param explain the criteria whose explanations show why
   */
  public record Mismatch(String message, List<String> explain) {
    public Mismatch {
      explain = List.copyOf(explain);
    }
  }

  /**
   * The whole report of a failed example: each mismatch, then the explanation of each criterion
   * involved.
   */
  public static String report(ScreeningResult result, List<Mismatch> mismatches) {
    StringBuilder out = new StringBuilder();
    List<String> explained = new ArrayList<>();
    for (Mismatch mismatch : mismatches) {
      out.append(mismatch.message()).append('\n');
      mismatch.explain().stream().filter(id -> !explained.contains(id)).forEach(explained::add);
    }
    for (String id : explained) {
      // A part's explanation is already in its criterion's, when that is shown too.
      boolean inCriterionShown =
          result.criteria().stream()
              .anyMatch(
                  c ->
                      explained.contains(c.id())
                          && c.parts().stream().anyMatch(p -> p.id().equals(id)));
      if (!inCriterionShown) {
        result
            .criterion(id)
            .ifPresent(c -> out.append('\n').append(c.explain().stripTrailing()).append('\n'));
      }
    }
    return out.toString();
  }

  static String verdictText(Verdict verdict, List<String> decidedBy) {
    String word = verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return decidedBy.isEmpty() || verdict == Verdict.ELIGIBLE
        ? word
        : word + " by " + String.join(", ", decidedBy);
  }

  /** {@code met}, {@code not met}, {@code unknown}. */
  public static String words(CriterionOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String toString() {
    String verdictPart = "expect " + verdictText(verdict, decidedBy);
    if (outcomes.isEmpty()) {
      return verdictPart;
    }
    return verdictPart
        + "; "
        + outcomes.entrySet().stream()
            .map(e -> e.getKey() + " " + words(e.getValue()))
            .collect(Collectors.joining(", "));
  }
}
