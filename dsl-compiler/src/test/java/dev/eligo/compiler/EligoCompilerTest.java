package dev.eligo.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The compiler's entry points: compile (parse, check, generate), check (parse and check only, for
 * {@code eligo check} and editors) and analyze (the checked file for tools that read a protocol),
 * each stopping at the first stage with an error; the options and the result's views.
 */
class EligoCompilerTest {
  private static final String GOOD =
      """
      protocol NCT00000001
        title "Entry points"
        version "1"

      define unused = 3 days

      inclusion I1 "Adult."
        = age >= 18 years
      """;
  private static final String CHECK_ERROR = GOOD.replace("age >= 18 years", "agee >= 18 years");
  private static final String SYNTAX_ERROR = GOOD.replace("age >= 18 years", "age >= >= 18 years");

  @Test
  void compile_aGoodFile_givesItsEvaluator_inThePackage_withTheWarnings() {
    CompilationResult result =
        EligoCompiler.compile(new SourceFile("good.eligo", GOOD), CompilerOptions.inPackage("a.b"));

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNUSED_DECLARATION);
    assertThat(result.diagnostics()).isEqualTo(result.warnings());
    assertThat(result.javaFiles()).hasSize(1);
    assertThat(result.javaFiles().get(0).packageName()).isEqualTo("a.b");
    assertThat(result.javaFiles().get(0).typeSpec().name()).isEqualTo("NCT00000001Evaluator");
  }

  @Test
  void compile_stopsAtTheFirstStageWithAnError_andGivesNoJava() {
    CompilationResult checkError =
        EligoCompiler.compile(
            new SourceFile("c.eligo", CHECK_ERROR), CompilerOptions.inPackage(""));
    CompilationResult syntaxError =
        EligoCompiler.compile(
            new SourceFile("s.eligo", SYNTAX_ERROR), CompilerOptions.inPackage(""));

    assertThat(checkError.javaFiles()).isEmpty();
    assertThat(checkError.errors())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNKNOWN_NAME);
    // After a syntax error nothing is checked: the unused definition is not reported.
    assertThat(syntaxError.javaFiles()).isEmpty();
    assertThat(syntaxError.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.SYNTAX_ERROR);
  }

  @Test
  void check_parsesAndChecks_butGeneratesNothing() {
    CompilationResult good = EligoCompiler.check(new SourceFile("good.eligo", GOOD));
    CompilationResult bad = EligoCompiler.check(new SourceFile("c.eligo", CHECK_ERROR));
    CompilationResult syntax = EligoCompiler.check(new SourceFile("s.eligo", SYNTAX_ERROR));

    assertThat(good.javaFiles()).isEmpty();
    assertThat(good.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNUSED_DECLARATION);
    assertThat(bad.errors())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNKNOWN_NAME);
    assertThat(syntax.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.SYNTAX_ERROR);
  }

  @Test
  void analyze_handsOutTheCheckedFile_onlyWithoutErrors() {
    EligoCompiler.Analysis good = EligoCompiler.analyze(new SourceFile("good.eligo", GOOD));
    EligoCompiler.Analysis bad = EligoCompiler.analyze(new SourceFile("c.eligo", CHECK_ERROR));
    EligoCompiler.Analysis syntax = EligoCompiler.analyze(new SourceFile("s.eligo", SYNTAX_ERROR));

    assertThat(good.checkedFile()).isPresent();
    assertThat(good.checked().ast().header().protocolId()).isEqualTo("NCT00000001");
    assertThat(good.result().warnings()).hasSize(1);
    assertThat(bad.checkedFile()).isEmpty();
    assertThat(bad.result().errors()).hasSize(1);
    assertThat(syntax.checkedFile()).isEmpty();
    assertThat(syntax.result().errors())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.SYNTAX_ERROR);
  }

  @Test
  void result_sortsDiagnosticsByPlace_andSplitsErrorsFromWarnings() {
    String source =
        GOOD.replace("define unused = 3 days", "define unused = 3 days\ndefine x = agee")
            .replace("age >= 18 years", "agee >= 18 years");

    CompilationResult result = EligoCompiler.check(new SourceFile("m.eligo", source));

    assertThat(result.diagnostics())
        .extracting(d -> d.line() + ":" + d.column() + ":" + d.code().id())
        .containsExactly("5:8:ELG0209", "6:8:ELG0209", "6:12:ELG0201", "9:5:ELG0201");
    assertThat(result.errors()).extracting(Diagnostic::line).containsExactly(6, 9);
    assertThat(result.warnings()).extracting(Diagnostic::line).containsExactly(5, 6);
  }

  @Test
  void options_takeAJavaPackageName_orTheUnnamedPackage() {
    assertThat(CompilerOptions.inPackage("dev.eligo.x").packageName()).isEqualTo("dev.eligo.x");
    assertThat(CompilerOptions.inPackage("").packageName()).isEmpty();
    assertThatThrownBy(() -> CompilerOptions.inPackage("dev.1x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'dev.1x' is not a Java package name");
    assertThatThrownBy(() -> CompilerOptions.inPackage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("packageName");
  }
}
