package dev.eligo.cli.report;

import static dev.eligo.cli.report.Html.escape;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.RecordNames;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One patient as the HTML report shows it: a row of the patient table and a section with the
 * deciding criteria, the missing data, and every criterion and part with its explanation. Anchors
 * are numbered by input order: {@code patient-3}, {@code p3-E3}.
 */
final class PatientHtml {
  private static final int SHORT_TEXT = 90;

  private final PatientOutcome outcome;
  private final int number;
  private final RecordNames names;

  PatientHtml(PatientOutcome outcome, int number) {
    this.outcome = outcome;
    this.number = number;
    this.names =
        outcome instanceof PatientOutcome.Screened
            ? ((PatientOutcome.Screened) outcome).names()
            : RecordNames.NONE;
  }

  /** The patient's row in the table of patients. */
  String row() {
    StringBuilder row = new StringBuilder(512);
    row.append("<tr data-verdict=\"")
        .append(outcome.verdict())
        .append("\">")
        .append("<td class=\"patient\"><a href=\"#patient-")
        .append(number)
        .append("\">")
        .append(escape(Rows.patientLabel(outcome)))
        .append("</a></td>")
        .append("<td data-sort-key=\"")
        .append(verdictRank(outcome.verdict()))
        .append("\">")
        .append(badge(outcome.verdict()))
        .append("</td><td class=\"decided\">");
    if (outcome instanceof PatientOutcome.Failed) {
      row.append(escape(((PatientOutcome.Failed) outcome).describe()));
    } else if (result().verdict() == Verdict.ELIGIBLE) {
      row.append(escape(Rows.decidedBy(outcome)));
    } else {
      for (CriterionResult c : result().deciding()) {
        row.append("<div class=\"deciding\">")
            .append(criterionLink(c))
            .append(' ')
            .append(resultBadge(c))
            .append(" <span class=\"text\" title=\"")
            .append(escape(c.info().text()))
            .append("\">")
            .append(escape(Html.shorten(c.info().text(), SHORT_TEXT)))
            .append("</span></div>");
      }
    }
    List<String> missing = missing();
    row.append("</td><td class=\"missing\" data-sort-key=\"").append(missing.size()).append("\">");
    list(row, missing);
    row.append("</td><td class=\"source\">")
        .append(escape(outcome.source()))
        .append("</td></tr>\n");
    return row.toString();
  }

  /** The patient's section of the page. */
  String section() {
    StringBuilder s = new StringBuilder(8192);
    s.append("<section class=\"patient\" id=\"patient-")
        .append(number)
        .append("\" data-patient=\"")
        .append(escape(Rows.patientLabel(outcome)))
        .append("\">\n<h3>")
        .append(escape(Rows.patientLabel(outcome)))
        .append(' ')
        .append(badge(outcome.verdict()))
        .append("</h3>\n<p class=\"source\">Source: ")
        .append(escape(outcome.source()))
        .append("</p>\n");
    if (outcome instanceof PatientOutcome.Failed) {
      s.append("<p class=\"problem\">")
          .append(escape(((PatientOutcome.Failed) outcome).message()))
          .append("</p>\n");
    } else {
      screened(s);
    }
    s.append("<p class=\"top\"><a href=\"#patients\">Back to the table</a></p>\n</section>\n");
    return s.toString();
  }

