package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report of the 27 sample patients and one unreadable file, opened in headless Chromium:
 * counts, funnel and order against the JSON report of the same inputs, the layout at common screen
 * widths, and printing. Screenshots are left in target/html-report/ to look at.
 */
class HtmlReportChromiumTest {
  private static final Path SHOTS = Path.of("target/html-report").toAbsolutePath();

  @TempDir static Path dir;

  private static Chromium chromium;
  private static Path page;
  private static String dom;
  private static JsonNode json;

  @BeforeAll
  static void screenToHtml() throws Exception {
    chromium = Chromium.require();
    page = dir.resolve("report.html");
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "html",
            "--output",
            page.toString(),
            Cli.PATIENTS.toString(),
            Cli.MALFORMED.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
    dom = chromium.dumpDom(page, Files.createDirectory(dir.resolve("profile-dom")));
    json = new ObjectMapper().readTree(Cli.screen("json", Cli.PATIENTS, Cli.MALFORMED).out());
  }

  @Test
  void counts_matchTheScreening() {
    assertThat(dom).contains("<h1>NCT07298239 screening report</h1>");
    assertThat(count("total")).isEqualTo(28);
    assertThat(count("ELIGIBLE")).isEqualTo(6);
    assertThat(count("INELIGIBLE")).isEqualTo(13);
    assertThat(count("NEEDS_REVIEW")).isEqualTo(8);
    assertThat(count("ERROR")).isEqualTo(1);
    assertThat(occurrences(dom, "<section class=\"patient\"")).isEqualTo(28);
    assertThat(occurrences(dom, "<div class=\"explanation\"")).isEqualTo(27 * 25);
  }

