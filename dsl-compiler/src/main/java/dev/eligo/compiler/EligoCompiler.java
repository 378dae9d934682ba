package dev.eligo.compiler;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Checker;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.generate.EvaluatorGenerator;
import dev.eligo.compiler.parse.CriteriaParser;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import java.util.List;

/**
 * Compiles a criteria file to its evaluator class: parse, then (if the parse succeeded) check, then
 * (if the check found no error) generate. Never throws for anything a file contains.
 */
public final class EligoCompiler {
  private EligoCompiler() {}

  /** Compiles one file; the result holds every diagnostic and, without errors, the Java source. */
  public static CompilationResult compile(SourceFile source, CompilerOptions options) {
    DiagnosticSink sink = new DiagnosticSink(source);
    try {
      return compile(source, options, sink);
    } catch (StackOverflowError tooDeep) {
      return tooDeep(sink);
    }
  }

  private static CompilationResult compile(
      SourceFile source, CompilerOptions options, DiagnosticSink sink) {
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
    try {
      CriteriaFile ast = CriteriaParser.parse(sink);
      if (!sink.hasErrors()) {
        Checker.check(ast, sink);
      }
      return new CompilationResult(sink.diagnostics(), List.of());
    } catch (StackOverflowError tooDeep) {
      return tooDeep(sink);
    }
  }

  /**
   * Parses and checks, handing out the checked file when there is no error: what tools that read a
   * protocol without generating it need (examples, data requirements, questionnaires).
   */
  public static Analysis analyze(SourceFile source) {
    DiagnosticSink sink = new DiagnosticSink(source);
    try {
      CriteriaFile ast = CriteriaParser.parse(sink);
      CheckedFile checked = sink.hasErrors() ? null : Checker.check(ast, sink);
      return new Analysis(
          new CompilationResult(sink.diagnostics(), List.of()), sink.hasErrors() ? null : checked);
    } catch (StackOverflowError tooDeep) {
      return new Analysis(tooDeep(sink), null);
    }
  }

  /**
   * A checked criteria file and its diagnostics.
   *
   * @param checked the checked file, or {@code null} when the file has errors
   */
  public record Analysis(CompilationResult result, CheckedFile checked) {
    /** The checked file, when the criteria file has no error. */
    public java.util.Optional<CheckedFile> checkedFile() {
      return java.util.Optional.ofNullable(checked);
    }
  }

  // The nesting limit should make this unreachable; it stays so that no file can crash a build.
  private static CompilationResult tooDeep(DiagnosticSink sink) {
    sink.report(
        DiagnosticCode.NESTED_TOO_DEEPLY,
        SourceSpan.NONE,
        "the file nests expressions too deeply for the compiler; split them into definitions");
    return new CompilationResult(sink.diagnostics(), List.of());
  }
}
