package dev.eligo.compiler;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Checker;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.generate.EvaluatorGenerator;
import dev.eligo.compiler.parse.CriteriaParser;
import dev.eligo.compiler.source.SourceFile;
import java.util.List;

/**
 * Compiles a criteria file to its evaluator class: parse, then (if the parse succeeded) check,
 * then (if the check found no error) generate. Never throws for anything a file contains.
 */
public final class EligoCompiler {
  private EligoCompiler() {}

  /** Compiles one file; the result holds every diagnostic and, without errors, the Java source. */
  public static CompilationResult compile(SourceFile source, CompilerOptions options) {
    DiagnosticSink sink = new DiagnosticSink(source);
    CriteriaFile ast = CriteriaParser.parse(sink);
    if (sink.hasErrors()) {
      return new CompilationResult(sink.diagnostics(), List.of());
    }
    CheckedFile checked = Checker.check(ast, sink);
    if (sink.hasErrors()) {
      return new CompilationResult(sink.diagnostics(), List.of());
    }
    JavaFile evaluator = EvaluatorGenerator.generate(checked, source, options.packageName());
    return new CompilationResult(sink.diagnostics(), List.of(evaluator));
  }

  /** Only parses and checks: what {@code eligo check} and editors need. */
  public static CompilationResult check(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    CriteriaFile ast = CriteriaParser.parse(sink);
    if (!sink.hasErrors()) {
      Checker.check(ast, sink);
    }
    return new CompilationResult(sink.diagnostics(), List.of());
  }
}