  private void screened(StringBuilder s) {
    ScreeningResult result = result();
    if (result.verdict() == Verdict.ELIGIBLE) {
      s.append("<p class=\"decided-by\">Every inclusion is met and no exclusion is.</p>\n");
    } else {
      s.append("<h4>")
          .append(result.verdict() == Verdict.INELIGIBLE ? "Ruled out by" : "To review")
          .append("</h4>\n<ul class=\"decided-by\">\n");
      for (CriterionResult c : result.deciding()) {
        s.append("<li>")
            .append(criterionLink(c))
            .append(' ')
            .append(resultBadge(c))
            .append(' ')
            .append(escape(c.info().text()))
            .append("</li>\n");
      }
      s.append("</ul>\n");
    }
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      s.append("<h4>Missing data that could change the verdict</h4>\n");
      list(s, missing);
    }
    List<RecordProblem> problems = ((PatientOutcome.Screened) outcome).problems();
    if (!problems.isEmpty()) {
      s.append("<h4>Data that could not be read</h4>\n");
      list(s, problems.stream().map(p -> names.inText(p.toString())).collect(Collectors.toList()));
    }
    Set<CriterionResult> deciding =
        Set.copyOf(result.verdict() == Verdict.ELIGIBLE ? List.of() : result.deciding());
    s.append(
            "<table class=\"criteria\">\n<colgroup><col class=\"c-id\"><col class=\"c-result\"><col></colgroup>\n")
        .append(
            "<thead><tr><th>Criterion</th><th>Result</th><th>Protocol text and explanation</th></tr></thead>\n<tbody>\n");
    for (Rows.Row row : Rows.flatten(result)) {
      criterion(s, row.criterion(), row.depth(), deciding.contains(row.criterion()));
    }
    s.append("</tbody>\n</table>\n");
  }

  private void criterion(StringBuilder s, CriterionResult c, int depth, boolean deciding) {
    String anchor = "p" + number + "-" + c.id();
    String explanation = "x" + number + "-" + c.id();
    s.append("<tr id=\"")
        .append(escape(anchor))
        .append("\" class=\"criterion ")
        .append(Rows.kind(c))
        .append(depth > 0 ? " part" : "")
        .append(deciding ? " deciding" : "")
        .append("\">")
        .append("<th scope=\"row\">")
        .append(escape(c.id()))
        .append("<span class=\"kind\">")
        .append(Rows.kind(c))
        .append(depth > 0 ? " part" : "")
        .append("</span></th><td>")
        .append(resultBadge(c))
        .append("</td><td>")
        .append("<p class=\"text\">")
        .append(escape(c.info().text()))
        .append("</p>")
        .append("<button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-controls=\"")
        .append(escape(explanation))
        .append("\">Explanation</button>")
        .append("<div class=\"explanation\" id=\"")
        .append(escape(explanation))
        .append("\">")
        .append(ExplanationHtml.render(c, names, "p" + number + "-"))
        .append("</div></td></tr>\n");
  }

  private ScreeningResult result() {
    return ((PatientOutcome.Screened) outcome).result();
  }

  private List<String> missing() {
    if (!(outcome instanceof PatientOutcome.Screened)) {
      return List.of();
    }
    return result().missing().stream()
        .map(Missing::toString)
        .map(names::inText)
        .collect(Collectors.toList());
  }

  private String criterionLink(CriterionResult c) {
    return "<a href=\"#p" + number + "-" + escape(c.id()) + "\">" + escape(c.id()) + "</a>";
  }

  /**
   * The result coloured by what it does to eligibility: an inclusion met or an exclusion not met
   * keeps the patient in (green), an inclusion not met or an exclusion met rules them out (red),
   * unknown is amber.
   */
  static String resultBadge(CriterionResult c) {
    String effect =
        c.outcome() == CriterionOutcome.UNKNOWN ? "unknown" : Funnel.against(c) ? "against" : "for";
    String meaning =
        effect.equals("unknown")
            ? "undecided: needs review"
            : effect.equals("against") ? "rules the patient out" : "keeps the patient eligible";
    return "<span class=\"result "
        + effect
        + "\" title=\""
        + Rows.kind(c)
        + " "
        + Rows.readable(c.outcome().name())
        + ": "
        + meaning
        + "\">"
        + Rows.readable(c.outcome().name())
        + "</span>";
  }

  static String badge(String verdict) {
    return "<span class=\"badge " + verdict + "\">" + Rows.readable(verdict) + "</span>";
  }

  /**
   * The order a coordinator works in: review first, then unreadable input, eligible, ineligible.
   */
  static int verdictRank(String verdict) {
    switch (verdict) {
      case "NEEDS_REVIEW":
        return 1;
      case "ERROR":
        return 2;
      case "ELIGIBLE":
        return 3;
      default:
        return 4;
    }
  }

  private static void list(StringBuilder out, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<ul>");
    for (String item : items) {
      out.append("<li>").append(escape(item)).append("</li>");
    }
    out.append("</ul>");
  }
}
