package dev.eligo.cli.report;

import static dev.eligo.cli.report.Html.escape;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML report: one self-contained page (styles and the sorting script inline, nothing
 * fetched) with the counts, a sortable table of patients and each patient's criteria with their
 * explanations. It keeps a text summary of every patient until the end, so it is meant for
 * hundreds to a few thousand patients.
 */
final class HtmlReport implements Report {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final Writer out;
  private final List<PatientSummary> patients = new ArrayList<>();
  private ProtocolInfo protocol;
  private LocalDate asOf;

  HtmlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) {
    this.protocol = protocol;
    this.asOf = asOf;
  }

  @Override
  public void patient(PatientOutcome outcome) {
    patients.add(PatientSummary.of(outcome));
  }

  @Override
  public void finish(Summary summary) throws IOException {
    StringBuilder page = new StringBuilder(4096 + patients.size() * 8192);
    head(page);
    counts(page, summary);
    table(page);
    details(page);
    page.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(page.toString());
    out.flush();
  }

  private void head(StringBuilder page) {
    String title = protocol.id() + " screening as of " + asOf;
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
        .append("<h1>").append(escape(protocol.id())).append(" screening report</h1>\n")
        .append("<p class=\"protocol-title\">").append(escape(protocol.title())).append("</p>\n")
        .append("<p>Criteria version ").append(escape(protocol.version()))
        .append(" &middot; screened as of <time datetime=\"").append(asOf).append("\">")
        .append(asOf).append("</time></p>\n</header>\n");
  }

  private static void counts(StringBuilder page, Summary summary) {
    page.append("<section class=\"counts\" aria-label=\"Summary\">\n");
    count(page, "total", "patients", summary.total());
    for (Verdict verdict : Verdict.values()) {
      count(page, verdict.name(), Rows.readable(verdict.name()), summary.count(verdict));
    }
    count(page, PatientOutcome.Failed.VERDICT, "unreadable", summary.errors());
    page.append("</section>\n");
  }

  private static void count(StringBuilder page, String key, String label, int n) {
    page.append("<div class=\"count ").append(key).append("\" id=\"count-").append(key)
        .append("\" data-count=\"").append(n).append("\"><span class=\"n\">").append(n)
        .append("</span> <span class=\"label\">").append(label).append("</span></div>\n");
  }

  private void table(StringBuilder page) {
    page.append("<h2>Patients</h2>\n<p class=\"hint\">Select a column heading to sort; select a patient")
        .append(" for the criteria and their explanations.</p>\n")
        .append("<table id=\"patients\" class=\"sortable\">\n<thead><tr>")
        .append(heading("Patient")).append(heading("Verdict")).append(heading("Decided by"))
        .append(heading("Missing data")).append(heading("Source"))
        .append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < patients.size(); i++) {
      PatientSummary p = patients.get(i);
      page.append("<tr data-verdict=\"").append(p.verdict()).append("\">")
          .append("<td><a href=\"#patient-").append(i + 1).append("\">").append(escape(p.label())).append("</a></td>")
          .append("<td data-sort-key=\"").append(verdictRank(p.verdict())).append("\">").append(badge(p.verdict())).append("</td>")
          .append("<td>").append(escape(p.decidedBy())).append("</td>")
          .append("<td data-sort-key=\"").append(p.missing().size()).append("\">")
          .append(escape(String.join("; ", p.missing()))).append("</td>")
          .append("<td>").append(escape(p.source())).append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private void details(StringBuilder page) {
    page.append("<h2>Patients in detail</h2>\n");
    for (int i = 0; i < patients.size(); i++) {
      PatientSummary p = patients.get(i);
      page.append("<section class=\"patient\" id=\"patient-").append(i + 1).append("\">\n")
          .append("<h3>").append(escape(p.label())).append(' ').append(badge(p.verdict())).append("</h3>\n")
          .append("<p class=\"source\">Source: ").append(escape(p.source())).append("</p>\n")
          .append("<p>").append(p.verdict().equals(PatientOutcome.Failed.VERDICT) ? "Problem: " : "Decided by: ")
          .append(escape(p.decidedBy())).append("</p>\n");
      list(page, "Missing data that could change the verdict", p.missing());
      list(page, "Data that could not be read", p.problems());
      if (!p.criteria().isEmpty()) {
        criteria(page, p);
      }
      page.append("<p class=\"top\"><a href=\"#patients\">Back to the table</a></p>\n</section>\n");
    }
  }

  private static void criteria(StringBuilder page, PatientSummary p) {
    page.append("<table class=\"criteria\">\n<thead><tr><th>Criterion</th><th>Kind</th><th>Result</th>")
        .append("<th>Protocol text and explanation</th></tr></thead>\n<tbody>\n");
    for (PatientSummary.CriterionLine c : p.criteria()) {
      page.append("<tr class=\"result-").append(c.result()).append(c.depth() > 0 ? " part" : "").append("\">")
          .append("<td>").append(escape(c.id())).append("</td>")
          .append("<td>").append(c.kind()).append("</td>")
          .append("<td><span class=\"result ").append(c.result()).append("\">")
          .append(Rows.readable(c.result())).append("</span></td>")
          .append("<td>").append(escape(c.text()))
          .append("<details><summary>Explanation</summary><pre>").append(escape(c.explanation()))
          .append("</pre></details></td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private static void list(StringBuilder page, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    page.append("<p>").append(title).append(":</p>\n<ul>\n");
    for (String item : items) {
      page.append("<li>").append(escape(item)).append("</li>\n");
    }
    page.append("</ul>\n");
  }

  private static String heading(String label) {
    return "<th aria-sort=\"none\"><button type=\"button\">" + label + "</button></th>";
  }

  private static String badge(String verdict) {
    return "<span class=\"badge " + verdict + "\">" + Rows.readable(verdict) + "</span>";
  }

  /** Sorting by verdict puts them in the order a coordinator works through them. */
  private static int verdictRank(String verdict) {
    switch (verdict) {
      case "ELIGIBLE":
        return 1;
      case "NEEDS_REVIEW":
        return 2;
      case "INELIGIBLE":
        return 3;
      default:
        return 4;
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
