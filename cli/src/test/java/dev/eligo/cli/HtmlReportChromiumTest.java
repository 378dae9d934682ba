package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of the sample patients (and one unreadable file) opened in headless Chromium. */
class HtmlReportChromiumTest {
  @TempDir
  Path dir;

  @Test
  void htmlReport_inChromium_showsCountsAndOneRowPerPatient() throws Exception {
    Chromium chromium = Chromium.require();
    Path page = dir.resolve("report.html");
    Cli.Run run = Cli.run("screen", "--protocol", Cli.PROTOCOL.toString(), "--as-of", Cli.AS_OF,
        "--format", "html", "--output", page.toString(), Cli.PATIENTS.toString(), Cli.MALFORMED.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);

    String dom = chromium.dumpDom(page, Files.createDirectory(dir.resolve("profile")));

    assertThat(dom).contains("<h1>NCT07298239 screening report</h1>");
    assertThat(count(dom, "total")).isEqualTo(28);
    assertThat(count(dom, "ELIGIBLE")).isEqualTo(6);
    assertThat(count(dom, "INELIGIBLE")).isEqualTo(13);
    assertThat(count(dom, "NEEDS_REVIEW")).isEqualTo(8);
    assertThat(count(dom, "ERROR")).isEqualTo(1);
    String table = between(dom, "<table id=\"patients\"", "</table>");
    assertThat(occurrences(table, "<tr data-verdict=\"ELIGIBLE\">")).isEqualTo(5);
    assertThat(occurrences(table, "<tr data-verdict=\"INELIGIBLE\">")).isEqualTo(13);
    assertThat(occurrences(table, "<tr data-verdict=\"NEEDS_REVIEW\">")).isEqualTo(9);
    assertThat(occurrences(table, "<tr data-verdict=\"ERROR\">")).isEqualTo(1);
    assertThat(table).contains("<a href=\"#patient-6\">mcrpc-06</a>").contains("I5 NOT_MET")
        .contains("mcrpc-90-truncated.json: not valid JSON");
    assertThat(occurrences(table, "aria-sort=\"none\"")).isEqualTo(5);
    assertThat(occurrences(dom, "<section class=\"patient\"")).isEqualTo(28);
    assertThat(occurrences(dom, "<details><summary>Explanation</summary>")).isEqualTo(27 * 25);
  }

  private static int count(String dom, String key) {
    Matcher m = Pattern.compile("id=\"count-" + key + "\" data-count=\"(\\d+)\"><span class=\"n\">(\\d+)</span>").matcher(dom);
    assertThat(m.find()).as("count %s in the DOM", key).isTrue();
    assertThat(m.group(2)).isEqualTo(m.group(1));
    return Integer.parseInt(m.group(1));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return text.substring(from, text.indexOf(end, from));
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
