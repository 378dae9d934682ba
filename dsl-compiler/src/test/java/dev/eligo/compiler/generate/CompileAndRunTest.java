package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated mCRPC evaluator compiles with {@code javac -Xlint:all -Werror} without a single
 * diagnostic, loads, and screens patients on the runtime.
 */
class CompileAndRunTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 3, 2);
  private static InMemoryJavaCompiler.Result compiled;

  @BeforeAll
  static void compileSample() {
    CompilationResult result =
        EligoCompiler.compile(sample(), CompilerOptions.inPackage(GoldenEvaluatorTest.PACKAGE));
    assertThat(result.hasErrors()).isFalse();
    compiled = InMemoryJavaCompiler.compile(result.javaFiles());
  }

  @Test
  void mcrpcEvaluator_compilesWithoutAnyJavacDiagnostic() {
    assertThat(compiled.success()).as(compiled.describe()).isTrue();
    assertThat(compiled.diagnostics()).as(compiled.describe()).isEmpty();
    assertThat(compiled.output()).isEmpty();
  }

  @Test
  void mcrpcEvaluator_femalePatient_isIneligibleByI1() throws Exception {
    ScreeningResult result = evaluator().screen(bornIn1950("patient-f", Sex.FEMALE), SCREENING);

    assertThat(result.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.criterion("I1"))
        .map(CriterionResult::outcome)
        .contains(CriterionOutcome.NOT_MET);
    assertThat(result.patientId()).isEqualTo("patient-f");
    assertThat(result.screeningDate()).isEqualTo(SCREENING);
  }

  @Test
  void mcrpcEvaluator_maleAdultWithoutProstateCancer_meetsI1AndIsIneligibleByI2() throws Exception {
    ScreeningResult result = evaluator().screen(bornIn1950("patient-m", Sex.MALE), SCREENING);

    assertThat(result.criterion("I1")).map(CriterionResult::outcome).contains(CriterionOutcome.MET);
    assertThat(result.criterion("I3"))
        .map(CriterionResult::outcome)
        .contains(CriterionOutcome.UNKNOWN);
    assertThat(result.verdict()).as(result.explain()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.deciding()).extracting(CriterionResult::id).containsExactly("I2");
  }

  @Test
  void mcrpcEvaluator_protocolInfo_listsEveryCriterionAndPartInOrder() throws Exception {
    assertThat(evaluator().protocol().id()).isEqualTo("NCT07298239");
    assertThat(evaluator().protocol().criteria())
        .extracting(c -> c.id())
        .containsExactly(
            "I1", "I2", "I2a", "I2b", "I3", "I4", "I5", "I6", "E1", "E2", "E3", "E3a", "E3b", "E3c",
            "E3d", "E4", "E4a", "E4b", "E4c", "E5", "E6", "E7", "E8", "E9", "E10");
  }

  /** A patient with a birth date and a sex and nothing else on record. */
  private static PatientRecord bornIn1950(String id, Sex sex) {
    return PatientRecord.builder(id).birthDate(LocalDate.of(1950, 6, 1)).sex(sex).build();
  }

  private static ProtocolEvaluator evaluator() throws Exception {
    assertThat(compiled.success()).as(compiled.describe()).isTrue();
    Class<?> type =
        compiled.classLoader().loadClass(GoldenEvaluatorTest.PACKAGE + ".NCT07298239Evaluator");
    return (ProtocolEvaluator) type.getDeclaredConstructor().newInstance();
  }

  private static SourceFile sample() {
    try {
      return SourceFile.read(GoldenEvaluatorTest.SAMPLE);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
