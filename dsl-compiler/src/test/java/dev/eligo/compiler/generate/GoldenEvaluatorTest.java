package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.ModuleDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The evaluator generated for the mCRPC sample protocol, compared byte for byte with {@code
 * src/test/resources/golden/NCT07298239Evaluator.java}. After an intended change to generation,
 * rewrite the golden file with {@code -Deligo.updateGolden=true} and review its diff.
 */
class GoldenEvaluatorTest {
  static final Path SAMPLE =
      ModuleDirectory.resolve("../examples/mcrpc/src/main/eligo/NCT07298239.eligo");
  static final String PACKAGE = "dev.eligo.examples.mcrpc";
  private static final Path GOLDEN =
      ModuleDirectory.resolve("src/test/resources/golden/NCT07298239Evaluator.java");
  private static final String UPDATE_COMMAND =
      "mvn -B -pl runtime,dsl-grammar,dsl-compiler test -Dtest=GoldenEvaluatorTest -Deligo.updateGolden=true";

  /** The mCRPC sample compiled afresh: its Java source. */
  static String generateSample() throws IOException {
    CompilationResult result =
        EligoCompiler.compile(SourceFile.read(SAMPLE), CompilerOptions.inPackage(PACKAGE));
    assertThat(DiagnosticPrinter.print(result.diagnostics()))
        .as("diagnostics of the sample")
        .isEmpty();
    assertThat(result.javaFiles()).hasSize(1);
    return result.javaFiles().get(0).toString();
  }

  @Test
  void mcrpcEvaluator_matchesGoldenFileByteForByte() throws IOException {
    byte[] generated = generateSample().getBytes(StandardCharsets.UTF_8);

    if (Boolean.parseBoolean(System.getProperty("eligo.updateGolden"))) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, generated);
      return;
    }
    if (!Files.exists(GOLDEN)) {
      fail(
          "golden file "
              + GOLDEN.toAbsolutePath().normalize()
              + " is missing; create it with: "
              + UPDATE_COMMAND);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(new String(generated, StandardCharsets.UTF_8))
        .as(
            "generated Java differs from %s; if the change is intended, run: %s",
            GOLDEN, UPDATE_COMMAND)
        .isEqualTo(expected);
    assertThat(generated)
        .as("the same bytes (line ends and encoding included)")
        .isEqualTo(Files.readAllBytes(GOLDEN));
  }

  @Test
  void mcrpcEvaluator_readsLikeHandWrittenJava_noLineOver100Characters() throws IOException {
    String[] lines = generateSample().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i].codePointCount(0, lines[i].length()))
          .as("line %d of the generated evaluator: %s", i + 1, lines[i])
          .isLessThanOrEqualTo(100);
    }
  }

  @Test
  void mcrpcEvaluator_buildsNoValueInsideAMethod_onlyInConstants() throws IOException {
    String source = generateSample();
    String methods = source.substring(source.indexOf("public ScreeningResult screen("));
    assertThat(methods)
        .as("quantities, durations, value sets and dates are constants, built once")
        .doesNotContain(
            "Quantity.of(",
            "CalendarDuration.of(",
            "ValueSet.builder()",
            "LocalDate.of(",
            "new BigDecimal(",
            "Arithmetic.constant(",
            "Logic.constant(");
  }
}
