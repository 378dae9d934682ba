package dev.eligo.cli.load;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.javac.EvaluatorClasses;
import dev.eligo.compiler.javac.InMemoryJavac;
import dev.eligo.compiler.javac.JavacException;
import dev.eligo.runtime.ProtocolEvaluator;

/**
 * Compiles a generated evaluator with the JDK's compiler, in memory, and instantiates it: the same
 * Java the Maven plugin writes, loaded by a child of the class loader that holds the runtime.
 */
public final class EvaluatorLoader {
  private EvaluatorLoader() {}

  /** Compiles and loads the evaluator class generated as {@code javaFile}. */
  public static ProtocolEvaluator load(JavaFile javaFile) throws EvaluatorLoadException {
    EvaluatorClasses classes;
    try {
      classes = InMemoryJavac.compile(javaFile);
    } catch (JavacException e) {
      throw new EvaluatorLoadException(
          e.noCompiler()
              ? "no Java compiler is available: 'eligo screen' compiles the protocol and needs a JDK (17 or later), not a JRE"
              : e.getMessage(),
          e);
    }
    try {
      return classes.newInstance(ProtocolEvaluator.class.getClassLoader());
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      throw new EvaluatorLoadException(
          "the generated evaluator "
              + classes.className()
              + " cannot be loaded ("
              + e
              + "); this is a bug in Eligo",
          e);
    }
  }
}
