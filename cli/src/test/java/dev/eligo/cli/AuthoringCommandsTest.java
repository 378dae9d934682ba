package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eligo test}, {@code eligo requirements} and {@code eligo questionnaire} on the sample
 * protocol.
 */
class AuthoringCommandsTest {
  private static final Path EXAMPLES = Cli.PROTOCOL.resolveSibling("NCT07298239.examples.eligo");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void test_sample_passesWithFullCoverage() throws IOException {
    Path json = temp.resolve("coverage.json");
    Cli.Run run =
        Cli.run(
            "test",
            "--coverage",
            "--require-full-coverage",
            "--coverage-json",
            json.toString(),
            Cli.PROTOCOL.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("144 examples, 144 passed, 0 failed")
        .contains("outcome coverage: 100% (75 of 75 criterion outcomes)")
        .containsPattern("(?m)^E3b +\\d+ +\\d+ +\\d+$");
    JsonNode coverage = JSON.readTree(json.toFile());
    assertThat(coverage.get("full").asBoolean()).isTrue();
    assertThat(coverage.get("criteria")).hasSize(25);
  }

  @Test
  void test_wrongExpectation_failsWithTheCriterionsExplanation() throws IOException {
    Path criteria =
        copySample(
            text ->
                text.replace(
                    """
        example "ANC 1.49 x10^9/L: E3a met" like baseline
          anc 1.49 on 3 days before screening
          expect ineligible by E3
          expect E3a met""",
                    """
        example "ANC 1.49 x10^9/L: E3a met" like baseline
          anc 1.49 on 3 days before screening
          expect eligible
          expect E3a not met"""));

    Cli.Run run = Cli.run("test", criteria.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.EXAMPLES_FAILED);
    assertThat(run.out())
        .containsPattern("FAILED .*NCT07298239.examples.eligo:\\d+: ANC 1.49 x10\\^9/L: E3a met")
        .contains("expected eligible, got ineligible by E3")
        .contains("expected E3a not met, got met")
        .contains("E3a MET  a. Absolute neutrophil count (ANC) < 1.5")
        .contains(
            "latest absolute neutrophil count in 2026-10-27..2026-11-24: 1.49 10*9/L on 2026-11-21")
        .contains("144 examples, 143 passed, 1 failed");
  }

  @Test
  void test_fewExamples_failFullCoverageNamingWhatIsNeverSeen() throws IOException {
    Path criteria = temp.resolve("NCT07298239.eligo");
    Files.copy(Cli.PROTOCOL, criteria);
    Files.writeString(
        temp.resolve("NCT07298239.examples.eligo"),
        """
        examples for NCT07298239
        screening @2026-11-24
        example "nothing on record"
          expect ineligible by I2
        """,
        StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("test", "--require-full-coverage", criteria.toString());

    assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.EXAMPLES_FAILED);
    assertThat(run.out())
        .contains("1 examples, 1 passed, 0 failed")
        .contains("outcome coverage is not full: I1 met");
  }

  @Test
  void test_mistakeInExamples_isADiagnosticAndExit1() throws IOException {
    Path criteria = temp.resolve("NCT07298239.eligo");
    Files.copy(Cli.PROTOCOL, criteria);
    Files.writeString(
        temp.resolve("NCT07298239.examples.eligo"),
        "examples for NCT07298239\nscreening @2026-11-24\nexample \"x\"\n  psaa 2.3 on screening\n  expect eligible\n",
        StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("test", temp.resolve("NCT07298239.examples.eligo").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.out())
        .contains(
            "NCT07298239.examples.eligo:4:3: error[ELG0201]: unknown name 'psaa'; did you mean 'psa'?");
  }

  @Test
  void requirements_table_searchNeedsTheDate_dataRequirementsAndBulk() throws IOException {
    Cli.Run table = Cli.run("requirements", Cli.PROTOCOL.toString());
    assertThat(table.exit()).isEqualTo(ExitCodes.OK);
    assertThat(table.out())
        .containsPattern(
            "(?m)^psa +observation +Observation +LOINC 2857-1, 35741-8 +S - 12 months to S$");

    Cli.Run undated = Cli.run("requirements", "--format", "search", Cli.PROTOCOL.toString());
    assertThat(undated.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(undated.err()).contains("--format search needs --as-of");

    Cli.Run search =
        Cli.run(
            "requirements",
            "--format",
            "search",
            "--as-of",
            Cli.AS_OF,
            "--patient",
            "p1",
            Cli.PROTOCOL.toString());
    assertThat(search.out())
        .startsWith("Patient?_id=p1\n")
        .contains("Observation?patient=p1&code=http://loinc.org|89247-1");

    Cli.Run library =
        Cli.run("requirements", "--format", "data-requirements", Cli.PROTOCOL.toString());
    JsonNode json = JSON.readTree(library.out());
    assertThat(json.get("resourceType").asText()).isEqualTo("Library");
    assertThat(json.get("dataRequirement").get(0).get("type").asText()).isEqualTo("Patient");

    Cli.Run bulk =
        Cli.run("requirements", "--format", "bulk", "--as-of", Cli.AS_OF, Cli.PROTOCOL.toString());
    assertThat(bulk.out())
        .startsWith("$export?_type=Patient,Observation,Condition,")
        .contains("&_typeFilter=Observation%3F");
  }

  @Test
  void questionnaire_isAFhirQuestionnaireWithAnItemPerAttestation() throws IOException {
    Path out = temp.resolve("q.json");
    Cli.Run run =
        Cli.run(
            "questionnaire",
            "--url",
            "https://example.org/q",
            "-o",
            out.toString(),
            Cli.PROTOCOL.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    JsonNode json = JSON.readTree(out.toFile());
    assertThat(json.get("resourceType").asText()).isEqualTo("Questionnaire");
    assertThat(json.get("url").asText()).isEqualTo("https://example.org/q");
    assertThat(json.get("item")).hasSize(5);
  }

  private Path copySample(java.util.function.UnaryOperator<String> change) throws IOException {
    Path criteria = temp.resolve("NCT07298239.eligo");
    Files.copy(Cli.PROTOCOL, criteria);
    String examples =
        Files.readString(EXAMPLES).replace("\"../../../patients/", "\"" + Cli.PATIENTS + "/");
    String changed = change.apply(examples);
    assertThat(changed).isNotEqualTo(examples);
    Files.writeString(temp.resolve("NCT07298239.examples.eligo"), changed, StandardCharsets.UTF_8);
    return criteria;
  }
}
