package dev.eligo.cli.load;

import com.palantir.javapoet.JavaFile;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a generated evaluator with the JDK's compiler, in memory, and instantiates it: the same
 * Java the Maven plugin writes, loaded by a child of the class loader that holds the runtime.
 */
public final class EvaluatorLoader {
  private EvaluatorLoader() {}

  /** Compiles and loads the evaluator class generated as {@code javaFile}. */
  public static ProtocolEvaluator load(JavaFile javaFile) throws EvaluatorLoadException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new EvaluatorLoadException("no Java compiler is available: 'eligo screen' compiles the protocol"
          + " and needs a JDK (17 or later), not a JRE");
    }
    String className = javaFile.packageName().isEmpty()
        ? javaFile.typeSpec().name()
        : javaFile.packageName() + '.' + javaFile.typeSpec().name();
    Map<String, byte[]> classes = compile(javac, className, javaFile);
    ClassLoader parent = ProtocolEvaluator.class.getClassLoader();
    try {
      Class<?> type = Class.forName(className, true, new MemoryClassLoader(classes, parent));
      return type.asSubclass(ProtocolEvaluator.class).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      throw new EvaluatorLoadException("the generated evaluator " + className + " cannot be loaded ("
          + e + "); this is a bug in Eligo", e);
    }
  }

  private static Map<String, byte[]> compile(JavaCompiler javac, String className, JavaFile javaFile)
      throws EvaluatorLoadException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager standard =
             javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
         MemoryFileManager memory = new MemoryFileManager(standard)) {
      standard.setLocation(StandardLocation.CLASS_PATH, RuntimeClassPath.entries());
      List<String> options = List.of("-proc:none", "-Xlint:none", "-nowarn");
      Boolean ok = javac.getTask(null, memory, diagnostics, options, null, List.of(new SourceInMemory(className, javaFile)))
          .call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new EvaluatorLoadException("the generated evaluator does not compile; this is a bug in Eligo:\n"
            + errors(diagnostics));
      }
      return memory.classes();
    } catch (IOException e) {
      throw new EvaluatorLoadException("the Java compiler cannot find the Eligo runtime (" + e.getMessage() + ")", e);
    }
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
