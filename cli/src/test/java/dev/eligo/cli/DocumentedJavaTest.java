package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of docs/java-api.md, taken from the page itself so that the two cannot drift: every
 * {@code java} block is a whole source file; they must compile against the current build with no
 * warning, and the JUnit tests among them must pass.
 */
class DocumentedJavaTest {
  private static final Path PAGE = Cli.ROOT.resolve("docs/java-api.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME =
      Pattern.compile("^(?:public )?(?:final )?class (\\w+)", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void javaApiSnippets_compileWithoutWarnings_andTheirTestsPass() throws Exception {
    List<Path> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
    while (block.find()) {
      Matcher type = TYPE_NAME.matcher(block.group(1));
      assertThat(type.find()).as("a class in:%n%s", block.group(1)).isTrue();
      Path source = dir.resolve(type.group(1) + ".java");
      Files.writeString(source, block.group(1), StandardCharsets.UTF_8);
      sources.add(source);
    }
    assertThat(sources).hasSize(3);

    Path classes = Files.createDirectory(dir.resolve("classes"));
    compile(sources, classes);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> test = loader.loadClass("LowNeutrophilsTest");
      Method method = test.getDeclaredMethod("neutrophilsBelow1point5_ruleThePatientOut");
      method.setAccessible(true);
      var constructor = test.getDeclaredConstructor();
      constructor.setAccessible(true);
      method.invoke(constructor.newInstance());
    }
  }

  private static void compile(List<Path> sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all",
              "-Xlint:-processing",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      boolean compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      assertThat(diagnostics.getDiagnostics())
          .as("diagnostics of the snippets of %s", PAGE)
          .isEmpty();
      assertThat(compiled).isTrue();
    }
  }
}
