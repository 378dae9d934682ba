package dev.eligo.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateFileTest {
  @TempDir Path temp;

  @Test
  void writeThenRead_givesTheSameState() throws IOException {
    BuildState state =
        BuildState.of(
            "tool=1\npackage=derived",
            Map.of(
                "org/site/NCT1.eligo",
                    new BuildState.SourceState("ab12", List.of("org/site/NCT1Evaluator.java")),
                "NCT2.eligo", new BuildState.SourceState("cd34", List.of())));
    BuildStateFile file = new BuildStateFile(temp.resolve("status/eligo/build-state.txt"));

    file.write(state);

    assertThat(file.read()).isEqualTo(state);
    assertThat(temp.resolve("status/eligo"))
        .isDirectoryContaining(p -> p.endsWith("build-state.txt"))
        .isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
  }

  @Test
  void read_missingFile_isEmpty() {
    assertThat(new BuildStateFile(temp.resolve("absent.txt")).read()).isEqualTo(BuildState.EMPTY);
  }

  @Test
  void read_fileOfAnotherFormat_isEmpty() throws IOException {
    Path path = temp.resolve("state.txt");
    Files.writeString(path, "something else\nentirely\n", StandardCharsets.UTF_8);

    assertThat(new BuildStateFile(path).read()).isEqualTo(BuildState.EMPTY);
  }
}
