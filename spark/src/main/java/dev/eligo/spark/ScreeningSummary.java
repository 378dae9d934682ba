package dev.eligo.spark;

import dev.eligo.runtime.result.ProtocolInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a screening run counted: patients per verdict, unreadable inputs, and the funnel; the same
 * figures are written to the {@code summary} and {@code funnel} tables.
 */
public record ScreeningSummary(
    ProtocolInfo protocol,
    LocalDate asOf,
    long eligible,
    long ineligible,
    long needsReview,
    long errors,
    List<FunnelStep> funnel) {
  public ScreeningSummary {
    funnel = List.copyOf(funnel);
  }

  public long patients() {
    return eligible + ineligible + needsReview + errors;
  }

  /**
   * {@code 27 patients: 6 eligible, 13 ineligible, 8 needs review, 0 errors}, as the CLI says it.
   */
  public String counts() {
    return patients()
        + (patients() == 1 ? " patient: " : " patients: ")
        + eligible
        + " eligible, "
        + ineligible
        + " ineligible, "
        + needsReview
        + " needs review, "
        + errors
        + (errors == 1 ? " error" : " errors");
  }

  /** The funnel as a text table, one line per top-level criterion. */
  public String funnelTable() {
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-10s %-9s %10s %10s %10s %10s %10s%n",
                "CRITERION",
                "KIND",
                "RULED OUT",
                "FIRST",
                "REMAINING",
                "UNKNOWN",
                "REVIEW"));
    for (FunnelStep step : funnel) {
      table.append(
          String.format(
              Locale.ROOT,
              "%-10s %-9s %10d %10d %10d %10d %10d%n",
              step.criterion(),
              step.kind(),
              step.ruledOut(),
              step.ruledOutFirst(),
              step.remaining(),
              step.unknown(),
              step.unknownNeedsReview()));
    }
    return table.toString();
  }
}
