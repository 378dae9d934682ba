package dev.eligo.authoring.junit;

import dev.eligo.authoring.examples.ExampleFiles;
import dev.eligo.authoring.examples.ExampleResult;
import dev.eligo.authoring.examples.ExampleSuite;
import dev.eligo.authoring.examples.OutcomeCoverage;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The examples of a criteria file as JUnit 5 dynamic tests, one per example, named after it: what
 * the Maven plugin's {@code generate-test} goal writes a test class around. A failing example fails
 * with the mismatches and the explanations of the criteria involved; examples with errors fail with
 * the diagnostics, as {@code eligo test} prints them.
 */
public final class ExampleTests {
  private ExampleTests() {}

  /**
   * The tests of the examples beside a criteria file.
   *
   * @param evaluator the evaluator generated from the criteria file
   * @param criteriaFile the criteria file, relative to the directory the tests run in (the
   *     project's)
   */
  public static Stream<DynamicTest> of(ProtocolEvaluator evaluator, String criteriaFile) {
    Path examples = ExampleFiles.examplesOf(Path.of(criteriaFile));
    ExampleSuite suite = suite(criteriaFile);
    if (suite.hasErrors()) {
      String printed = DiagnosticPrinter.print(suite.diagnostics());
      return Stream.of(
          DynamicTest.dynamicTest(
              examples.getFileName() + " has errors",
              () -> {
                throw new AssertionFailedError(printed);
              }));
    }
    return suite.examples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.title(),
                    () -> {
                      ExampleResult result = ExampleResult.run(evaluator, example);
                      if (!result.passed()) {
                        throw new AssertionFailedError(result.failureReport());
                      }
                    }));
  }

  /**
   * Fails unless the examples drive every criterion and part to met, not met and unknown; the
   * message is the coverage table with what no example gives.
   */
  public static void assertFullCoverage(ProtocolEvaluator evaluator, String criteriaFile) {
    ExampleSuite suite = suite(criteriaFile);
    if (suite.hasErrors()) {
      throw new AssertionFailedError(DiagnosticPrinter.print(suite.diagnostics()));
    }
    OutcomeCoverage coverage = new OutcomeCoverage(evaluator.protocol());
    suite.run(evaluator).forEach(coverage::add);
    if (!coverage.isFull()) {
      throw new AssertionFailedError(
          "the examples of " + criteriaFile + " do not cover every outcome\n" + coverage.table());
    }
  }

  private static ExampleSuite suite(String criteriaFile) {
    Path criteria = Path.of(criteriaFile);
    Path examples = ExampleFiles.examplesOf(criteria);
    try {
      return ExampleSuite.compile(
          SourceFile.read(criteria),
          SourceFile.read(examples),
          examples.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + criteria + " or " + examples, e);
    }
  }
}
