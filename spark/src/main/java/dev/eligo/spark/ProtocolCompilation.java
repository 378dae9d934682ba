package dev.eligo.spark;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.javac.EvaluatorClasses;
import dev.eligo.compiler.javac.InMemoryJavac;
import dev.eligo.compiler.javac.JavacException;
import dev.eligo.compiler.source.SourceFile;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Compiles a criteria file on the driver, as {@code eligo screen} does (parse, check, generate,
 * compile with the JDK's compiler in memory), into class files the executors load.
 */
public final class ProtocolCompilation {
  /** The package of evaluators compiled for a job; they never leave the job. */
  static final String PACKAGE = "dev.eligo.screening";

  private ProtocolCompilation() {}

  /**
   * Compiles the criteria file at {@code location} (any file system Hadoop reads), printing the
   * compiler's diagnostics to {@code err}.
   */
  public static EvaluatorSource compile(String location, Configuration hadoop, PrintStream err)
      throws ProtocolException {
    SourceFile source = new SourceFile(location, read(location, hadoop));
    CompilationResult result = EligoCompiler.compile(source, CompilerOptions.inPackage(PACKAGE));
    if (!result.diagnostics().isEmpty()) {
      err.print(DiagnosticPrinter.print(result.diagnostics()));
      err.flush();
    }
    if (result.hasErrors()) {
      throw new ProtocolException(location + " has errors; nothing was screened");
    }
    try {
      EvaluatorClasses classes = InMemoryJavac.compile(result.javaFiles().get(0));
      return EvaluatorSource.compiled(classes);
    } catch (JavacException e) {
      throw new ProtocolException(
          e.noCompiler()
              ? "no Java compiler is available on the driver: compiling "
                  + location
                  + " needs a JDK (17 or later);"
                  + " or build the protocol with Maven and pass --evaluator CLASS"
              : e.getMessage(),
          e);
    }
  }

  private static String read(String location, Configuration hadoop) throws ProtocolException {
    Path path = new Path(location);
    byte[] bytes;
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (fs.getFileStatus(path).isDirectory()) {
        throw new ProtocolException(
            "cannot read " + location + ": it is a directory, not a criteria file");
      }
      try (InputStream in = fs.open(path)) {
        bytes = in.readAllBytes();
      }
    } catch (FileNotFoundException e) {
      throw new ProtocolException("cannot read " + location + ": no such file");
    } catch (IOException e) {
      throw new ProtocolException("cannot read " + location + ": " + e.getClass().getSimpleName());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProtocolException("cannot read " + location + ": not UTF-8 text");
    }
  }
}
