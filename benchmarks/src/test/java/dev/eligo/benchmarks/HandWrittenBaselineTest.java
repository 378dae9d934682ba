package dev.eligo.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline of {@link EvaluateBenchmark} decides every criterion of every sample
 * patient as the generated evaluator does. Run in every build, so that a change to the protocol or
 * to the language's rules that the baseline does not follow fails here, not in a benchmark run.
 */
class HandWrittenBaselineTest {
  @Test
  void handWrittenEvaluator_agreesWithTheGeneratedOne_onEverySamplePatient() {
    EvaluateBenchmark benchmark = new EvaluateBenchmark();
    benchmark.input = BenchmarkInputs.SAMPLES;

    assertThatCode(benchmark::setUp).doesNotThrowAnyException();
  }
}
