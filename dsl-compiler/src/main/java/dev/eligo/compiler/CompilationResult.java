package dev.eligo.compiler;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.diagnostic.Diagnostic;
import java.util.List;

/**
 * What compiling one criteria file gave: every diagnostic, sorted by place, and the generated Java
 * files (none when there are errors).
 */
public record CompilationResult(List<Diagnostic> diagnostics, List<JavaFile> javaFiles) {
  public CompilationResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    javaFiles = List.copyOf(javaFiles);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}
