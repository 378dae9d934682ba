package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --also FORMAT=FILE}: one screening, several reports, each the same as that format's own
 * run (a population is read and screened once for every report a team needs).
 */
class AdditionalReportsTest {

  @Test
  void everyAdditionalReport_isTheSameAsItsOwnRun(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    Path csv = dir.resolve("rows.csv");
    Path json = dir.resolve("report.json");

    Cli.Run run =
        Cli.run(
            args(
                "--also",
                "html=" + html,
                "--also",
                "CSV=" + csv,
                "--also",
                "json=" + json,
                Cli.PATIENTS.toString()));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(Cli.screen("text", Cli.PATIENTS).out());
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .isEqualTo(Cli.screen("html", Cli.PATIENTS).out());
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo(Cli.screen("csv", Cli.PATIENTS).out());
    assertThat(Files.readString(json, StandardCharsets.UTF_8))
        .isEqualTo(Cli.screen("json", Cli.PATIENTS).out());
    assertThat(run.err())
        .contains(
            "eligo: wrote "
                + html
                + " (27 patients: 6 eligible, 13 ineligible, 8 needs review, 0 errors)")
        .contains("eligo: wrote " + csv + " (")
        .contains("eligo: wrote " + json + " (");
  }

  @Test
  void aFormatGivenTwice_orAnUnknownOne_isAUsageError(@TempDir Path dir) {
    Cli.Run twice =
        Cli.run(args("--also", "text=" + dir.resolve("a.txt"), Cli.PATIENTS.toString()));
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("--also: the text report is already written");

    Cli.Run unknown =
        Cli.run(args("--also", "pdf=" + dir.resolve("a.pdf"), Cli.PATIENTS.toString()));
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("'pdf' is not a format; use text, json, csv or html");
    assertThat(dir.resolve("a.pdf")).doesNotExist();
  }

  @Test
  void aFileThatCannotBeWritten_isSaidBeforeAnythingIsScreened(@TempDir Path dir) {
    Path missing = dir.resolve("no/such/dir/report.html");

    Cli.Run run = Cli.run(args("--also", "html=" + missing, Cli.PATIENTS.toString()));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write the report to " + missing);
    assertThat(run.out()).doesNotContain("mcrpc-01");
  }

  private static String[] args(String... rest) {
    List<String> args =
        new ArrayList<>(
            List.of("screen", "--protocol", Cli.PROTOCOL.toString(), "--as-of", Cli.AS_OF));
    args.addAll(List.of(rest));
    return args.toArray(new String[0]);
  }
}
