package dev.eligo.maven.generation;

import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs what is wrong with the user's criteria files, one line each in the shape IDEs and CI parse
 * ({@code /abs/path/NCT1.eligo:[12,7] ELG0201 unknown name 'psaa'}), and counts errors and
 * warnings. Never throws: the orchestrator decides when to stop.
 */
final class ProblemLog {
  private final Log log;
  private int errors;
  private int warnings;

  ProblemLog(Log log) {
    this.log = log;
  }

  /** A compiler diagnostic, with the source line and a caret under the place after the headline. */
  void report(Path file, Diagnostic diagnostic) {
    String headline = headline(file, diagnostic);
    if (diagnostic.isError()) {
      errors++;
      log.error(headline);
      caretView(diagnostic).lines().forEach(log::error);
    } else {
      warnings++;
      log.warn(headline);
      caretView(diagnostic).lines().forEach(log::warn);
    }
  }

  /** An error about a whole file rather than a place in it. */
  void error(Path file, String message) {
    errors++;
    log.error(file + ": " + message);
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }

  /** {@code /abs/path:[line,col] CODE message}, as maven-compiler-plugin prints javac's errors. */
  static String headline(Path file, Diagnostic diagnostic) {
    return file
        + ":["
        + diagnostic.line()
        + ','
        + diagnostic.column()
        + "] "
        + diagnostic.code().id()
        + ' '
        + diagnostic.message();
  }

  // The compiler's printer gives the headline, the source line and the caret line; the headline
  // is replaced by ours above.
  private static String caretView(Diagnostic diagnostic) {
    String printed = DiagnosticPrinter.print(diagnostic);
    return printed.substring(printed.indexOf('\n') + 1);
  }
}
