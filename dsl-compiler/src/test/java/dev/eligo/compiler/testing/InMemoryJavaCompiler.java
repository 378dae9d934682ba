package dev.eligo.compiler.testing;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java in memory with {@code javax.tools}, strictly ({@code -Xlint:all
 * -Werror}), against the test classpath, and loads the classes it made.
 */
public final class InMemoryJavaCompiler {
  private InMemoryJavaCompiler() {}

  /** What javac said and, when it succeeded, a loader for the compiled classes. */
  public record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      String output,
      ClassLoader classLoader) {

    /** Every javac diagnostic, one per line, for a failure message. */
    public String describe() {
      StringBuilder out = new StringBuilder(output);
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        out.append(d.getKind())
            .append(' ')
            .append(d.getSource() == null ? "" : d.getSource().getName())
            .append(':')
            .append(d.getLineNumber())
            .append(": ")
            .append(d.getMessage(Locale.ROOT))
            .append('\n');
      }
      return out.toString();
    }
  }

  public static Result compile(List<JavaFile> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    MemoryFileManager manager = new MemoryFileManager(standard);
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : files) {
      sources.add(file.toJavaFileObject());
    }
    List<String> options =
        List.of(
            "-Xlint:all",
            "-Werror",
            "-proc:none",
            "--release",
            "17",
            "-classpath",
            System.getProperty("java.class.path"));
    StringWriter output = new StringWriter();
    boolean success = javac.getTask(output, manager, diagnostics, options, null, sources).call();
    ClassLoader loader =
        success
            ? new MemoryClassLoader(manager.classes, InMemoryJavaCompiler.class.getClassLoader())
            : null;
    return new Result(
        success, List.copyOf(diagnostics.getDiagnostics()), output.toString(), loader);
  }

  private static final class MemoryFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    final Map<String, ByteArrayOutputStream> classes = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(
          URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          classes.put(className, bytes);
          return bytes;
        }
      };
    }
  }

  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, ByteArrayOutputStream> classes;

    MemoryClassLoader(Map<String, ByteArrayOutputStream> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      ByteArrayOutputStream bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] code = bytes.toByteArray();
      return defineClass(name, code, 0, code.length);
    }
  }
}
