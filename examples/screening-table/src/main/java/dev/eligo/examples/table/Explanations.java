package dev.eligo.examples.table;

import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a test reads from a screening result's explanation: outcomes, statements, lines. */
public final class Explanations {
  private Explanations() {}

  /** The outcome of a criterion or part the protocol has. */
  public static CriterionOutcome outcome(ScreeningResult result, String id) {
    return result.criterion(id).orElseThrow().outcome();
  }

  /** The statements of a criterion's explanation tree, one per line. */
  public static String statements(ScreeningResult result, String id) {
    List<String> lines = new ArrayList<>();
    collect(result.criterion(id).orElseThrow().truth(), lines);
    return String.join("\n", lines);
  }

  private static void collect(Truth truth, List<String> lines) {
    lines.add(truth.statement());
    truth.because().forEach(t -> collect(t, lines));
  }

  /** The lines of the whole explanation that mention a text, such as a record's reference. */
  public static List<String> linesMentioning(ScreeningResult result, String needle) {
    return Arrays.stream(result.explain().split("\n"))
        .filter(l -> l.contains(needle))
        .collect(Collectors.toList());
  }
}
