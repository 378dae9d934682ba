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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report: one self-contained page for a study coordinator (styles, script and chart
 * inline, nothing fetched): the counts, the screening funnel, the patients needing review first,
 * then every patient's criteria with their explanations. Each patient's row and section are written
 * to temporary files as it is screened, one pair per verdict, and joined in that order when the
 * page is written: memory holds only the funnel's counts, whatever the number of patients.
 */
final class HtmlReport implements Report {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** The order of the page: what needs a coordinator's attention first. */
  private static final List<String> ORDER =
      List.of(
          Verdict.NEEDS_REVIEW.name(),
          PatientOutcome.Failed.VERDICT,
          Verdict.ELIGIBLE.name(),
          Verdict.INELIGIBLE.name());

  private final Writer out;
  private final Funnel funnel = new Funnel();
  private final Map<String, Spill> rows = new LinkedHashMap<>();
  private final Map<String, Spill> sections = new LinkedHashMap<>();
  private ProtocolInfo protocol;
  private LocalDate asOf;
  private int number;

  HtmlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    this.protocol = protocol;
    this.asOf = asOf;
    for (String verdict : ORDER) {
      rows.put(verdict, new Spill("rows"));
      sections.put(verdict, new Spill("sections"));
    }
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    number++;
    funnel.count(outcome);
    PatientHtml html = new PatientHtml(outcome, number);
    rows.get(outcome.verdict()).write(html.row());
    sections.get(outcome.verdict()).write(html.section());
  }

  @Override
  public void finish(Summary summary) throws IOException {
    try {
      head();
      counts(summary);
      out.write(
          "<h2>Screening funnel</h2>\n<p class=\"hint\">Criteria in protocol order. Each bar is the patients"
              + " still possibly eligible after that criterion and those above it: <span class=\"key clear\"></span>"
              + " every criterion so far decided, <span class=\"key undecided\"></span> one unknown so far (needs review),"
              + " <span class=\"key ruled-out\"></span> ruled out here. On the right, how many patients the criterion"
              + " rules out and leaves unknown on its own.</p>\n");
      out.write(funnel.svg());
      table();
      details();
      out.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
      out.flush();
    } finally {
      for (Spill spill : rows.values()) {
        spill.close();
      }
      for (Spill spill : sections.values()) {
        spill.close();
      }
    }
  }

  private void head() throws IOException {
    String title = protocol.id() + " screening as of " + asOf;
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>"
            + escape(title)
            + "</title>\n<style>\n"
            + CSS
            + "</style>\n</head>\n<body>\n<header>\n"
            + "<h1>"
            + escape(protocol.id())
            + " screening report</h1>\n"
            + "<p class=\"protocol-title\">"
            + escape(protocol.title())
            + "</p>\n"
            + "<p>Criteria version "
            + escape(protocol.version())
            + " &middot; screened as of <time datetime=\""
            + asOf
            + "\">"
            + asOf
            + "</time></p>\n</header>\n");
  }

  private void counts(Summary summary) throws IOException {
    StringBuilder page = new StringBuilder("<section class=\"counts\" aria-label=\"Summary\">\n");
    count(page, "total", "patients", summary.total());
    for (Verdict verdict : Verdict.values()) {
      count(page, verdict.name(), Rows.readable(verdict.name()), summary.count(verdict));
    }
    count(page, PatientOutcome.Failed.VERDICT, "unreadable", summary.errors());
    out.write(page.append("</section>\n").toString());
  }

  private static void count(StringBuilder page, String key, String label, int n) {
    page.append("<div class=\"count ")
        .append(key)
        .append("\" id=\"count-")
        .append(key)
        .append("\" data-count=\"")
        .append(n)
        .append("\"><span class=\"n\">")
        .append(n)
        .append("</span> <span class=\"label\">")
        .append(label)
        .append("</span></div>\n");
  }

  private void table() throws IOException {
    out.write(
        "<h2>Patients</h2>\n<p class=\"hint\">Patients needing review first, then unreadable inputs, eligible"
            + " and ineligible patients. Select a column heading to sort; select a patient for the criteria and"
            + " their explanations. Results are coloured by their effect on eligibility:"
            + " <span class=\"result for\">keeps eligible</span> <span class=\"result against\">rules out</span>"
            + " <span class=\"result unknown\">undecided</span>.</p>\n"
            + "<table id=\"patients\" class=\"sortable\">\n<colgroup><col class=\"c-patient\"><col class=\"c-verdict\">"
            + "<col class=\"c-decided\"><col class=\"c-missing\"><col class=\"c-source\"></colgroup>\n<thead><tr>"
            + heading("Patient")
            + heading("Verdict")
            + heading("Decided by")
            + heading("Missing data")
            + heading("Source")
            + "</tr></thead>\n<tbody>\n");
    for (Spill spill : rows.values()) {
      spill.copyTo(out);
    }
    out.write("</tbody>\n</table>\n");
  }

  private void details() throws IOException {
    out.write(
        "<h2>Patients in detail</h2>\n<p class=\"hint\"><button type=\"button\" id=\"expand-all\">Show every"
            + " explanation</button> <button type=\"button\" id=\"collapse-all\">Hide every explanation</button>"
            + " Printing shows every explanation.</p>\n");
    for (Spill spill : sections.values()) {
      spill.copyTo(out);
    }
  }

  private static String heading(String label) {
    return "<th aria-sort=\"none\"><button type=\"button\">" + label + "</button></th>";
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
