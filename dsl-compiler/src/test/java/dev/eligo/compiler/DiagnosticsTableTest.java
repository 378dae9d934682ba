package dev.eligo.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.ExpectedDiagnostics;
import dev.eligo.compiler.testing.ExpectedDiagnostics.Expected;
import dev.eligo.compiler.testing.TestResources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagnostics table: each file under {@code src/test/resources/diagnostics} is a small protocol
 * with one mistake, and states the diagnostics it expects with markers above the offending line
 * (syntax in {@link ExpectedDiagnostics}):
 *
 * <pre>
 * // :: error ELG0201 @12 "did you mean 'psa'?"
 *   = latest psaa within 28 days before screening &lt; 10 'ng/mL'
 * </pre>
 *
 * A file fails when a marked diagnostic is missing, or at another line or column, or when the
 * compiler reports anything unmarked. File names say the case and the outcome; the test is shown as
 * {@code diagnostics_<file name>}.
 */
class DiagnosticsTableTest {
  private static final String DIRECTORY = "diagnostics";

  static Stream<Arguments> files() {
    return TestResources.criteriaFiles(DIRECTORY).stream()
        .map(file -> Arguments.of(TestResources.caseName(file), file));
  }

  @ParameterizedTest(name = "diagnostics_{0}")
  @MethodSource("files")
  void reportsExactlyTheMarkedDiagnostics(String caseName, Path file) {
    SourceFile source = TestResources.read(file);
    List<Expected> expected = ExpectedDiagnostics.parse(source.content());

    CompilationResult result =
        EligoCompiler.compile(source, CompilerOptions.inPackage("dev.eligo.test"));

    assertThat(expected).as("%s marks no diagnostic", caseName).isNotEmpty();
    assertThat(ExpectedDiagnostics.mismatches(expected, result.diagnostics()))
        .as(caseName)
        .isEmpty();
    if (result.hasErrors()) {
      assertThat(result.javaFiles()).as("no Java for a file with errors").isEmpty();
    }
  }

  @Test
  void table_hasAtLeastThirtyFiles() {
    assertThat(TestResources.criteriaFiles(DIRECTORY)).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void table_coversEveryDiagnosticCode() {
    Set<String> marked =
        TestResources.criteriaFiles(DIRECTORY).stream()
            .flatMap(file -> ExpectedDiagnostics.parse(TestResources.read(file).content()).stream())
            .map(Expected::code)
            .collect(Collectors.toCollection(TreeSet::new));
    // Codes about example patients are covered by the authoring module's table of examples files.
    Set<String> all =
        Arrays.stream(DiagnosticCode.values())
            .filter(c -> !c.isAboutExamples())
            .map(DiagnosticCode::id)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(marked).as("codes no file of the table expects").containsAll(all);
  }

  @Test
  void table_filesHaveOneKindOfMistakeEach() {
    // A file of the table tests one mistake: at most one error code (a warning may come with it).
    for (Path file : TestResources.criteriaFiles(DIRECTORY)) {
      Set<String> errorCodes =
          ExpectedDiagnostics.parse(TestResources.read(file).content()).stream()
              .filter(e -> e.severity() == dev.eligo.compiler.diagnostic.Severity.ERROR)
              .map(Expected::code)
              .collect(Collectors.toSet());
      assertThat(errorCodes).as(file.getFileName().toString()).hasSizeLessThanOrEqualTo(1);
    }
  }
}
