package dev.eligo.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.check.Checker;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.parse.CriteriaParser;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.ExpectedDiagnostics;
import dev.eligo.compiler.testing.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files with three independent mistakes (under {@code src/test/resources/multiple}, marked as in
 * the diagnostics table): one run reports all three, in file order.
 */
class MultipleErrorsTest {
  private static final CompilerOptions OPTIONS = CompilerOptions.inPackage("dev.eligo.test");

  @Test
  void threeSyntaxErrors_reportsAllThreeInFileOrder() {
    CompilationResult result = compileMatchingMarkers("threeSyntaxErrors.eligo");

    assertThat(result.errors()).extracting(Diagnostic::line).containsExactly(13, 17, 20);
    assertThat(result.errors())
        .extracting(Diagnostic::code)
        .containsExactly(
            DiagnosticCode.SYNTAX_ERROR,
            DiagnosticCode.SYNTAX_ERROR,
            DiagnosticCode.UNTERMINATED_STRING);
    assertThat(result.javaFiles()).isEmpty();
  }

  @Test
  void threeSyntaxErrors_recoveryKeepsEveryDeclaration() {
    DiagnosticSink sink = new DiagnosticSink(read("threeSyntaxErrors.eligo"));

    CriteriaFile ast = CriteriaParser.parse(sink);

    assertThat(ast.declarations())
        .extracting(d -> d.name().text())
        .containsExactly("LOINC", "psa", "recentPsa", "highPsa", "I1", "E1");
  }

  @Test
  void threeCheckErrors_reportsAllThreeSortedByPosition() {
    CompilationResult result = compileMatchingMarkers("threeCheckErrors.eligo");

    assertThat(result.diagnostics()).extracting(Diagnostic::line).containsExactly(13, 16, 20);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(
            DiagnosticCode.UNKNOWN_SEX, DiagnosticCode.UNKNOWN_NAME, DiagnosticCode.UNIT_MISMATCH);
    assertThat(result.javaFiles()).isEmpty();
  }

  @Test
  void threeCheckErrors_checkerFindsThemOutOfFileOrder() {
    // Why the result sorts: definitions are checked before criteria, so the define's mistake on
    // line 16 is found before I1's on line 13.
    SourceFile source = read("threeCheckErrors.eligo");
    DiagnosticSink sink = new DiagnosticSink(source);

    Checker.check(CriteriaParser.parse(sink), sink);

    assertThat(sink.diagnostics()).extracting(Diagnostic::line).containsExactly(16, 13, 20);
  }

  @Test
  void check_threeCheckErrors_reportsTheSameAsCompile() {
    SourceFile source = read("threeCheckErrors.eligo");

    List<Diagnostic> checked = EligoCompiler.check(source).diagnostics();

    assertThat(checked).isEqualTo(EligoCompiler.compile(source, OPTIONS).diagnostics());
  }

  /** Compiles a file and checks its diagnostics against its markers. */
  private static CompilationResult compileMatchingMarkers(String name) {
    SourceFile source = read(name);
    CompilationResult result = EligoCompiler.compile(source, OPTIONS);
    assertThat(
            ExpectedDiagnostics.mismatches(
                ExpectedDiagnostics.parse(source.content()), result.diagnostics()))
        .isEmpty();
    return result;
  }

  private static SourceFile read(String name) {
    return TestResources.read(TestResources.directory("multiple").resolve(name));
  }
}
