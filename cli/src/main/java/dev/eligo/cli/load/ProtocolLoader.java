package dev.eligo.cli.load;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Turns a criteria file into a ready evaluator: read, compile to Java, compile to classes, load.
 */
public final class ProtocolLoader {
  /** The package of evaluators compiled for screening; they never leave memory. */
  static final String PACKAGE = "dev.eligo.screening";

  private ProtocolLoader() {}

  /**
   * Loads the protocol, printing the compiler's diagnostics (warnings too) to {@code err}.
   *
   * @throws EvaluatorLoadException when the file cannot be read, has errors, or cannot be loaded
   */
  public static ProtocolEvaluator load(Path file, PrintWriter err) throws EvaluatorLoadException {
    SourceFile source = CriteriaFiles.read(file);
    CompilationResult result = EligoCompiler.compile(source, CompilerOptions.inPackage(PACKAGE));
    if (!result.diagnostics().isEmpty()) {
      err.print(DiagnosticPrinter.print(result.diagnostics()));
      err.flush();
    }
    if (result.hasErrors()) {
      throw new EvaluatorLoadException(file + " has errors; nothing was screened");
    }
    return EvaluatorLoader.load(result.javaFiles().get(0));
  }
}
