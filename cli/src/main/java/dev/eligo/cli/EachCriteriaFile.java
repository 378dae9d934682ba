package dev.eligo.cli;

import dev.eligo.cli.load.CriteriaFiles;
import dev.eligo.cli.load.EvaluatorLoadException;
import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs a command's work on each criteria file given, saying which files could not be read. */
final class EachCriteriaFile {
  /** The work on one readable file; true when it found errors. */
  interface Work {
    boolean apply(SourceFile source) throws IOException;
  }

  private EachCriteriaFile() {}

  /** True when any file could not be read or had errors; every file is tried. */
  static boolean failed(List<Path> files, PrintWriter err, Work work) throws IOException {
    boolean failed = false;
    for (Path file : files) {
      try {
        failed |= work.apply(CriteriaFiles.read(file));
      } catch (EvaluatorLoadException e) {
        err.println("eligo: " + e.getMessage());
        failed = true;
      }
    }
    return failed;
  }
}
