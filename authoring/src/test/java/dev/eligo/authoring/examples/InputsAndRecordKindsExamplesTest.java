package dev.eligo.authoring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.authoring.KindsProtocol;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples of a protocol with screening inputs and the record kinds beyond the sample's: each
 * example gives the inputs (or its base does), and they decide the criteria that read them; a wrong
 * expectation fails; mistakes about inputs are diagnostics at their place.
 */
class InputsAndRecordKindsExamplesTest {
  private static final Path DIRECTORY = KindsProtocol.DIRECTORY;
  private static final String HEADER = "examples for NCT00000011\nscreening @2026-11-24\n";
  private static final String BASE =
      "example base \"b\"\n  input consent @2026-11-02\n  input arm expansion\n"
          + "  input plannedDose 120 'mg'\n  expect needs review by I1\n";

  @Test
  void everyExample_passes_andTogetherTheyCoverEveryOutcome() throws IOException {
    CompiledExamples examples =
        ExampleCompiler.compile(
            SourceFile.read(DIRECTORY.resolve("NCT00000011.examples.eligo")),
            KindsProtocol.checked(),
            DIRECTORY);
    assertThat(examples.diagnostics())
        .as(DiagnosticPrinter.print(examples.diagnostics()))
        .isEmpty();

    List<ExampleResult> results =
        examples.examples().stream()
            .map(e -> ExampleResult.run(KindsProtocol.evaluator(), e))
            .toList();

    assertThat(results)
        .hasSize(20)
        .allSatisfy(r -> assertThat(r.passed()).as(r.failureReport()).isTrue());
    OutcomeCoverage coverage = new OutcomeCoverage(KindsProtocol.evaluator().protocol());
    results.forEach(coverage::add);
    assertThat(coverage.gaps()).isEmpty();
  }

  @Test
  void inputThatChangesTheOutcome_failsTheExpectation_withTheCriterionsExplanation() {
    CompiledExamples examples =
        ExampleCompiler.compile(
            new SourceFile(
                "x.examples.eligo",
                HEADER
                    + "example \"escalation arm, expected eligible\"\n  born @1957-02-03\n  input consent @2026-11-02\n"
                    + "  input arm escalation\n  input plannedDose 120 'mg'\n  psa 4.1 on @2026-10-20\n"
                    + "  archivalTissue on @2026-03-01\n  psmaPet on @2026-10-01\n  expect eligible\n"),
            KindsProtocol.checked(),
            DIRECTORY);

    ExampleResult result = ExampleResult.run(KindsProtocol.evaluator(), examples.examples().get(0));

    assertThat(result.passed()).isFalse();
    assertThat(result.failureReport())
        .contains("x.examples.eligo:3")
        .contains("I3")
        .contains("arm");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missingInput_namesItAndHowToGiveIt | example \"x\"\\n  input consent @2026-11-02\\n  input arm expansion\\n"
            + "  expect eligible\\n | ELG0501 | 8:1 | no value for the screening input 'plannedDose' (the planned first dose)",
        "dateInputGivenAWord | "
            + "example \"x\" like base\\n  input consent expansion\\n  expect eligible\\n"
            + " | ELG0501 | 9:17 | 'consent' (the date of informed consent) is a day",
        "quantityInAnotherUnit | example \"x\" like base\\n  input plannedDose 120 'g'\\n  expect eligible\\n"
            + " | ELG0501 | 9:21 | a number of 'mg'",
        "unknownInput_suggestsTheClosest | example \"x\" like base\\n  input consnt @2026-11-02\\n  expect eligible\\n"
            + " | ELG0201 | 9:9 | did you mean 'consent'?",
        "dataGivenAsInput | example \"x\" like base\\n  input psa 4.1\\n  expect eligible\\n"
            + " | ELG0201 | 9:9 | write the fact without 'input'",
        "inputGivenAsFact | example \"x\" like base\\n  consent on @2026-11-02\\n  expect eligible\\n"
            + " | ELG0501 | 9:3 | is a screening input"
      })
  void mistakesAboutInputs_areDiagnosticsAtTheirPlace(
      String name, String examples, String code, String place, String words) {
    List<Diagnostic> diagnostics =
        ExampleCompiler.compile(
                new SourceFile("x.examples.eligo", HEADER + BASE + examples.replace("\\n", "\n")),
                KindsProtocol.checked(),
                DIRECTORY)
            .diagnostics();

    assertThat(diagnostics)
        .as(DiagnosticPrinter.print(diagnostics))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code().id()).isEqualTo(code);
              assertThat(d.line() + ":" + d.column()).isEqualTo(place);
              assertThat(d.message()).contains(words);
            });
  }
}
