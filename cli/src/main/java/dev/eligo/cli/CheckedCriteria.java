package dev.eligo.cli;

import dev.eligo.cli.load.CriteriaFiles;
import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and checks a criteria file for the commands that read a protocol without screening. */
final class CheckedCriteria {
  private CheckedCriteria() {}

  /**
   * The checked file; empty after printing why there is none (it cannot be read, or has errors).
   */
  static Optional<CheckedFile> read(Path file, PrintWriter err) {
    try {
      EligoCompiler.Analysis analysis = EligoCompiler.analyze(CriteriaFiles.read(file));
      if (analysis.checkedFile().isEmpty()) {
        err.print(DiagnosticPrinter.print(analysis.result().diagnostics()));
        err.println("eligo: " + file + " has errors");
      }
      return analysis.checkedFile();
    } catch (EvaluatorLoadException e) {
      err.println("eligo: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * What the commands that print something of a protocol share: reads and checks the file, renders
   * it, and writes the text; returns the exit code.
   */
  static int print(
      Path file,
      Path output,
      picocli.CommandLine.Model.CommandSpec spec,
      java.util.function.Function<CheckedFile, String> render) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CheckedFile> checked = read(file, err);
    if (checked.isEmpty()) {
      err.flush();
      return ExitCodes.PROTOCOL_ERRORS;
    }
    boolean written = write(render.apply(checked.get()), output, out, err);
    err.flush();
    return written ? ExitCodes.OK : ExitCodes.USAGE;
  }

  /**
   * Writes the text to the file, or to standard output without one; false after saying why it could
   * not.
   */
  private static boolean write(String text, Path output, PrintWriter out, PrintWriter err) {
    if (output == null) {
      out.print(text);
      out.flush();
      return true;
    }
    try {
      java.nio.file.Files.writeString(output, text, java.nio.charset.StandardCharsets.UTF_8);
      return true;
    } catch (java.io.IOException e) {
      err.println(
          "eligo: cannot write "
              + Paths.shown(output)
              + ": "
              + dev.eligo.cli.load.IoErrors.describe(e));
      return false;
    }
  }
}
