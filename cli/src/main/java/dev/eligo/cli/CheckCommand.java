package dev.eligo.cli;

import dev.eligo.cli.load.CriteriaFiles;
import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eligo check}: parses and checks criteria files, printing diagnostics as the compiler does. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Checks criteria files and prints their diagnostics on standard output.",
        "Exit code 1 when any file has an error or cannot be read."})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Criteria files (.eligo).")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    for (Path file : files) {
      try {
        SourceFile source = CriteriaFiles.read(file);
        CompilationResult result = EligoCompiler.check(source);
        out.print(result.diagnostics().isEmpty()
            ? file + ": no errors, no warnings\n"
            : DiagnosticPrinter.print(result.diagnostics()));
        failed |= result.hasErrors();
      } catch (EvaluatorLoadException e) {
        err.println("eligo: " + e.getMessage());
        failed = true;
      }
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.PROTOCOL_ERRORS : ExitCodes.OK;
  }
}
