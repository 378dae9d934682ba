package dev.eligo.authoring.examples;

import dev.eligo.compiler.diagnostic.Diagnostic;
import java.util.List;

/**
 * What compiling an examples file gave: every diagnostic, sorted by place, and the examples (none
 * when there is an error).
 */
public record CompiledExamples(List<Diagnostic> diagnostics, List<CompiledExample> examples) {
  public CompiledExamples {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    examples = List.copyOf(examples);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
