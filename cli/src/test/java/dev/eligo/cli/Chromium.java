package dev.eligo.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests: found on the PATH, else installed with {@code apt-get install -y
 * chromium}; where that is impossible the test fails under {@code CI=true} and is skipped
 * elsewhere, with a message saying so.
 */
final class Chromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Chromium ready to use, or the test is failed (CI) or aborted (elsewhere). */
  static Chromium require() throws IOException, InterruptedException {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      install();
      found = find();
    }
    if (found.isEmpty()) {
      String message =
          "Chromium is not installed and 'apt-get install -y chromium' did not install it;"
              + " install Debian's chromium package to run the HTML report test";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " (CI=true: a test that needs a system package fails rather than skips)");
      }
      Assumptions.abort(message);
    }
    return new Chromium(found.get());
  }

  /** The DOM of a local page after its scripts ran, as Chromium serialises it. */
  String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
    return dumpDom(page, profile, 1280);
  }

  /** The DOM of a local page after its scripts ran in a window {@code width} pixels wide. */
  String dumpDom(Path page, Path profile, int width) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(baseCommand(profile));
    command.add("--window-size=" + width + ",1000");
    command.add("--dump-dom");
    command.add(page.toUri().toString());
    return run(command, profile.resolve("dom.html"));
  }

  /**
   * A PNG screenshot of the top of a local page, {@code width} pixels wide, for looking at by eye.
   */
  void screenshot(Path page, Path png, Path profile, int width)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(baseCommand(profile));
    command.add("--window-size=" + width + ",2400");
    command.add("--screenshot=" + png);
    command.add(page.toUri().toString());
    run(command, profile.resolve("screenshot.log"));
  }

  /** The page printed to PDF as a browser prints it (print styles, A4 or Letter, no header). */
  void printToPdf(Path page, Path pdf, Path profile) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(baseCommand(profile));
    command.add("--no-pdf-header-footer");
    command.add("--print-to-pdf=" + pdf);
    command.add(page.toUri().toString());
    run(command, profile.resolve("print.log"));
  }

  private List<String> baseCommand(Path profile) {
    return List.of(
        executable.toString(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
  }

  private static String run(List<String> command, Path stdout)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + String.join(" ", command));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static Optional<Path> find() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void install() throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("apt-get", "install", "-y", "-q", "chromium")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      // no apt-get here: require() reports that Chromium is missing
    }
  }
}
