package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.cli.screen.InputSize;
import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.ProgressBar;
import dev.eligo.cli.screen.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar's drawing and the estimate of how many patients the inputs hold. */
class ProgressTest {
  @TempDir Path dir;

  @Test
  void progressBar_redrawsOncePerPercentAndClearsAtTheEnd() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 400);
    Summary summary = new Summary();
    for (int i = 0; i < 400; i++) {
      summary.count(new PatientOutcome.Failed("x", "y"));
      bar.advance(summary);
    }
    String drawn = err.toString();
    assertThat(drawn.split("\r\\[", -1)).hasSize(1 + 101); // 0% to 100%
    assertThat(drawn).contains("\r[###############...............] 200/400 patients  50%");
    bar.done();
    assertThat(err.toString())
        .endsWith(
            "\r"
                + " ".repeat("[##############################] 400/400 patients 100%".length())
                + "\r");
  }

  @Test
  void inputSize_countsBundleFilesAndNdjsonLines() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("b.json"), "{}");
    Path ndjson = Files.writeString(dir.resolve("bundles.ndjson"), "{}\n{}\n\n{}");
    Path bulk = Files.createDirectory(dir.resolve("bulk"));
    Files.writeString(bulk.resolve("Patient.ndjson"), "{}\n{}\n{}\n{}\n");
    Files.writeString(bulk.resolve("Observation.ndjson"), "{}\n{}\n{}\n{}\n{}\n{}\n");
    assertThat(InputSize.estimate(List.of(dir))).isEqualTo(2);
    assertThat(InputSize.estimate(List.of(ndjson, bulk, Cli.PATIENTS))).isEqualTo(3 + 4 + 27);
  }
}
