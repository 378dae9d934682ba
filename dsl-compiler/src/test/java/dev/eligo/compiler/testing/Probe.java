package dev.eligo.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.generate.EvaluatorGenerator;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compiles a criteria file all the way: the Eligo compiler, then javac on the generated class
 * (strictly), then loads the evaluator. What the checker accepts must get through all three.
 */
public final class Probe {
  public static final String PACKAGE = "dev.eligo.probe";

  private Probe() {}

  /** The diagnostics of a file that must not compile, with {@code file:line:col} in each. */
  public static List<Diagnostic> errors(String name, String source) {
    CompilationResult result =
        EligoCompiler.compile(new SourceFile(name, source), CompilerOptions.inPackage(PACKAGE));
    assertThat(result.hasErrors()).as("expected errors in " + name).isTrue();
    return result.errors();
  }

  /** The evaluator of a file that must compile with neither Eligo nor javac complaining. */
  public static ProtocolEvaluator evaluator(String name, String source) {
    CompilationResult result =
        EligoCompiler.compile(new SourceFile(name, source), CompilerOptions.inPackage(PACKAGE));
    assertThat(result.errors()).as("Eligo errors in " + name).isEmpty();
    InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(result.javaFiles());
    assertThat(compiled.success()).as("javac on " + name + ":\n" + compiled.describe()).isTrue();
    assertThat(compiled.diagnostics())
        .as("javac warnings on " + name + ":\n" + compiled.describe())
        .isEmpty();
    try {
      String className =
          EvaluatorGenerator.classNameFor(result.javaFiles().get(0).typeSpec().name());
      Class<?> type =
          compiled
              .classLoader()
              .loadClass(PACKAGE + "." + result.javaFiles().get(0).typeSpec().name());
      assertThat(className).isNotEmpty();
      return (ProtocolEvaluator) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot load the evaluator of " + name, e);
    }
  }

  /** Every diagnostic as {@code line:col CODE}, for assertions. */
  public static String positions(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.span().line() + ":" + d.span().column() + " " + d.code().id())
        .collect(Collectors.joining(", "));
  }
}
