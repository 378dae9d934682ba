package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.runtime.result.CriterionKind;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording every format shares: kinds, deciding criteria, criteria flattened with their parts.
 */
final class Rows {
  private Rows() {}

  /** A criterion or part, with how deep it sits (0 for a top-level criterion). */
  record Row(CriterionResult criterion, int depth) {}

  /** Each top-level criterion followed by its parts, in the order of the criteria file. */
  static List<Row> flatten(ScreeningResult result) {
    List<Row> rows = new ArrayList<>();
    for (CriterionResult c : result.criteria()) {
      add(rows, c, 0);
    }
    return rows;
  }

  private static void add(List<Row> rows, CriterionResult c, int depth) {
    rows.add(new Row(c, depth));
    for (CriterionResult part : c.parts()) {
      add(rows, part, depth + 1);
    }
  }

  /** {@code inclusion} or {@code exclusion}. */
  static String kind(CriterionResult c) {
    return c.info().kind() == CriterionKind.INCLUSION ? "inclusion" : "exclusion";
  }

  /** What decided the verdict, e.g. {@code E1 MET, I2 NOT_MET}; for an error, the problem. */
  static String decidedBy(PatientOutcome outcome) {
    if (outcome instanceof PatientOutcome.Failed) {
      return ((PatientOutcome.Failed) outcome).describe();
    }
    ScreeningResult result = ((PatientOutcome.Screened) outcome).result();
    if (result.verdict() == Verdict.ELIGIBLE) {
      return "all inclusions met, no exclusion met";
    }
    return result.deciding().stream()
        .map(c -> c.id() + " " + c.outcome())
        .collect(Collectors.joining(", "));
  }

  /** The data that would decide an unknown criterion, as text, in order. */
  static List<String> missing(CriterionResult c) {
    if (c.outcome() != CriterionOutcome.UNKNOWN) {
      return List.of();
    }
    return c.truth().missing().stream().map(Missing::toString).distinct().toList();
  }

  /** The patient id, or the source for input that gave no patient. */
  static String patientLabel(PatientOutcome outcome) {
    return outcome instanceof PatientOutcome.Screened
        ? ((PatientOutcome.Screened) outcome).result().patientId()
        : outcome.source();
  }

  /** A verdict as people read it: {@code needs review}. */
  static String readable(String verdict) {
    return verdict.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
