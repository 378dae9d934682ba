package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Follows docs/getting-started.md word for word, as a newcomer on a fresh machine would: every
 * {@code bash} block of the page is run in order in one shell, starting in an empty folder that
 * holds only a copy of this repository's sources as {@code eligo}, with an empty local Maven
 * repository (target/getting-started/repository; never ~/.m2). Each {@code text} block that follows
 * a {@code bash} block lists lines that command must print, in order. Released artifacts are copied
 * from the local repository of the build running the test when it has them, else downloaded from
 * Maven Central; Eligo's own come only from the page's {@code mvn install}.
 */
class GettingStartedIT {
  private static final Path PAGE = Cli.ROOT.resolve("docs/getting-started.md");
  private static final Path WORK = Path.of("target/getting-started").toAbsolutePath();
  private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", "node_modules");

  @Test
  void gettingStarted_followedVerbatim_givesAPassingProjectAndAScreenedPatient() throws Exception {
    List<Block> blocks = Block.parse(Files.readString(PAGE, StandardCharsets.UTF_8));
    assertThat(blocks).as("bash blocks of %s", PAGE).hasSizeGreaterThanOrEqualTo(4);

    deleteRecursively(WORK);
    Path folder = Files.createDirectories(WORK.resolve("folder"));
    Path repository = Files.createDirectories(WORK.resolve("repository"));
    copySources(Cli.ROOT, folder.resolve("eligo"));
    Path bin = mavenWithEmptyRepository(repository);

    StringBuilder script = new StringBuilder("set -euo pipefail\n");
    for (int i = 0; i < blocks.size(); i++) {
      script
          .append("echo '@@ block ")
          .append(i)
          .append("'\n")
          .append(blocks.get(i).commands())
          .append('\n');
    }
    Files.writeString(WORK.resolve("getting-started.sh"), script, StandardCharsets.UTF_8);
    ProcessBuilder shell =
        new ProcessBuilder("bash", WORK.resolve("getting-started.sh").toString())
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("getting-started.log").toFile());
    shell.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    shell.environment().remove("MAVEN_OPTS");
    Process process = shell.start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("docs/getting-started.md did not finish in 20 minutes; see " + WORK);
    }
    String log = Files.readString(WORK.resolve("getting-started.log"), StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("exit code; the log is %s", WORK.resolve("getting-started.log"))
        .isZero();

    String[] outputs = log.split("@@ block \\d+\n", -1);
    for (int i = 0; i < blocks.size(); i++) {
      assertPrintedInOrder(outputs[i + 1], blocks.get(i).expected(), i);
    }
    // The project's own repository got Eligo only from the page's mvn install.
    assertThat(repository.resolve("dev/eligo/eligo-runtime/0.1.0-SNAPSHOT")).isDirectory();
    assertThat(
            folder.resolve(
                "trials/my-trial/target/generated-sources/eligo/org/example/trials/NCT00000000Evaluator.java"))
        .isRegularFile();
  }

  private static void assertPrintedInOrder(String output, List<String> expected, int block) {
    int from = 0;
    for (String line : expected) {
      int at = output.indexOf(line, from);
      assertThat(at)
          .as(
              "bash block %d of docs/getting-started.md prints %s; it printed:%n%s",
              block, line, output)
          .isNotNegative();
      from = at + line.length();
    }
  }

  /**
   * A {@code mvn} first on the PATH that runs the real one with an empty local repository and
   * settings reading released artifacts from the calling build's repository before Maven Central.
   */
  private static Path mavenWithEmptyRepository(Path repository) throws IOException {
    Path realMaven = onPath("mvn");
    Path callerRepository =
        Path.of(
            System.getProperty(
                "maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(
        settings,
        String.join(
            "\n",
            "<settings>",
            "  <profiles><profile><id>released-artifacts-already-here</id>",
            "    <repositories><repository><id>local.central</id><url>"
                + callerRepository.toUri()
                + "</url>",
            "      <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>",
            "      <snapshots><enabled>false</enabled></snapshots></repository></repositories>",
            "    <pluginRepositories><pluginRepository><id>local.central</id><url>"
                + callerRepository.toUri()
                + "</url>",
            "      <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>",
            "      <snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>",
            "  </profile></profiles>",
            "  <activeProfiles><activeProfile>released-artifacts-already-here</activeProfile></activeProfiles>",
            "</settings>",
            ""),
        StandardCharsets.UTF_8);
    Path bin = Files.createDirectories(WORK.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\nexec '"
            + realMaven
            + "' -s '"
            + settings
            + "' -Dmaven.repo.local='"
            + repository
            + "' \"$@\"\n",
        StandardCharsets.UTF_8);
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    return bin;
  }

  private static Path onPath(String command) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, command);
      if (Files.isExecutable(candidate) && !candidate.startsWith(WORK)) {
        return candidate;
      }
    }
    throw new AssertionError(command + " is not on the PATH");
  }

  /** The repository's sources as a checkout has them: no build output. */
  private static void copySources(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files
          .filter(
              path ->
                  from.relativize(path).toString().isEmpty()
                      || Stream.of(from.relativize(path).toString().split("/"))
                          .noneMatch(NOT_COPIED::contains))
          .forEach(
              path -> {
                try {
                  Path target = to.resolve(from.relativize(path).toString());
                  if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                  } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A bash block of the page and the lines of the text block right after it, if any. */
  record Block(String commands, List<String> expected) {
    static List<Block> parse(String markdown) {
      List<Block> blocks = new ArrayList<>();
      String[] lines = markdown.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].equals("```bash")) {
          continue;
        }
        StringBuilder commands = new StringBuilder();
        for (i++; !lines[i].equals("```"); i++) {
          commands.append(lines[i]).append('\n');
        }
        int next = i + 1;
        while (next < lines.length && lines[next].isBlank()) {
          next++;
        }
        List<String> expected = new ArrayList<>();
        if (next < lines.length && lines[next].equals("```text")) {
          for (next++; !lines[next].equals("```"); next++) {
            if (!lines[next].isBlank()) {
              expected.add(lines[next]);
            }
          }
        }
        blocks.add(new Block(commands.toString(), expected));
      }
      return blocks;
    }
  }
}
