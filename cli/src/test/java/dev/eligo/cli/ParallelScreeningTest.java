package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screening on several threads reports exactly what one thread does, in input order. */
class ParallelScreeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void directory_severalThreads_sameReportAsOne() {
    Cli.Run one = screen("1", "csv", Cli.PATIENTS.toString(), Cli.MALFORMED.toString());
    Cli.Run four = screen("4", "csv", Cli.PATIENTS.toString(), Cli.MALFORMED.toString());

    assertThat(one.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(four.exit()).isEqualTo(one.exit());
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEqualTo(one.err());
  }

  @Test
  void ndjson_severalThreads_rowsInLineOrder_damagedLineInPlace(@TempDir Path dir)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (Path bundle : samples()) {
        lines.add(JSON.writeValueAsString(JSON.readTree(bundle.toFile())));
      }
      lines.add("{\"resourceType\": \"Bundle\", \"entry\": [");
    }
    Path ndjson = dir.resolve("patients.ndjson");
    Files.write(ndjson, lines, StandardCharsets.UTF_8);

    Cli.Run one = screen("1", "json", ndjson.toString());
    Cli.Run three = screen("3", "json", ndjson.toString());

    assertThat(three.out()).isEqualTo(one.out());
    List<String> sources = new ArrayList<>();
    for (JsonNode patient : JSON.readTree(three.out()).get("patients")) {
      sources.add(patient.get("source").asText());
    }
    List<String> expected = new ArrayList<>();
    for (int line = 1; line <= lines.size(); line++) {
      expected.add("patients.ndjson:" + line);
    }
    assertThat(sources).containsExactlyElementsOf(expected);
  }

  @Test
  void threads_zero_isAUsageError() {
    Cli.Run run = screen("0", "csv", Cli.PATIENTS.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--threads must be positive").doesNotContain("Exception");
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Cli.PATIENTS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Cli.Run screen(String threads, String format, String... inputs) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "screen",
                "--protocol",
                Cli.PROTOCOL.toString(),
                "--as-of",
                Cli.AS_OF,
                "--format",
                format,
                "--threads",
                threads));
    args.addAll(List.of(inputs));
    return Cli.run(args.toArray(new String[0]));
  }
}
