package dev.eligo.maven.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eligo.authoring.examples.ExampleFiles;
import dev.eligo.authoring.examples.ExampleSuite;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a JUnit 5 test class for the examples of each criteria file: a test factory that screens
 * every example with the generated evaluator ({@code ExampleTests.of}), so that each example is a
 * test of its own in the build's report. The examples are checked here first, so that a mistake in
 * them fails the build with its file, line and column, as a mistake in criteria does. Test classes
 * of examples files that are gone are deleted.
 */
public final class ExampleTestsGenerator {
  private static final ClassName EXAMPLE_TESTS =
      ClassName.get("dev.eligo.authoring.junit", "ExampleTests");
  private static final ClassName DYNAMIC_TEST =
      ClassName.get("org.junit.jupiter.api", "DynamicTest");
  private static final ClassName TEST_FACTORY =
      ClassName.get("org.junit.jupiter.api", "TestFactory");
  private static final ClassName DISPLAY_NAME =
      ClassName.get("org.junit.jupiter.api", "DisplayName");

  private final Log log;
  private final Path basedir;
  private final OutputDirectory output;
  private final Path stateFile;
  private final Optional<String> packageName;
  private final Charset encoding;
  private final boolean requireFullCoverage;
  private boolean generatedAny;

  public ExampleTestsGenerator(
      Log log,
      Path basedir,
      Path outputDirectory,
      Path stateFile,
      Optional<String> packageName,
      Charset encoding,
      boolean requireFullCoverage) {
    this.requireFullCoverage = requireFullCoverage;
    this.log = log;
    this.basedir = basedir;
    this.output = new OutputDirectory(outputDirectory);
    this.stateFile = stateFile;
    this.packageName = packageName;
    this.encoding = encoding;
  }

  /** Whether the last run generated any test class. */
  public boolean generatedAny() {
    return generatedAny;
  }

  /**
   * Checks and writes the example tests of the examples files in these directories; returns how
   * many files were written (unchanged ones are not).
   *
   * @param libraryPresent whether the project has {@code eligo-authoring}, which the tests call
   */
  public int generate(List<Path> directories, boolean libraryPresent)
      throws GenerationFailure, IOException {
    ProblemLog problems = new ProblemLog(log);
    List<GeneratedFile> files = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    for (Path directory : directories) {
      for (String relative :
          CriteriaSources.find(directory, List.of("**/*" + ExampleFiles.SUFFIX), List.of())) {
        Path examples = directory.resolve(relative).toAbsolutePath().normalize();
        if (seen.add(examples)) {
          generate(directory, relative, examples, problems).ifPresent(files::add);
        }
      }
    }
    if (!files.isEmpty() && !libraryPresent) {
      problems.error(
          basedir.resolve("pom.xml"),
          "the example patients become JUnit tests that call"
              + " dev.eligo:eligo-authoring; add it to <dependencies> with <scope>test</scope> (or set eligo.skipExamples)");
    }
    if (problems.errors() > 0) {
      throw new GenerationFailure(
          problems.errors()
              + (problems.errors() == 1 ? " error" : " errors")
              + " in example files; see the [ERROR] lines above");
    }
    int written = 0;
    List<String> outputs = new ArrayList<>();
    for (GeneratedFile file : files) {
      outputs.add(file.relativePath());
      if (output.writeIfChanged(file.relativePath(), file.content())) {
        written++;
      }
    }
    for (String stale : previousOutputs()) {
      if (!outputs.contains(stale) && output.delete(stale)) {
        log.debug("Eligo: deleted " + stale + ", whose examples file is gone");
      }
    }
    Files.createDirectories(stateFile.getParent());
    Files.write(stateFile, outputs);
    generatedAny = !files.isEmpty();
    return written;
  }

