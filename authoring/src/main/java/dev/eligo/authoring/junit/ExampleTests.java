package dev.eligo.authoring.junit;

import dev.eligo.authoring.examples.ExampleFiles;
import dev.eligo.authoring.examples.ExampleResult;
import dev.eligo.authoring.examples.ExampleSuite;
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
 * the Maven plugin's {@code generate-test} goal writes a test class around. A failing example
 * fails with the mismatches and the explanations of the criteria involved; examples with errors
 * fail with the diagnostics, as {@code eligo test} prints them.
 */
public final class ExampleTests {
  private ExampleTests() {}

  /**
   * The tests of the examples beside a criteria file.
   *
   * @param evaluator the evaluator generated from the criteria file
   * @param criteriaFile the criteria file, relative to the directory the tests run in (the project's)
   */
  public static Stream<DynamicTest> of(ProtocolEvaluator evaluator, String criteriaFile) {
    Path criteria = Path.of(criteriaFile);
    Path examples = ExampleFiles.examplesOf(criteria);
    ExampleSuite suite;
    try {
      suite = ExampleSuite.compile(SourceFile.read(criteria), SourceFile.read(examples),
          examples.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + criteria + " or " + examples, e);
    }
    if (suite.hasErrors()) {
      String printed = DiagnosticPrinter.print(suite.diagnostics());
      return Stream.of(DynamicTest.dynamicTest(examples.getFileName() + " has errors", () -> {
        throw new AssertionFailedError(printed);
      }));
    }
    return suite.examples().stream().map(example -> DynamicTest.dynamicTest(example.title(), () -> {
      ExampleResult result = ExampleResult.run(evaluator, example);
      if (!result.passed()) {
        throw new AssertionFailedError(result.failureReport());
      }
    }));
  }
}
