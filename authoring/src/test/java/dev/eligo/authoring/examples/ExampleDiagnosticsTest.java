package dev.eligo.authoring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.authoring.Sample;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
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
 * Mistakes in examples files of the sample protocol, each reported as a diagnostic with its code,
 * line and column, as the compiler reports mistakes in criteria; and never anything else.
 */
class ExampleDiagnosticsTest {
  private static final String HEADER = "examples for NCT07298239\nscreening @2026-11-24\n";

  /**
   * A case: the examples after the header, the code expected, its line and column, and words of its
   * message.
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "unknownDataName_suggestsTheClosest",
            "example \"x\"\n  psaa 2.3 on screening\n  expect eligible\n",
            DiagnosticCode.UNKNOWN_NAME,
            4,
            3,
            "did you mean 'psa'?"),
        Arguments.of(
            "definitionAsFact_isNotData",
            "example \"x\"\n  labWindow on screening\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            3,
            "not a data declaration"),
        Arguments.of(
            "codedValueForQuantity_saysTheUnit",
            "example \"x\"\n  psa positive on screening\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            7,
            "quantity in 'ng/mL'"),
        Arguments.of(
            "observationWithoutDate_asksForOne",
            "example \"x\"\n  psa 2.3\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            3,
            "needs its date"),
        Arguments.of(
            "routeOnObservation_listsTheClauses",
            "example \"x\"\n  psa 2.3 on screening route oral\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            24,
            "'route' does not apply to an observation"),
        Arguments.of(
            "unknownStatus_listsTheCodes",
            "example \"x\"\n  psa 2.3 on screening status done\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            31,
            "final, amended"),
        Arguments.of(
            "attestationWithoutAnswer",
            "example \"x\"\n  informedConsent on screening\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            4,
            3,
            "write yes, no or unanswered"),
        Arguments.of(
            "undeclaredCodeSystem",
            "example \"x\"\n  prostateCancer code ICD9 {185}\n  expect eligible\n",
            DiagnosticCode.UNKNOWN_CODE_SYSTEM,
            4,
            23,
            "'ICD9' is not a code system"),
        Arguments.of(
            "ineligibleWithoutDeciders",
            "example \"x\"\n  expect ineligible\n",
            DiagnosticCode.EXAMPLE_EXPECTATION,
            4,
            3,
            "say which criteria decide"),
        Arguments.of(
            "partAsDecider",
            "example \"x\"\n  expect ineligible by E3a\n",
            DiagnosticCode.EXAMPLE_EXPECTATION,
            4,
            24,
            "E3a is a part"),
        Arguments.of(
            "noVerdict",
            "example \"x\"\n  expect E3a met\n",
            DiagnosticCode.EXAMPLE_EXPECTATION,
            3,
            1,
            "say what screening must give"),
        Arguments.of(
            "unknownCriterion",
            "example \"x\"\n  expect eligible\n  expect E33 met\n",
            DiagnosticCode.UNKNOWN_NAME,
            5,
            10,
            "did you mean 'E3'?"),
        Arguments.of(
            "unknownBase",
            "example \"x\" like basline\n  expect eligible\nexample baseline \"y\"\n  expect eligible\n",
            DiagnosticCode.UNKNOWN_NAME,
            3,
            18,
            "did you mean 'baseline'?"),
        Arguments.of(
            "baseOfItself",
            "example a \"x\" like a\n  expect eligible\n",
            DiagnosticCode.RECURSIVE_DEFINITION,
            3,
            20,
            "starts from itself"),
        Arguments.of(
            "sameNameTwice",
            "example a \"x\"\n  expect eligible\nexample a \"y\"\n  expect eligible\n",
            DiagnosticCode.DUPLICATE_NAME,
            5,
            9,
            "already declared at line 3"),
        Arguments.of(
            "missingBundle",
            "example \"x\" bundle \"nowhere.json\"\n  expect eligible\n",
            DiagnosticCode.EXAMPLE_BUNDLE_UNREADABLE,
            3,
            20,
            "no Bundle file"),
        Arguments.of(
            "dateThatDoesNotExist",
            "example \"x\"\n  psa 2.3 on @2026-02-30\n  expect eligible\n",
            DiagnosticCode.INVALID_DATE,
            4,
            14,
            "there is no date 2026-02-30"),
        Arguments.of(
            "syntaxError_saysWhatWasExpected",
            "example \"x\"\n  psa 2.3 on screening on\n  expect eligible\n",
            DiagnosticCode.SYNTAX_ERROR,
            4,
            26,
            "expected a date"),
        Arguments.of(
            "femaleOrMale",
            "example \"x\"\n  sex man\n  expect eligible\n",
            DiagnosticCode.UNKNOWN_SEX,
            4,
            7,
            "write male, female, other or unknown"));
  }

  @ParameterizedTest(name = "examples_{0}")
  @MethodSource("cases")
  void reportsTheMistakeAtItsPlace(
      String name, String examples, DiagnosticCode code, int line, int column, String words) {
    List<Diagnostic> diagnostics = compile(HEADER + examples);

    assertThat(diagnostics)
        .as(DiagnosticPrinter.print(diagnostics))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(code);
              assertThat(d.line() + ":" + d.column()).isEqualTo(line + ":" + column);
              assertThat(d.message()).contains(words);
            });
  }

  @Test
  void examplesOfAnotherProtocol_areRefused() {
    List<Diagnostic> diagnostics =
        compile(
            "examples for NCT0000001\nscreening @2026-11-24\nexample \"x\"\n  expect eligible\n");

    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.EXAMPLES_OF_ANOTHER_PROTOCOL);
  }

  @Test
  void everyExamplesCode_hasACase() {
    Set<DiagnosticCode> tested =
        cases().map(a -> (DiagnosticCode) a.get()[2]).collect(Collectors.toSet());
    tested.add(DiagnosticCode.EXAMPLES_OF_ANOTHER_PROTOCOL);
    Set<String> missing =
        Arrays.stream(DiagnosticCode.values())
            .filter(DiagnosticCode::isAboutExamples)
            .filter(c -> !tested.contains(c))
            .map(DiagnosticCode::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(missing).isEmpty();
  }

  @Test
  void severalMistakes_areEachReported() {
    List<Diagnostic> diagnostics =
        compile(
            HEADER
                + "example \"x\"\n  psaa 2.3 on screening\n  ecog 1.5 on screening\n"
                + "  expect ineligible\n");

    assertThat(diagnostics).extracting(Diagnostic::line).containsExactly(4, 5, 6);
  }

  private static List<Diagnostic> compile(String text) {
    return ExampleCompiler.compile(
            new SourceFile("x.examples.eligo", text), Sample.checked(), Sample.ROOT)
        .diagnostics();
  }
}
