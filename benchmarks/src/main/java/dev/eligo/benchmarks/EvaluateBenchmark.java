package dev.eligo.benchmarks;

import dev.eligo.benchmarks.handwritten.HandWrittenEvaluator;
import dev.eligo.benchmarks.handwritten.HandWrittenResult;
import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generated NCT07298239 evaluator against the hand-written one on the same records: one
 * operation screens one patient of the input, the patients taken in turn. The setup maps every
 * Bundle once and fails unless both evaluators agree on every criterion of every patient.
 */
@State(Scope.Benchmark)
public class EvaluateBenchmark extends BenchmarkSettings {
  @Param({BenchmarkInputs.SAMPLES, BenchmarkInputs.SYNTHEA})
  public String input;

  private final ProtocolEvaluator generated = new NCT07298239Evaluator();
  private final HandWrittenEvaluator handWritten = new HandWrittenEvaluator();
  private final List<PatientRecord> records = new ArrayList<>();
  private int next;

  /** Maps the input's Bundles and checks that both evaluators agree on each. */
  @Setup
  public void setUp() {
    Patients patients = new Patients(input);
    for (BenchmarkInputs.Bundle bundle : patients.bundles()) {
      PatientRecord record = Patients.record(bundle);
      SameVerdicts.check(
          generated, handWritten, bundle.name(), record, McrpcPatient.SCREENING_DATE);
      records.add(record);
    }
  }

  private PatientRecord nextRecord() {
    PatientRecord record = records.get(next);
    next = next + 1 == records.size() ? 0 : next + 1;
    return record;
  }

  /** The generated evaluator: verdict, criteria and explanations (rendered only when asked). */
  @Benchmark
  public ScreeningResult generated() {
    return generated.screen(nextRecord(), McrpcPatient.SCREENING_DATE);
  }

  /** The hand-written evaluator: verdict and criteria, no explanation. */
  @Benchmark
  public HandWrittenResult handWritten() {
    return handWritten.screen(nextRecord(), McrpcPatient.SCREENING_DATE);
  }
}
