package dev.eligo.cli.load;

import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads criteria files, failing with a message a user can act on. */
public final class CriteriaFiles {
  private CriteriaFiles() {}

  /** Reads a criteria file in UTF-8, named in diagnostics as the user wrote its path. */
  public static SourceFile read(Path file) throws EvaluatorLoadException {
    if (Files.isDirectory(file)) {
      throw new EvaluatorLoadException(
          "cannot read " + file + ": it is a directory, not a criteria file");
    }
    try {
      return SourceFile.read(file);
    } catch (NoSuchFileException e) {
      throw new EvaluatorLoadException("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new EvaluatorLoadException("cannot read " + file + ": permission denied");
    } catch (MalformedInputException e) {
      throw new EvaluatorLoadException("cannot read " + file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new EvaluatorLoadException("cannot read " + file + ": " + IoErrors.describe(e));
    }
  }
}
