package dev.eligo.benchmarks;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated NCT07298239 evaluator screening {@link McrpcPatient}: one thread, and two threads
 * sharing one evaluator instance and one record.
 */
@State(Scope.Benchmark)
public class ScreenBenchmark extends BenchmarkSettings {
  private final ProtocolEvaluator evaluator = new NCT07298239Evaluator();
  private PatientRecord patient;

  /** Builds the record and checks that the Bundle the read benchmark uses is the same patient. */
  @Setup
  public void setUp() {
    patient = McrpcPatient.record();
    SamePatient.check(evaluator, SamePatient.bundleFile());
  }

  /** One screening on one thread. */
  @Benchmark
  public ScreeningResult screen() {
    return evaluator.screen(patient, McrpcPatient.SCREENING_DATE);
  }

  /**
   * Two threads screening with the same evaluator: figures are the sum over both threads. With both
   * cores busy, C2 compiles slowly, so this one warms up twice as long.
   */
  @Benchmark
  @Threads(2)
  @Warmup(iterations = 2 * BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS)
  public ScreeningResult screenShared() {
    return evaluator.screen(patient, McrpcPatient.SCREENING_DATE);
  }
}
