package dev.eligo.authoring.examples;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A criteria file with its examples, compiled: what {@code eligo test} and generated example tests
 * run. Either the examples are ready to screen, or the diagnostics say why not.
 *
 * @param diagnostics of both files, the criteria file's first
 * @param examples the examples; empty when either file has errors
 */
public record ExampleSuite(List<Diagnostic> diagnostics, List<CompiledExample> examples) {
  public ExampleSuite {
    diagnostics = List.copyOf(diagnostics);
    examples = List.copyOf(examples);
  }

  /**
   * Compiles the examples of a criteria file.
   *
   * @param examplesDirectory the directory of the examples file, which Bundle paths are relative to
   */
  public static ExampleSuite compile(
      SourceFile criteria, SourceFile examples, Path examplesDirectory) {
    EligoCompiler.Analysis analysis = EligoCompiler.analyze(criteria);
    List<Diagnostic> diagnostics = new ArrayList<>(analysis.result().diagnostics());
    Optional<CheckedFile> checked = analysis.checkedFile();
    if (checked.isEmpty()) {
      return new ExampleSuite(diagnostics, List.of());
    }
    CompiledExamples compiled = ExampleCompiler.compile(examples, checked.get(), examplesDirectory);
    diagnostics.addAll(compiled.diagnostics());
    return new ExampleSuite(diagnostics, compiled.examples());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Screens every example with the protocol's evaluator. */
  public List<ExampleResult> run(ProtocolEvaluator evaluator) {
    return examples.stream().map(example -> ExampleResult.run(evaluator, example)).toList();
  }
}
