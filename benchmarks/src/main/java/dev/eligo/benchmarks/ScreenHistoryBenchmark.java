package dev.eligo.benchmarks;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How screening cost grows with the size of the record: {@link McrpcPatient} with {@code history}
 * routine observations that no criterion reads, as Synthea records have.
 */
@State(Scope.Benchmark)
public class ScreenHistoryBenchmark extends BenchmarkSettings {
  private final ProtocolEvaluator evaluator = new NCT07298239Evaluator();

  /** Unrelated observations added to the 52-resource record. */
  @Param({"500"})
  public int history;

  private PatientRecord patient;

  /** Builds the record with its history; the verdict must not change with it. */
  @Setup
  public void setUp() {
    patient = McrpcPatient.record(history);
    String plain =
        SamePatient.outcomes(evaluator.screen(McrpcPatient.record(), McrpcPatient.SCREENING_DATE))
            .toString();
    String withHistory =
        SamePatient.outcomes(evaluator.screen(patient, McrpcPatient.SCREENING_DATE)).toString();
    if (!plain.equals(withHistory)) {
      throw new IllegalStateException("the history changed the screening: " + withHistory);
    }
  }

  /**
   * One screening of the longer record on one thread; compare with {@code ScreenBenchmark.screen}.
   */
  @Benchmark
  public ScreeningResult screenWithHistory() {
    return evaluator.screen(patient, McrpcPatient.SCREENING_DATE);
  }
}