  @Test
  void table_needsReviewFirst_thenUnreadable_eligible_ineligible() {
    String table = between(dom, "<table id=\"patients\"", "</table>");
    List<String> verdicts = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-verdict=\"(\\w+)\">").matcher(table);
    while (m.find()) {
      verdicts.add(m.group(1));
    }
    List<String> expected = new ArrayList<>();
    for (String verdict : List.of("NEEDS_REVIEW", "ERROR", "ELIGIBLE", "INELIGIBLE")) {
      for (JsonNode patient : json.get("patients")) {
        if (patient.get("verdict").asText().equals(verdict)) {
          expected.add(verdict);
        }
      }
    }
    assertThat(verdicts).isEqualTo(expected);
    assertThat(table)
        .contains("<a href=\"#patient-6\">mcrpc-06</a>")
        .contains("mcrpc-90-truncated.json: not valid JSON");
    assertThat(occurrences(table, "aria-sort=\"none\"")).isEqualTo(5);
  }

  @Test
  void funnel_countsEachCriterionAgainstTheJsonReport() {
    String svg = between(dom, "<svg id=\"funnel\"", "</svg>");
    assertThat(svg).contains("data-screened=\"27\"");
    Matcher step =
        Pattern.compile(
                "<g class=\"step\" data-criterion=\"(\\w+)\" data-rules-out=\"(\\d+)\""
                    + " data-unknown=\"(\\d+)\" data-remaining=\"(\\d+)\" data-undecided=\"(\\d+)\">")
            .matcher(svg);
    JsonNode first = json.get("patients").get(0);
    int remaining = 27;
    int steps = 0;
    for (JsonNode criterion : first.get("criteria")) {
      String id = criterion.get("id").asText();
      int rulesOut = 0;
      int unknown = 0;
      int firstRuledOutHere = 0;
      for (JsonNode patient : screened()) {
        boolean againstHere = false;
        boolean againstBefore = false;
        for (JsonNode c : patient.get("criteria")) {
          if (c.get("id").asText().equals(id)) {
            againstHere = against(c);
            unknown += c.get("result").asText().equals("UNKNOWN") ? 1 : 0;
            break;
          }
          againstBefore |= against(c);
        }
        rulesOut += againstHere ? 1 : 0;
        firstRuledOutHere += againstHere && !againstBefore ? 1 : 0;
      }
      remaining -= firstRuledOutHere;
      assertThat(step.find()).as("funnel step for %s", id).isTrue();
      assertThat(step.group(1)).isEqualTo(id);
      assertThat(Integer.parseInt(step.group(2))).as("%s rules out", id).isEqualTo(rulesOut);
      assertThat(Integer.parseInt(step.group(3))).as("%s unknown", id).isEqualTo(unknown);
      assertThat(Integer.parseInt(step.group(4))).as("%s remaining", id).isEqualTo(remaining);
      steps++;
    }
    assertThat(steps).isEqualTo(16);
    // After the last criterion, those still possibly eligible are the eligible and those to review.
    assertThat(remaining).isEqualTo(6 + 8);
    assertThat(step.group(5)).isEqualTo("8");
    assertThat(svg).contains("<rect class=\"ruled-out\"").contains("<rect class=\"undecided\"");
  }

  @Test
  void patient_decidingCriteriaWithText_badgesByEffect_recordsNamed_noRepetition() {
    String p07 = section("mcrpc-07");
    assertThat(p07)
        .contains("<h4>Ruled out by</h4>")
        .containsPattern(
            "<tr id=\"p7-E1\" class=\"criterion exclusion deciding\">.*?<span class=\"result against\"[^>]*>met</span>")
        .containsPattern(
            "<tr id=\"p7-I1\" class=\"criterion inclusion\">.*?<span class=\"result for\"[^>]*>met</span>")
        .containsPattern(
            "<tr id=\"p7-E2\" class=\"criterion exclusion\">.*?<span class=\"result for\"[^>]*>not met</span>");
    // mcrpc-25 needs review: its glucocorticoid courses state no reason.
    String p25 = section("mcrpc-25");
    assertThat(p25)
        .containsPattern("reason for prednisone \\(MedicationStatement/ms-mcrpc-25-\\d+\\)")
        .contains("<span class=\"result unknown\"");
    // I2's explanation links to its parts instead of repeating them.
    String i2 = between(p25, "<div class=\"explanation\" id=\"x25-I2\">", "</div>");
    assertThat(i2)
        .contains("<a class=\"see\" href=\"#p25-I2a\">see I2a</a>")
        .contains("<a class=\"see\" href=\"#p25-I2b\">see I2b</a>")
        .doesNotContain("latest serum testosterone");
    assertThat(between(p25, "<div class=\"explanation\" id=\"x25-I2a\">", "</div>"))
        .contains("latest serum testosterone");
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 1920})
  void layout_noHorizontalOverflow_withEveryExplanationOpen(int width) throws Exception {
    Path measured = dir.resolve("measured-" + width + ".html");
    Files.writeString(
        measured,
        Files.readString(page, StandardCharsets.UTF_8)
            .replace("</body>", "<script>\n" + MEASURE + "</script>\n</body>"),
        StandardCharsets.UTF_8);
    String result =
        between(
            chromium.dumpDom(
                measured, Files.createDirectory(dir.resolve("profile-" + width)), width),
            "<pre id=\"layout\">",
            "</pre>");
    assertThat(result)
        .contains("window=" + width)
        .contains("overflow=0\n")
        .contains("offenders=\n")
        .containsPattern("funnel-bars=[1-9]\\d*");
    Files.createDirectories(SHOTS);
    chromium.screenshot(
        page,
        SHOTS.resolve("report-" + width + ".png"),
        Files.createDirectory(dir.resolve("profile-shot-" + width)),
        width);
    assertThat(SHOTS.resolve("report-" + width + ".png")).isNotEmptyFile();
  }

  @Test
  void print_showsEveryExplanation() throws Exception {
    Files.createDirectories(SHOTS);
    Files.deleteIfExists(SHOTS.resolve("missing-explanation.txt"));
    Path pdf = SHOTS.resolve("report.pdf");
    chromium.printToPdf(page, pdf, Files.createDirectory(dir.resolve("profile-pdf")));
    String printed;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      printed = new PDFTextStripper().getText(document);
    }
    // Kept to compare by eye when this test fails.
    Files.writeString(SHOTS.resolve("report-pdf.txt"), printed, StandardCharsets.UTF_8);
    // A table's heading is repeated at the top of each printed page, in the middle of a row.
    printed = squeeze(printed).replace("CriterionResultProtocoltextandexplanation", "");
    Matcher explanation =
        Pattern.compile("<div class=\"explanation\" id=\"([^\"]+)\">(.*?)</div>", Pattern.DOTALL)
            .matcher(dom);
    int from = 0;
    int found = 0;
    while (explanation.find()) {
      String text = squeeze(unescape(explanation.group(2).replaceAll("<[^>]+>", "")));
      int at = printed.indexOf(text, from);
      if (at < 0) {
        Files.writeString(SHOTS.resolve("missing-explanation.txt"), text, StandardCharsets.UTF_8);
      }
      assertThat(at)
          .as("explanation %s is printed whole, after the one before it", explanation.group(1))
          .isNotNegative();
      from = at + text.length();
      found++;
    }
    assertThat(found).isEqualTo(27 * 25);
  }

  /** Opens every explanation, then measures what sticks out past the window's right edge. */
  private static final String MEASURE =
      String.join(
          "\n",
          "document.getElementById('expand-all').click();",
          "var w = document.documentElement.clientWidth, offenders = [];",
          "Array.prototype.forEach.call(document.querySelectorAll('body *'), function (e) {",
          "  var r = e.getBoundingClientRect();",
          "  if (r.width > 0 && r.right > w + 0.5 && offenders.length < 10) { offenders.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }",
          "});",
          "var out = document.createElement('pre'); out.id = 'layout';",
          "out.textContent = 'window=' + window.innerWidth + '\\noverflow=' + Math.max(0, document.documentElement.scrollWidth - w)",
          "  + '\\noffenders=' + offenders.join('; ') + '\\nfunnel-bars=' + document.querySelectorAll('#funnel rect.clear').length;",
          "document.body.appendChild(out);");

  private static Iterable<JsonNode> screened() {
    List<JsonNode> screened = new ArrayList<>();
    for (JsonNode patient : json.get("patients")) {
      if (!patient.get("verdict").asText().equals("ERROR")) {
        screened.add(patient);
      }
    }
    return screened;
  }

  private static boolean against(JsonNode criterion) {
    String result = criterion.get("result").asText();
    return criterion.get("kind").asText().equals("inclusion")
        ? result.equals("NOT_MET")
        : result.equals("MET");
  }

  private static String section(String patient) {
    return between(dom, "data-patient=\"" + patient + "\"", "</section>");
  }

  private static int count(String key) {
    Matcher m =
        Pattern.compile(
                "id=\"count-" + key + "\" data-count=\"(\\d+)\"><span class=\"n\">(\\d+)</span>")
            .matcher(dom);
    assertThat(m.find()).as("count %s in the DOM", key).isTrue();
    assertThat(m.group(2)).isEqualTo(m.group(1));
    return Integer.parseInt(m.group(1));
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = text.indexOf(end, from);
    assertThat(to).as(end).isNotNegative();
    return text.substring(from, to);
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