  private Optional<GeneratedFile> generate(
      Path directory, String relative, Path examples, ProblemLog problems) throws IOException {
    Path criteriaPath = ExampleFiles.criteriaOf(examples);
    if (!Files.isRegularFile(criteriaPath)) {
      problems.error(
          examples,
          "has no criteria file beside it: " + criteriaPath.getFileName() + " is missing");
      return Optional.empty();
    }
    String criteriaRelative =
        relative.substring(0, relative.length() - ExampleFiles.SUFFIX.length()) + ".eligo";
    SourceFile criteria =
        new SourceFile(criteriaRelative, Files.readString(criteriaPath, encoding));
    SourceFile examplesSource = new SourceFile(relative, Files.readString(examples, encoding));
    ExampleSuite suite = ExampleSuite.compile(criteria, examplesSource, examples.getParent());
    for (Diagnostic diagnostic : suite.diagnostics()) {
      // The criteria file's own diagnostics are the generate goal's to report.
      if (diagnostic.file() == examplesSource) {
        problems.report(examples, diagnostic);
      }
    }
    if (suite.hasErrors()) {
      if (suite.diagnostics().stream().noneMatch(d -> d.file() == examplesSource)) {
        problems.error(examples, "its criteria file " + criteriaPath.getFileName() + " has errors");
      }
      return Optional.empty();
    }
    Optional<String> pkg = packageName.or(() -> PackageNames.derive(criteriaRelative));
    if (pkg.isEmpty()) {
      problems.error(
          examples, "its directory is not a Java package name; rename it or set <packageName>");
      return Optional.empty();
    }
    CompilationResult compiled =
        EligoCompiler.compile(criteria, CompilerOptions.inPackage(pkg.get()));
    JavaFile evaluator = compiled.javaFiles().get(0);
    String evaluatorName = evaluator.typeSpec().name();
    String testName = evaluatorName.replaceFirst("Evaluator$", "") + "ExamplesTest";
    String criteriaFromBasedir =
        basedir
            .toAbsolutePath()
            .normalize()
            .relativize(criteriaPath.toAbsolutePath().normalize())
            .toString()
            .replace('\\', '/');
    // @TestFactory
    // Stream<DynamicTest> examples() {
    //   return ExampleTests.of(new NCT1Evaluator(), "src/main/eligo/NCT1.eligo");
    // }
    ClassName evaluatorClass = ClassName.get(pkg.get(), evaluatorName);
    TypeSpec.Builder test =
        TypeSpec.classBuilder(testName)
            .addJavadoc(
                "The example patients of $L, each a test. Generated by Eligo from $L; do not edit.\n",
                criteriaRelative,
                relative.substring(relative.lastIndexOf('/') + 1))
            .addModifiers(Modifier.FINAL)
            .addMethod(
                MethodSpec.methodBuilder("examples")
                    .addAnnotation(TEST_FACTORY)
                    .addAnnotation(
                        com.palantir.javapoet.AnnotationSpec.builder(DISPLAY_NAME)
                            .addMember(
                                "value",
                                "$S",
                                examplesSource.name().substring(relative.lastIndexOf('/') + 1))
                            .build())
                    .returns(
                        ParameterizedTypeName.get(
                            ClassName.get(java.util.stream.Stream.class), DYNAMIC_TEST))
                    .addStatement(
                        "return $T.of(new $T(), $S)",
                        EXAMPLE_TESTS,
                        evaluatorClass,
                        criteriaFromBasedir)
                    .build());
    if (requireFullCoverage) {
      // @Test void everyCriterionIsMetNotMetAndUnknown() { ExampleTests.assertFullCoverage(...); }
      test.addMethod(
          MethodSpec.methodBuilder("everyCriterionIsMetNotMetAndUnknown")
              .addAnnotation(ClassName.get("org.junit.jupiter.api", "Test"))
              .addStatement(
                  "$T.assertFullCoverage(new $T(), $S)",
                  EXAMPLE_TESTS,
                  evaluatorClass,
                  criteriaFromBasedir)
              .build());
    }
    JavaFile file = JavaFile.builder(pkg.get(), test.build()).skipJavaLangImports(true).build();
    String directoryPath = pkg.get().isEmpty() ? "" : pkg.get().replace('.', '/') + '/';
    return Optional.of(
        new GeneratedFile(
            directoryPath + testName + ".java",
            pkg.get().isEmpty() ? testName : pkg.get() + '.' + testName,
            JavaSourceEncoder.encode(file.toString(), encoding)));
  }

  private List<String> previousOutputs() throws IOException {
    return Files.isRegularFile(stateFile) ? Files.readAllLines(stateFile) : List.of();
  }
}
