package dev.eligo.authoring;

import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.javac.InMemoryJavac;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The sample protocol NCT07298239, checked and compiled in memory, and where its files are. */
public final class Sample {
  /** The repository root: tests run in the module's directory. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  public static final Path CRITERIA =
      ROOT.resolve("examples/mcrpc/src/main/eligo/NCT07298239.eligo");
  public static final Path EXAMPLES =
      ROOT.resolve("examples/mcrpc/src/main/eligo/NCT07298239.examples.eligo");
  public static final Path PATIENTS = ROOT.resolve("examples/mcrpc/patients");
  public static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);

  private static CheckedFile checked;
  private static ProtocolEvaluator evaluator;

  private Sample() {}

  public static SourceFile source() {
    try {
      return SourceFile.read(CRITERIA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static synchronized CheckedFile checked() {
    if (checked == null) {
      checked = EligoCompiler.analyze(source()).checkedFile().orElseThrow();
    }
    return checked;
  }

  public static synchronized ProtocolEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = evaluatorOf(source(), "dev.eligo.sample");
    }
    return evaluator;
  }

  /** The evaluator of a criteria file, generated and compiled in memory into the package. */
  public static ProtocolEvaluator evaluatorOf(SourceFile criteria, String javaPackage) {
    try {
      return InMemoryJavac.compile(
              EligoCompiler.compile(criteria, CompilerOptions.inPackage(javaPackage))
                  .javaFiles()
                  .get(0))
          .newInstance(Sample.class.getClassLoader());
    } catch (Exception e) {
      throw new IllegalStateException(criteria.name() + " does not compile", e);
    }
  }
}
