package dev.eligo.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.Severity;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.compiler.testing.ExpectedDiagnostics.Expected;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marker syntax of the diagnostics table, and that a mismatch is always noticed. */
class ExpectedDiagnosticsTest {
  private static final String TEXT =
      """
      protocol P
      // :: error ELG0201 @5 "unknown name"
      // :: warning ELG0209 @5
        = psaa
      define x = 1
      """;

  @Test
  void parse_markersAboveLine_expectDiagnosticsOnNextNonMarkerLine() {
    assertThat(ExpectedDiagnostics.parse(TEXT))
        .containsExactly(
            new Expected(Severity.ERROR, "ELG0201", 4, 5, List.of("unknown name")),
            new Expected(Severity.WARNING, "ELG0209", 4, 5, List.of()));
  }

  @Test
  void parse_indentedMarkerWithSeveralMessageParts_readsEachPart() {
    String text = "a\n    // :: error ELG0302 @3 \"'ng/mL'\" \"'mmol/L'\"\n  x\n";

    assertThat(ExpectedDiagnostics.parse(text))
        .containsExactly(
            new Expected(Severity.ERROR, "ELG0302", 3, 3, List.of("'ng/mL'", "'mmol/L'")));
  }

  @Test
  void parse_malformedMarker_isRejectedNotIgnored() {
    assertThatThrownBy(() -> ExpectedDiagnostics.parse("// :: error: ELG0201 at 5\nx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1: malformed marker");
  }

  @Test
  void parse_markerWithoutLineBelow_isRejected() {
    assertThatThrownBy(() -> ExpectedDiagnostics.parse("x\n// :: error ELG0201 @1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2: marker with no line below it");
  }

  @Test
  void parse_codeTheCompilerDoesNotHave_isRejected() {
    assertThatThrownBy(() -> ExpectedDiagnostics.parse("// :: error ELG0999 @1\nx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no diagnostic code ELG0999");
  }

  @Test
  void mismatches_sameDiagnostic_isEmpty() {
    assertThat(
            ExpectedDiagnostics.mismatches(
                ExpectedDiagnostics.parse(TEXT), List.of(unknownName(4, 5), unused(4, 5))))
        .isEmpty();
  }

  @Test
  void mismatches_otherColumn_reportsMissingAndUnexpected() {
    String mismatches =
        ExpectedDiagnostics.mismatches(
            ExpectedDiagnostics.parse(TEXT), List.of(unknownName(4, 6), unused(4, 5)));

    assertThat(mismatches)
        .contains("expected but not reported:\n  4:5: error[ELG0201]")
        .contains("reported but not expected:\ntest.eligo:4:6: error[ELG0201]");
  }

  @Test
  void mismatches_diagnosticNobodyExpected_isReported() {
    String mismatches = ExpectedDiagnostics.mismatches(List.of(), List.of(unused(4, 5)));

    assertThat(mismatches)
        .startsWith("reported but not expected:\ntest.eligo:4:5: warning[ELG0209]");
  }

  @Test
  void mismatches_sameCodeTwiceButOneExpected_reportsTheSecond() {
    List<Expected> one = List.of(new Expected(Severity.WARNING, "ELG0209", 4, 5, List.of()));

    assertThat(ExpectedDiagnostics.mismatches(one, List.of(unused(4, 5), unused(4, 5))))
        .startsWith("reported but not expected:");
  }

  @Test
  void mismatches_messageWithoutExpectedPart_reportsMissing() {
    List<Expected> expected =
        List.of(new Expected(Severity.ERROR, "ELG0201", 4, 5, List.of("did you mean")));

    assertThat(ExpectedDiagnostics.mismatches(expected, List.of(unknownName(4, 5))))
        .contains("expected but not reported:\n  4:5: error[ELG0201] with [did you mean]");
  }

  private static Diagnostic unknownName(int line, int column) {
    return diagnostic(DiagnosticCode.UNKNOWN_NAME, "unknown name 'psaa'", line, column);
  }

  private static Diagnostic unused(int line, int column) {
    return diagnostic(
        DiagnosticCode.UNUSED_DECLARATION, "definition 'x' is never used", line, column);
  }

  private static Diagnostic diagnostic(DiagnosticCode code, String message, int line, int column) {
    SourceFile file = new SourceFile("test.eligo", TEXT);
    SourceSpan span = new SourceSpan(0, 4, line, column, line, column + 4);
    return new Diagnostic(code.severity(), code, message, file, span);
  }
}
