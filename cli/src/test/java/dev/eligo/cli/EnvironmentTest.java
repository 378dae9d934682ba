package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a fresh process shows: file names under {@code LANG=C}, one huge Bundle at {@code
 * -Xmx256m}.
 */
class EnvironmentTest {
  @TempDir Path dir;

  @Test
  @EnabledOnOs(OS.LINUX)
  void screen_underLangC_nonAsciiFileNamesAreReadAndPrintedAsTheyAre() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("patiënts"));
    Files.copy(Cli.PATIENTS.resolve("mcrpc-01.json"), folder.resolve("dossier-é-01.json"));
    Path explicit = Files.copy(Cli.PATIENTS.resolve("mcrpc-06.json"), dir.resolve("ñandú-06.json"));
    Path report = dir.resolve("rapport-ü.json");

    Cli.Run run =
        ChildJvm.run(
            dir,
            Map.of("LANG", "C", "LC_ALL", "C"),
            List.of(),
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "json",
            "-o",
            "rapport-ü.json",
            "patiënts",
            explicit.getFileName().toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote ").contains("/rapport-ü.json (2 patients");
    JsonNode json = SampleBundle.JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(json.at("/patients/0/source").asText()).isEqualTo("dossier-é-01.json");
    assertThat(json.at("/patients/0/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(json.at("/patients/1/source").asText()).isEqualTo("ñandú-06.json");
    assertThat(json.at("/patients/1/verdict").asText()).isEqualTo("INELIGIBLE");
  }

  @Test
  void screen_50MegabyteBundleAt256Megabytes_isOneErrorRowAndEveryOtherPatientIsScreened()
      throws Exception {
    Path input = dir.resolve("patients.ndjson");
    String one = SampleBundle.of("mcrpc-01").text();
    try (OutputStream out = Files.newOutputStream(input)) {
      for (int i = 0; i < 3; i++) {
        out.write((one + "\n").getBytes(StandardCharsets.UTF_8));
      }
      // One patient with 50 MB of observations: more than a 256 MB heap can hold as JSON, tree and
      // resources.
      String observation =
          SampleBundle.JSON.writeValueAsString(SampleBundle.of("mcrpc-01").observation("777-3"));
      String head = one.substring(0, one.indexOf("\"entry\":[") + "\"entry\":[".length());
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] entry = ("{\"resource\":" + observation + "},").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += entry.length) {
        out.write(entry);
      }
      out.write(
          (one.substring(one.indexOf("\"entry\":[") + "\"entry\":[".length()) + "\n")
              .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 3; i++) {
        out.write((one + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }

    Cli.Run run =
        ChildJvm.run(
            dir,
            Map.of(),
            List.of("-Xmx256m"),
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "json",
            input.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
    JsonNode json = SampleBundle.JSON.readTree(run.out());
    assertThat(json.at("/summary/patients").asInt()).isEqualTo(7);
    assertThat(json.at("/summary/ELIGIBLE").asInt()).isEqualTo(6);
    assertThat(json.at("/patients/3/error").asText())
        .startsWith("patients.ndjson:4: the patient's data is 50 MB");
  }
}
