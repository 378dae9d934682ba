package dev.eligo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Runs the eligo command in-process, capturing its exit code, standard output and standard error.
 */
final class Cli {
  /** The repository root: tests run with the cli module as working directory. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path PROTOCOL = ROOT.resolve("examples/mcrpc/src/main/eligo/NCT07298239.eligo");
  static final Path PATIENTS = ROOT.resolve("examples/mcrpc/patients");
  static final Path MALFORMED = ROOT.resolve("examples/mcrpc/malformed");
  static final String AS_OF = "2026-11-24";

  /** What one run gave. */
  record Run(int exit, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** {@code eligo screen} of the sample protocol as of 2026-11-24 in a format, over inputs. */
  static Run screen(String format, Path... inputs) {
    String[] args = new String[6 + inputs.length];
    args[0] = "screen";
    args[1] = "--protocol=" + PROTOCOL;
    args[2] = "--as-of";
    args[3] = AS_OF;
    args[4] = "--format";
    args[5] = format;
    for (int i = 0; i < inputs.length; i++) {
      args[6 + i] = inputs[i].toString();
    }
    return run(args);
  }
}
