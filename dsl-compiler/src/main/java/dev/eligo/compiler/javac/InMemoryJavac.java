package dev.eligo.compiler.javac;

import com.palantir.javapoet.JavaFile;
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
 * Compiles a generated evaluator with the JDK's compiler, in memory: the same Java the Maven plugin
 * writes, against the runtime this JVM has loaded. Nothing touches the disk.
 */
public final class InMemoryJavac {
  private InMemoryJavac() {}

  /** Compiles the evaluator class generated as {@code javaFile}. */
  public static EvaluatorClasses compile(JavaFile javaFile) throws JavacException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new JavacException(
          "no Java compiler is available (this is a JRE, not a JDK 17 or later)", true, null);
    }
    String className =
        javaFile.packageName().isEmpty()
            ? javaFile.typeSpec().name()
            : javaFile.packageName() + '.' + javaFile.typeSpec().name();
    return new EvaluatorClasses(className, compile(javac, className, javaFile));
  }

  private static Map<String, byte[]> compile(
      JavaCompiler javac, String className, JavaFile javaFile) throws JavacException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager standard =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        MemoryFileManager memory = new MemoryFileManager(standard)) {
      standard.setLocation(StandardLocation.CLASS_PATH, RuntimeClassPath.entries());
      List<String> options = List.of("-proc:none", "-Xlint:none", "-nowarn");
      Boolean ok =
          javac
              .getTask(
                  null,
                  memory,
                  diagnostics,
                  options,
                  null,
                  List.of(new SourceInMemory(className, javaFile)))
              .call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new JavacException(
            "the generated evaluator does not compile; this is a bug in Eligo:\n"
                + errors(diagnostics),
            false,
            null);
      }
      return memory.classes();
    } catch (IOException e) {
      throw new JavacException(
          "the Java compiler cannot find the Eligo runtime (" + e.getMessage() + ")", false, e);
    }
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
