package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trimmed executable jar, run as users run it (through bin/eligo): it must do what the
 * in-process command does on the sample and the malformed inputs, and leave out what screening
 * never loads. Runs after {@code package} (maven-failsafe-plugin).
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target/eligo.jar").toAbsolutePath();
  private static final Path LAUNCHER = Cli.ROOT.resolve("bin/eligo");

  @TempDir Path dir;

  /** What one run of the launcher gave. */
  record Run(int exit, String out, String err) {}

  @Test
  void screen_eachFormat_sameAsInProcess() throws Exception {
    for (String format : List.of("json", "csv", "html")) {
      Run jar =
          eligo(
              "screen",
              "--protocol",
              Cli.PROTOCOL.toString(),
              "--as-of",
              Cli.AS_OF,
              "--format",
              format,
              Cli.PATIENTS.toString(),
              Cli.MALFORMED.toString());
      Cli.Run inProcess = Cli.screen(format, Cli.PATIENTS, Cli.MALFORMED);
      assertThat(jar.exit()).as(format + ": " + jar.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
      assertThat(jar.out()).as(format).isEqualTo(inProcess.out());
      assertThat(jar.err()).as(format).isEmpty();
    }
  }

  @Test
  void screen_text_tableAndCountsWithNoLoggingNoise() throws Exception {
    Run run =
        eligo(
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            Cli.PATIENTS.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("27 patients: 6 eligible, 13 ineligible, 8 needs review, 0 errors");
    assertThat(run.out().lines().count()).isLessThan(40);
    assertThat(run.err()).doesNotContain("SLF4J").isEmpty();
  }

  @Test
  void checkAndCompile_work() throws Exception {
    Run clean = eligo("check", Cli.PROTOCOL.toString());
    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(clean.out()).endsWith("NCT07298239.eligo: no errors, no warnings\n");
    Run json = eligo("check", Cli.PATIENTS.resolve("mcrpc-01.json").toString());
    assertThat(json.exit()).isEqualTo(ExitCodes.PROTOCOL_ERRORS);
    assertThat(json.out()).contains("more not shown");
    Run compile =
        eligo("compile", Cli.PROTOCOL.toString(), "-p", "org.example", "-o", dir.toString());
    assertThat(compile.exit()).as(compile.err()).isZero();
    assertThat(dir.resolve("org/example/NCT07298239Evaluator.java")).isRegularFile();
  }

  @Test
  void versionAndCompletion_fromTheLauncher() throws Exception {
    assertThat(eligo("--version").out()).isEqualTo("eligo 0.1.0-SNAPSHOT\n");
    assertThat(eligo("generate-completion").out()).contains("complete -F");
  }

  /**
   * The HTML report keeps only the funnel's counts in memory: a thousand patients' page (40 MB) is
   * written in a 48 MB heap, where keeping each patient's explanations until the end would not fit.
   */
  @Test
  void htmlReport_manyPatients_inASmallHeap() throws Exception {
    String bundle =
        new ObjectMapper().readTree(Cli.PATIENTS.resolve("mcrpc-25.json").toFile()).toString();
    Path ndjson = dir.resolve("many.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1000; i++) {
        out.write(bundle);
        out.write('\n');
      }
    }
    Path page = dir.resolve("many.html");
    Run run =
        eligo(
            Map.of("ELIGO_JAVA_OPTS", "-Xmx48m"),
            "screen",
            "--protocol",
            Cli.PROTOCOL.toString(),
            "--as-of",
            Cli.AS_OF,
            "--format",
            "html",
            "-o",
            page.toString(),
            ndjson.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("(1000 patients: 0 eligible, 0 ineligible, 1000 needs review, 0 errors)");
    assertThat(Files.size(page)).isGreaterThan(1000L * 20_000);
    Files.delete(page);
  }

  @Test
  void jar_leavesOutWhatScreeningNeverLoads() throws IOException {
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      assertThat(zip.getEntry("com/ibm/icu/lang/UCharacter.class")).as("ICU4J").isNull();
      assertThat(zip.getEntry("org/apache/jena/rdf/model/Model.class")).as("Jena").isNull();
      assertThat(zip.getEntry("net/sf/saxon/Transform.class")).as("Saxon").isNull();
      assertThat(zip.getEntry("org/hl7/fhir/r4/model/Observation.class")).isNotNull();
      assertThat(zip.getEntry("org/slf4j/nop/NOPServiceProvider.class")).isNotNull();
    }
    assertThat(Files.size(JAR)).isLessThan(25L << 20);
  }

  private Run eligo(String... args) throws IOException, InterruptedException {
    return eligo(Map.of(), args);
  }

  private Run eligo(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("ELIGO_JAR", JAR.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(600, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("eligo did not finish in 600 s: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
