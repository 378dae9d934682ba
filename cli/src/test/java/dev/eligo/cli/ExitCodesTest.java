package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes of check, compile and screen, and the messages that go with them. */
class ExitCodesTest {
  private static final Path ONE_PATIENT = Cli.PATIENTS.resolve("mcrpc-01.json");

  @TempDir Path dir;

  @Test
  void check_cleanFile_exitsZero() {
    Cli.Run run = Cli.run("check", Cli.PROTOCOL.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).endsWith("NCT07298239.eligo: no errors, no warnings\n");
  }

  @Test
  void check_fileWithErrors_printsDiagnosticsAndExitsOne() throws IOException {
    Path broken = brokenProtocol();
    Cli.Run run = Cli.run("check", broken.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.out())
        .contains(broken + ":9:12: error[ELG0201]: unknown name 'ecogg'")
        .contains("latest ecogg within 28 days before screening <= 2")
        .contains("^^^^^")
        .contains("1 error, 1 warning");
  }

  @Test
  void check_missingFile_exitsOneWithMessage() {
    Cli.Run run = Cli.run("check", dir.resolve("nothing.eligo").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.err()).contains("cannot read").contains("no such file");
  }

  @Test
  void compile_writesTheEvaluatorSource() throws IOException {
    Cli.Run run =
        Cli.run(
            "compile",
            Cli.PROTOCOL.toString(),
            "--package",
            "org.example.trials",
            "--output",
            dir.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    Path written = dir.resolve("org/example/trials/NCT07298239Evaluator.java");
    assertThat(run.out().strip()).isEqualTo(written.toString());
    assertThat(Files.readString(written))
        .contains("package org.example.trials;")
        .contains("implements ProtocolEvaluator");
  }

  @Test
  void compile_badPackageName_isAUsageError() {
    Cli.Run run =
        Cli.run(
            "compile", Cli.PROTOCOL.toString(), "--package", "org.3x", "--output", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("'org.3x' is not a Java package name")
        .contains("Usage: eligo compile");
  }

  @Test
  void usageError_saysTheMistakeAndTheSynopsis_notTheWholeHelp() {
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--colour",
            ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("eligo screen: Unknown option: '--colour'\n")
        .contains("Usage: eligo screen ")
        .endsWith("Run 'eligo screen --help' for every option.\n")
        .doesNotContain("Write the report to FILE");
    assertThat(run.err().lines().count()).isLessThanOrEqualTo(7); // the synopsis wraps to 4 lines
  }

  @Test
  void screen_mistypedInputPath_isAUsageErrorBeforeAnythingIsScreened() {
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            ONE_PATIENT.toString(),
            Cli.ROOT.resolve("examples/mcrpc/patientz").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("no such file or directory: " + Cli.ROOT.resolve("examples/mcrpc/patientz"));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void check_jsonFileGivenByMistake_printsTwentyErrorsAndTheCount() {
    Cli.Run run = Cli.run("check", ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.out().split("error\\[ELG", -1)).hasSize(CheckCommand.MAX_SHOWN + 1);
    assertThat(run.out())
        .containsPattern(
            "\\.\\.\\. \\d+ more not shown \\(is .*mcrpc-01.json a criteria file\\? they are named \\*\\.eligo\\)\n\\d+ errors, 0 warnings\n$");
  }

  @Test
  void help_standsAlone_withExamplesAndNoPointerToTheDocs() {
    Cli.Run help = Cli.run("--help");
    assertThat(help.out())
        .contains("Examples:")
        .contains("eligo screen --protocol trial.eligo --as-of 2026-11-24 patients/")
        .contains("generate-completion")
        .doesNotContain("docs/");
    Cli.Run screenHelp = Cli.run("screen", "--help");
    assertThat(screenHelp.out())
        .contains("--explain")
        .contains("--explain-patient=ID")
        .contains("Exit codes:")
        .doesNotContain("docs/");
  }

  @Test
  void generateCompletion_printsABashCompletionScript() {
    Cli.Run run = Cli.run("generate-completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F").contains("screen").contains("--as-of");
  }

  @Test
  void screen_protocolWithErrors_exitsOneAndScreensNothing() throws IOException {
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            brokenProtocol().toString(),
            "--as-of",
            Cli.AS_OF,
            ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.err()).contains("error[").contains("has errors; nothing was screened");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void screen_missingProtocolFile_exitsOne() {
    Cli.Run run =
        Cli.run(
            "screen", "--protocol", "no-such.eligo", "--as-of", Cli.AS_OF, ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(run.err()).contains("cannot read no-such.eligo: no such file");
  }

  @Test
  void screen_badDate_isAUsageError() {
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            "24/11/2026",
            ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("'24/11/2026' is not a date in the form YYYY-MM-DD")
        .contains("Usage: eligo screen");
  }

  @Test
  void screen_screeningInputs_areReadByTheRuntimeAndTheirMistakesAreUsageErrors() {
    assertThat(screenWithInputs("arm").err())
        .contains("--input: 'arm' is not NAME=VALUE, such as arm=B or registration=2026-11-02");
    assertThat(screenWithInputs("arm=B", "arm=C").err())
        .contains("--input: the screening input 'arm' is given twice: give it once");
    Cli.Run undeclared = screenWithInputs("arm=B");
    assertThat(undeclared.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(undeclared.err())
        .contains("NCT07298239 has no screening input 'arm'; it reads only the screening date");
  }

  private static Cli.Run screenWithInputs(String... inputs) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "screen", "--protocol", Cli.PROTOCOL.toString(), "--as-of", Cli.AS_OF));
    for (String input : inputs) {
      args.add("--input");
      args.add(input);
    }
    args.add(ONE_PATIENT.toString());
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    return run;
  }

  @Test
  void screen_unknownFormatOrOptionOrNoInput_isAUsageError() {
    assertThat(
            Cli.run(
                    "screen",
                    "--protocol",
                    Cli.PROTOCOL.toString(),
                    "--as-of",
                    Cli.AS_OF,
                    "--format",
                    "pdf",
                    ONE_PATIENT.toString())
                .err())
        .contains("'pdf' is not a format; use text, json, csv or html");
    assertThat(
            Cli.run(
                    "screen",
                    "--protocol",
                    Cli.PROTOCOL.toString(),
                    "--as-of",
                    Cli.AS_OF,
                    "--colour",
                    ONE_PATIENT.toString())
                .exit())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            Cli.run("screen", "--protocol", Cli.PROTOCOL.toString(), "--as-of", Cli.AS_OF).exit())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("screen", "--as-of", Cli.AS_OF, ONE_PATIENT.toString()).err())
        .contains("Missing required option: '--protocol=FILE'");
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void screen_unwritableOutput_isAUsageError() {
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--output",
            dir.resolve("no/such/dir/report.json").toString(),
            ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("cannot write the report to")
        .contains("no such directory")
        .doesNotContain("Exception");
  }

  @Test
  void screen_outputFile_getsTheReportAndStderrTheCounts() throws IOException {
    Path report = dir.resolve("report.csv");
    Cli.Run run =
        Cli.run(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "CSV",
            "-o",
            report.toString(),
            ONE_PATIENT.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "wrote " + report + " (1 patient: 1 eligible, 0 ineligible, 0 needs review, 0 errors)");
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("patient,source,verdict,");
  }

  @Test
  void screen_someInputsUnreadable_exitsThree() {
    Cli.Run run = Cli.screen("text", ONE_PATIENT, Cli.MALFORMED);
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(run.out()).contains("mcrpc-01 ").contains("ELIGIBLE");
  }

  @Test
  void help_andVersion_exitZero() {
    Cli.Run help = Cli.run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("check")
        .contains("compile")
        .contains("screen")
        .contains("Exit codes");
    assertThat(Cli.run("--version").out()).startsWith("eligo ");
  }

  private Path brokenProtocol() throws IOException {
    Path file = dir.resolve("broken.eligo");
    Files.writeString(
        file,
        String.join(
            "\n",
            "protocol NCT00000001",
            "  title \"A broken protocol\"",
            "  version \"1\"",
            "",
            "codesystem LOINC = \"http://loinc.org\"",
            "observation ecog \"ECOG performance status\": LOINC {89247-1}",
            "  integer",
            "inclusion I1 \"ECOG 0-2\"",
            "  = latest ecogg within 28 days before screening <= 2",
            ""),
        StandardCharsets.UTF_8);
    return file;
  }
}
