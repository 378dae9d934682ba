package dev.eligo.cli.report;

import static dev.eligo.cli.report.Html.escape;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.runtime.result.CriterionKind;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The screening funnel: for each top-level criterion in file order, how many screened patients it
 * rules out and leaves unknown, and how many are still possibly eligible after it and the criteria
 * before it (split into those with every criterion so far decided and those with one unknown).
 * Counts only, so memory does not grow with the number of patients; drawn as inline SVG.
 */
final class Funnel {
  /** One criterion's counts. */
  private static final class Step {
    final String id;
    final String text;
    int rulesOut;
    int unknown;
    int firstRuledOut;
    int undecidedAfter;

    Step(String id, String text) {
      this.id = id;
      this.text = text;
    }
  }

  private final List<Step> steps = new ArrayList<>();
  private int screened;

  void count(PatientOutcome outcome) {
    if (!(outcome instanceof PatientOutcome.Screened)) {
      return;
    }
    List<CriterionResult> criteria = ((PatientOutcome.Screened) outcome).result().criteria();
    if (steps.isEmpty()) {
      for (CriterionResult c : criteria) {
        steps.add(new Step(c.id(), c.info().text()));
      }
    }
    screened++;
    boolean ruledOut = false;
    boolean anyUnknown = false;
    for (int i = 0; i < criteria.size() && i < steps.size(); i++) {
      CriterionResult c = criteria.get(i);
      Step step = steps.get(i);
      boolean against = against(c);
      boolean unknown = c.outcome() == CriterionOutcome.UNKNOWN;
      step.rulesOut += against ? 1 : 0;
      step.unknown += unknown ? 1 : 0;
      if (against && !ruledOut) {
        step.firstRuledOut++;
        ruledOut = true;
      }
      anyUnknown |= unknown;
      step.undecidedAfter += !ruledOut && anyUnknown ? 1 : 0;
    }
  }

  /** An inclusion not met or an exclusion met: the patient is ruled out. */
  static boolean against(CriterionResult c) {
    CriterionOutcome against =
        c.info().kind() == CriterionKind.INCLUSION
            ? CriterionOutcome.NOT_MET
            : CriterionOutcome.MET;
    return c.outcome() == against;
  }

  private static final int WIDTH = 1000;
  private static final int ROW = 28;
  private static final int LABEL_WIDTH = 400;
  private static final int BAR_X = 410;
  private static final int BAR_WIDTH = 380;
  private static final int NOTE_X = 800;

  /** The chart; {@code data-*} attributes carry every count for scripts and tests. */
  String svg() {
    int height = ROW * (steps.size() + 2) + 8;
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg id=\"funnel\" class=\"funnel\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"funnel-title\" data-screened=\"")
        .append(screened)
        .append("\">")
        .append("<title id=\"funnel-title\">Screening funnel: ")
        .append(screened)
        .append(
            " patients screened; for each criterion, how many it rules out and leaves unknown</title>");
    row(
        svg,
        0,
        "screened",
        "Screened",
        "",
        screened,
        0,
        0,
        screened + (screened == 1 ? " patient" : " patients"));
    int remaining = screened;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int before = remaining;
      remaining -= step.firstRuledOut;
      svg.append("<g class=\"step\" data-criterion=\"")
          .append(escape(step.id))
          .append("\" data-rules-out=\"")
          .append(step.rulesOut)
          .append("\" data-unknown=\"")
          .append(step.unknown)
          .append("\" data-remaining=\"")
          .append(remaining)
          .append("\" data-undecided=\"")
          .append(step.undecidedAfter)
          .append("\">");
      svg.append("<title>")
          .append(escape(step.id + " " + step.text))
          .append("\n")
          .append(step.rulesOut)
          .append(" ruled out by it, ")
          .append(step.unknown)
          .append(" unknown; ")
          .append(remaining)
          .append(" still possibly eligible after it</title>");
      String note =
          (step.rulesOut == 0 ? "" : "rules out " + step.rulesOut)
              + (step.rulesOut > 0 && step.unknown > 0 ? " · " : "")
              + (step.unknown == 0 ? "" : step.unknown + " unknown");
      row(
          svg,
          i + 1,
          null,
          step.id,
          step.text,
          remaining,
          step.undecidedAfter,
          before - remaining,
          note.isEmpty() ? "—" : note);
      svg.append("</g>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /**
   * One bar: still possibly eligible (decided so far, then undecided), then those this step ruled
   * out.
   */
  private void row(
      StringBuilder svg,
      int index,
      String cssClass,
      String id,
      String text,
      int remaining,
      int undecided,
      int ruledOutHere,
      String note) {
    int y = index * ROW + 4;
    int textY = y + ROW / 2 + 5;
    if (cssClass != null) {
      svg.append("<g class=\"").append(cssClass).append("\">");
    }
    svg.append("<text x=\"0\" y=\"")
        .append(textY)
        .append("\" class=\"label\"><tspan class=\"id\">")
        .append(escape(id))
        .append("</tspan> ")
        .append(escape(Html.shorten(text, 46)))
        .append("</text>");
    svg.append("<rect class=\"track\" x=\"")
        .append(BAR_X)
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(BAR_WIDTH)
        .append("\" height=\"")
        .append(ROW - 8)
        .append("\"/>");
    double x = BAR_X;
    x = bar(svg, "clear", x, y, remaining - undecided);
    x = bar(svg, "undecided", x, y, undecided);
    bar(svg, "ruled-out", x, y, ruledOutHere);
    svg.append("<text x=\"")
        .append(NOTE_X)
        .append("\" y=\"")
        .append(textY)
        .append("\" class=\"note\">")
        .append(escape(note))
        .append("</text>");
    if (cssClass != null) {
      svg.append("</g>");
    }
  }

  private double bar(StringBuilder svg, String cssClass, double x, int y, int patients) {
    if (patients <= 0 || screened == 0) {
      return x;
    }
    double width = (double) BAR_WIDTH * patients / screened;
    svg.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(format(x))
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(format(width))
        .append("\" height=\"")
        .append(ROW - 8)
        .append("\"/>");
    return x + width;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
