package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.FieldDeclaration;
import dev.eligo.compiler.check.FunctionDeclaration;
import dev.eligo.compiler.check.LanguageTable;
import dev.eligo.compiler.check.RuntimeCall;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import dev.eligo.compiler.testing.ModuleDirectory;
import dev.eligo.compiler.testing.TestResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small criteria file per function, field and operator of the language ({@code
 * src/test/resources/constructs}), each with the Java generated for it beside it. A file per
 * construct shows in review what a change to the generator does to each construct; together they
 * call every runtime method of the declaration table and compile in javac.
 */
class ConstructGoldenTest {
  private static final Path DIRECTORY = ModuleDirectory.resolve("src/test/resources/constructs");
  private static final String UPDATE_COMMAND =
      "mvn -B -pl runtime,dsl-grammar,dsl-compiler test -Dtest=ConstructGoldenTest -Deligo.updateGolden=true";

  static Stream<Arguments> constructs() {
    return TestResources.criteriaFiles("constructs").stream()
        .map(file -> Arguments.of(TestResources.caseName(file), file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void generatedJavaMatchesItsGoldenFile(String name, Path file) throws IOException {
    String generated = generate(file).toString();
    Path golden = DIRECTORY.resolve(name + ".java");
    if (Boolean.parseBoolean(System.getProperty("eligo.updateGolden"))) {
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "golden file "
              + golden.toAbsolutePath().normalize()
              + " is missing; create it with: "
              + UPDATE_COMMAND);
    }
    assertThat(generated)
        .as(
            "generated Java differs from %s; if the change is intended, run: %s",
            golden, UPDATE_COMMAND)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  @Tag("javac") // slow under PIT: a narrow run of the checker may leave it out (docs/testing.md)
  void everyConstructCompilesInJavacWithoutAWarning() {
    List<JavaFile> all = new ArrayList<>();
    for (Path file : TestResources.criteriaFiles("constructs")) {
      JavaFile java = generate(file);
      all.add(
          JavaFile.builder(
                  java.packageName() + "." + TestResources.caseName(file).toLowerCase(Locale.ROOT),
                  java.typeSpec())
              .skipJavaLangImports(true)
              .indent("  ")
              .build());
    }
    InMemoryJavaCompiler.Result javac = InMemoryJavaCompiler.compile(all);
    assertThat(javac.success()).as(javac.describe()).isTrue();
    assertThat(javac.diagnostics()).as(javac.describe()).isEmpty();
  }

  @Test
  void constructsReachEveryFunctionFieldAndRuntimeCall() throws IOException {
    StringBuilder sources = new StringBuilder();
    StringBuilder java = new StringBuilder();
    for (Path file : TestResources.criteriaFiles("constructs")) {
      sources.append(Files.readString(file, StandardCharsets.UTF_8));
      java.append(generate(file));
    }
    List<String> missing = new ArrayList<>();
    for (FunctionDeclaration function : LanguageTable.FUNCTIONS) {
      if (!sources.toString().contains(function.name() + "(")) {
        missing.add("function " + function.name());
      }
    }
    for (FieldDeclaration field : LanguageTable.FIELDS) {
      if (!java.toString().contains(field.call().owner() + "." + field.call().method() + "(")) {
        missing.add("field " + field.owner() + "." + field.name());
      }
    }
    for (RuntimeCall call : RuntimeCall.values()) {
      String emitted =
          call.instance() ? "ctx." + call.method() + "(" : call.owner() + "." + call.method() + "(";
      // A call may write its type arguments out: Logic.<Value<Quantity>, Truth>let(
      Pattern withTypeArguments =
          Pattern.compile(
              Pattern.quote(call.instance() ? "ctx." : call.owner() + ".")
                  + "(<.*?>)?"
                  + Pattern.quote(call.method() + "("));
      if (!withTypeArguments.matcher(java).find()) {
        missing.add("runtime call " + call + " (" + emitted + ")");
      }
    }
    assertThat(missing).as("constructs without a criteria file in %s", DIRECTORY).isEmpty();
  }

  private static JavaFile generate(Path file) {
    CompilationResult result =
        EligoCompiler.compile(
            TestResources.read(file), CompilerOptions.inPackage("dev.eligo.constructs"));
    assertThat(DiagnosticPrinter.print(result.diagnostics()))
        .as("diagnostics of %s", file)
        .isEmpty();
    return result.javaFiles().get(0);
  }
}
