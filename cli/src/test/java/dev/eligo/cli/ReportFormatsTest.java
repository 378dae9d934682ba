package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of each report format, on three sample patients (one per verdict). */
class ReportFormatsTest {
  private static final Path[] THREE = {
    Cli.PATIENTS.resolve("mcrpc-01.json"),
    Cli.PATIENTS.resolve("mcrpc-07.json"),
    Cli.PATIENTS.resolve("mcrpc-18.json")
  };

  @Test
  void text_byDefault_tableThenCountsOnly() {
    Cli.Run run = Cli.screen("text", THREE);
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "NCT07298239 (version 2026-02-01), screened as of 2026-11-24",
            "",
            "PATIENT                 VERDICT       DECIDED BY",
            "mcrpc-01                ELIGIBLE      all inclusions met, no exclusion met",
            "mcrpc-07                INELIGIBLE    E1 MET",
            "mcrpc-18                NEEDS_REVIEW  I4 UNKNOWN",
            "",
            "3 patients: 1 eligible, 1 ineligible, 1 needs review, 0 errors",
            "Explanations: add --explain for every patient, --explain-patient ID for one,"
                + " or use --format html, json or csv.");
  }

  @Test
  void text_explain_addsEveryExplanationAfterTheCounts() {
    Cli.Run run = Cli.run(screenArgs("--explain"));
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(7))
        .isEqualTo("3 patients: 1 eligible, 1 ineligible, 1 needs review, 0 errors");
    assertThat(run.out())
        .contains("source: mcrpc-01.json\nNCT07298239 An Exploratory")
        .contains("source: mcrpc-07.json\nNCT07298239 An Exploratory")
        .contains(
            "patient mcrpc-18, screened on 2026-11-24\nverdict: NEEDS_REVIEW\ndecided by: I4 UNKNOWN\nmissing:\n"
                + "  - ECOG performance status in 2026-10-27..2026-11-24\n");
  }

  @Test
  void text_explainPatient_explainsThatPatientOnlyAndNamesOnesNotFound() {
    Cli.Run run = Cli.run(screenArgs("--explain-patient", "mcrpc-18", "--explain-patient=nobody"));
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("patient mcrpc-18, screened on 2026-11-24")
        .doesNotContain("patient mcrpc-01, screened")
        .doesNotContain("patient mcrpc-07, screened")
        .contains("No patient 'nobody' was screened, so it has no explanation.");
  }

  private static String[] screenArgs(String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("screen", "--protocol", Cli.PROTOCOL.toString(), "--as-of", Cli.AS_OF));
    args.addAll(List.of(options));
    for (Path input : THREE) {
      args.add(input.toString());
    }
    return args.toArray(new String[0]);
  }

  @Test
  void csv_oneRowPerPatientAndCriterion() {
    Cli.Run run = Cli.screen("csv", THREE);
    assertThat(run.exit()).isZero();
    String[] records = run.out().split("\r\n(?=mcrpc-|patient,)");
    assertThat(records[0])
        .isEqualTo("patient,source,verdict,criterion,kind,result,missing,explanation,error");
    // 16 criteria and 9 parts (I2a-b, E3a-d, E4a-c) per patient
    assertThat(records).hasSize(1 + 3 * 25);
    assertThat(records[1])
        .startsWith(
            "mcrpc-01,mcrpc-01.json,ELIGIBLE,I1,inclusion,MET,,\"I1 MET  Age ≥ 18 years, male;\n");
    assertThat(run.out())
        .contains(
            "mcrpc-18,mcrpc-18.json,NEEDS_REVIEW,I4,inclusion,UNKNOWN,"
                + "ECOG performance status in 2026-10-27..2026-11-24,\"I4 UNKNOWN");
    assertThat(run.out()).contains("mcrpc-07,mcrpc-07.json,INELIGIBLE,E1,exclusion,MET,,");
  }

  @Test
  void html_selfContainedPageWithCountsTableAndDetails() {
    Cli.Run run = Cli.screen("html", THREE);
    assertThat(run.exit()).isZero();
    String html = run.out();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html)
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<link");
    assertThat(html)
        .contains("id=\"count-total\" data-count=\"3\"")
        .contains("id=\"count-ELIGIBLE\" data-count=\"1\"")
        .contains("id=\"count-INELIGIBLE\" data-count=\"1\"")
        .contains("id=\"count-NEEDS_REVIEW\" data-count=\"1\"")
        .contains("id=\"count-ERROR\" data-count=\"0\"");
    assertThat(html.split("<tr data-verdict=", -1)).hasSize(4);
    assertThat(html)
        .contains("<section class=\"patient\" id=\"patient-3\" data-patient=\"mcrpc-18\">")
        .contains("Age ≥ 18 years, male;")
        .contains(
            "<li><span class=\"st\">latest ECOG performance status in 2026-10-27..2026-11-24: none recorded"
                + " &lt;= 2</span> <span class=\"v unknown\">unknown</span><ul><li class=\"note missing\">");
    // Needs review first, then eligible, then ineligible, whatever the input order.
    assertThat(html.indexOf("id=\"patient-3\"")).isLessThan(html.indexOf("id=\"patient-1\""));
    assertThat(html.indexOf("id=\"patient-1\"")).isLessThan(html.indexOf("id=\"patient-2\""));
  }

  @Test
  void json_explanationAsATree_partsNamedNotRepeated() throws Exception {
    JsonNode report = new ObjectMapper().readTree(Cli.screen("json", THREE).out());
    JsonNode i2 = report.at("/patients/0/criteria/1");
    assertThat(i2.get("id").asText()).isEqualTo("I2");
    JsonNode tree = i2.get("tree");
    assertThat(tree.get("statement").asText()).isEqualTo("all of");
    assertThat(tree.get("value").asText()).isEqualTo("true");
    List<String> parts = new ArrayList<>();
    for (JsonNode child : tree.get("because")) {
      if (!child.get("part").isNull()) {
        parts.add(child.get("part").asText());
        assertThat(child.get("because")).isEmpty();
      }
    }
    assertThat(parts).containsExactly("I2a", "I2b");
    JsonNode i4 = report.at("/patients/2/criteria/3/tree");
    assertThat(i4.get("value").asText()).isEqualTo("unknown");
    assertThat(i4.get("missing").get(0).asText())
        .isEqualTo("ECOG performance status in 2026-10-27..2026-11-24");
    assertThat(i4.fieldNames())
        .toIterable()
        .containsExactly(
            "statement",
            "value",
            "part",
            "records",
            "ignored",
            "unclassified",
            "missing",
            "because");
  }

  @Test
  void everyFormat_isTheSameOnEveryRun() {
    for (String format : List.of("text", "json", "csv", "html")) {
      assertThat(Cli.screen(format, THREE).out())
          .as(format)
          .isEqualTo(Cli.screen(format, THREE).out());
    }
  }
}
