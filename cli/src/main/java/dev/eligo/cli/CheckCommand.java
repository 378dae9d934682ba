package dev.eligo.cli;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eligo check}: parses and checks criteria files, printing diagnostics as the compiler does.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks criteria files and prints their diagnostics on standard output.",
      "Exit code 1 when any file has an error or cannot be read."
    })
final class CheckCommand implements Callable<Integer> {
  /** At most this many diagnostics are printed per file. */
  static final int MAX_SHOWN = 20;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Criteria files (.eligo).")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed;
    try {
      failed =
          EachCriteriaFile.failed(
              files,
              err,
              source -> {
                CompilationResult result = EligoCompiler.check(source);
                out.print(
                    result.diagnostics().isEmpty()
                        ? source.name() + ": no errors, no warnings\n"
                        : printed(source.name(), result.diagnostics()));
                return result.hasErrors();
              });
    } catch (java.io.IOException notWritten) {
      // check writes no files; only the interface allows it
      throw new java.io.UncheckedIOException(notWritten);
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.PROTOCOL_ERRORS : ExitCodes.OK;
  }

  /**
   * The diagnostics as the compiler prints them, the first {@link #MAX_SHOWN} only: past a
   * screenful they say nothing new (a JSON file given by mistake has thousands).
   */
  private static String printed(String file, List<Diagnostic> diagnostics) {
    if (diagnostics.size() <= MAX_SHOWN) {
      return DiagnosticPrinter.print(diagnostics);
    }
    StringBuilder out = new StringBuilder();
    diagnostics.subList(0, MAX_SHOWN).forEach(d -> out.append(DiagnosticPrinter.print(d)));
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return out.append("... ")
        .append(diagnostics.size() - MAX_SHOWN)
        .append(" more not shown")
        .append(
            file.endsWith(".eligo")
                ? ""
                : " (is " + file + " a criteria file? they are named *.eligo)")
        .append('\n')
        .append(errors)
        .append(errors == 1 ? " error, " : " errors, ")
        .append(warnings)
        .append(warnings == 1 ? " warning" : " warnings")
        .append('\n')
        .toString();
  }
}
