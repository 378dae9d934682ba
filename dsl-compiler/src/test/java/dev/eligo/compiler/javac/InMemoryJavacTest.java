package dev.eligo.compiler.javac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The compilation the command line and Spark use: a generated evaluator compiled in memory, its
 * class files carried as {@link EvaluatorClasses} and loaded again, and a clear message when javac
 * refuses the Java.
 */
@Tag("javac") // compiles with javac: left out of the narrow PIT runs of the checker
// (docs/testing.md)
class InMemoryJavacTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 6, 1);
  private static final String CRITERIA =
      """
      protocol NCT00000077
        title "In-memory compilation"
        version "1"

      inclusion I1 "Male, 18 or older."
        = sex is male and age >= 18 years
      """;

  private static JavaFile generated;
  private static EvaluatorClasses compiled;

  @BeforeAll
  static void compileOnce() throws JavacException {
    CompilationResult result =
        EligoCompiler.compile(
            new SourceFile("inmemory.eligo", CRITERIA), CompilerOptions.inPackage("dev.eligo.mem"));
    assertThat(result.hasErrors()).isFalse();
    generated = result.javaFiles().get(0);
    compiled = InMemoryJavac.compile(generated);
  }

  @Test
  void compiledEvaluator_isNamedByItsPackageAndClass_andScreens() throws Exception {
    assertThat(compiled.className())
        .isEqualTo("dev.eligo.mem." + generated.typeSpec().name())
        .endsWith("Evaluator");
    assertThat(compiled.classes()).containsKey(compiled.className());
    assertThat(compiled.classes().values()).allSatisfy(bytes -> assertThat(bytes).isNotEmpty());

    ProtocolEvaluator evaluator = compiled.newInstance(ProtocolEvaluator.class.getClassLoader());

    assertThat(evaluator.getClass().getName()).isEqualTo(compiled.className());
    assertThat(evaluator.getClass().getClassLoader().getName()).isEqualTo("eligo-evaluator");
    assertThat(outcome(evaluator, Sex.MALE, 1960)).isEqualTo(CriterionOutcome.MET);
    assertThat(outcome(evaluator, Sex.FEMALE, 1960)).isEqualTo(CriterionOutcome.NOT_MET);
    assertThat(outcome(evaluator, Sex.MALE, 2015)).isEqualTo(CriterionOutcome.NOT_MET);
  }

  @Test
  void classFiles_areACopy_soChangingThemChangesNothing() throws Exception {
    Map<String, byte[]> first = compiled.classes();
    byte[] original = first.get(compiled.className()).clone();
    first.get(compiled.className())[0] = 0;
    first.clear();

    assertThat(compiled.classes().get(compiled.className())).isEqualTo(original);
    assertThat(compiled.newInstance(getClass().getClassLoader())).isNotNull();
  }

  @Test
  void evaluatorClasses_surviveSerialisation_andLoadInAnotherLoader() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(compiled);
    }
    EvaluatorClasses copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (EvaluatorClasses) in.readObject();
    }

    assertThat(copy.className()).isEqualTo(compiled.className());
    assertThat(copy.classes().keySet()).isEqualTo(compiled.classes().keySet());
    ProtocolEvaluator evaluator = copy.newInstance(getClass().getClassLoader());
    assertThat(outcome(evaluator, Sex.MALE, 1960)).isEqualTo(CriterionOutcome.MET);
  }

  @Test
  void evaluatorClasses_withoutTheNamedClass_areRefused() {
    assertThatThrownBy(() -> new EvaluatorClasses("dev.eligo.mem.Missing", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no class file for dev.eligo.mem.Missing");
    assertThatThrownBy(() -> new EvaluatorClasses(null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("className");
  }

  @Test
  void aClassTheLoaderDoesNotHold_isNotFound() {
    MemoryClassLoader loader = new MemoryClassLoader(Map.of(), getClass().getClassLoader());
    assertThatThrownBy(() -> loader.loadClass("dev.eligo.mem.Nowhere"))
        .isInstanceOf(ClassNotFoundException.class)
        .hasMessage("dev.eligo.mem.Nowhere");
  }

  @Test
  void javaThatDoesNotCompile_isReportedWithTheLineOfEachError() {
    JavaFile broken =
        JavaFile.builder(
                "dev.eligo.mem",
                TypeSpec.classBuilder("Broken")
                    .addMethod(
                        MethodSpec.methodBuilder("answer")
                            .addModifiers(Modifier.STATIC)
                            .returns(int.class)
                            .addStatement("return $S", "not a number")
                            .build())
                    .build())
            .build();

    assertThatThrownBy(() -> InMemoryJavac.compile(broken))
        .isInstanceOfSatisfying(
            JavacException.class,
            e -> {
              assertThat(e.noCompiler()).isFalse();
              assertThat(e.getCause()).isNull();
              assertThat(e.getMessage())
                  .startsWith(
                      "the generated evaluator does not compile; this is a bug in Eligo:\n  line 5: ")
                  .contains("incompatible types")
                  .doesNotContain("\n  line 6");
            });
  }

  @Test
  void aClassInNoPackage_isNamedByItsSimpleName() throws JavacException {
    JavaFile plain =
        JavaFile.builder(
                "",
                TypeSpec.classBuilder("NoPackageEvaluator").addModifiers(Modifier.PUBLIC).build())
            .build();

    EvaluatorClasses classes = InMemoryJavac.compile(plain);

    assertThat(classes.className()).isEqualTo("NoPackageEvaluator");
    assertThat(classes.classes()).containsOnlyKeys("NoPackageEvaluator");
  }

  @Test
  void theClassPath_startsWithWhereTheRuntimeIsLoadedFrom_andHoldsOnlyExistingEntries() {
    java.util.List<java.io.File> entries = RuntimeClassPath.entries();

    assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
    assertThat(entries).allSatisfy(file -> assertThat(file).exists());
    assertThat(entries.get(0).toPath().toAbsolutePath().toString())
        .isEqualTo(
            java.nio.file.Path.of(
                    ProtocolEvaluator.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toAbsolutePath()
                .toString());
  }

  private static CriterionOutcome outcome(ProtocolEvaluator evaluator, Sex sex, int born) {
    PatientRecord patient =
        PatientRecord.builder("p").birthDate(LocalDate.of(born, 1, 1)).sex(sex).build();
    return evaluator
        .screen(patient, SCREENING)
        .criterion("I1")
        .map(CriterionResult::outcome)
        .orElseThrow();
  }
}
