package dev.eligo.benchmarks;

import dev.eligo.benchmarks.handwritten.HandWrittenEvaluator;
import dev.eligo.benchmarks.handwritten.HandWrittenResult;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The check every comparative benchmark makes in its setup: on each record, the generated and the
 * hand-written evaluator give the same verdict and the same outcome for every criterion and part,
 * so that their times are times of the same work.
 */
final class SameVerdicts {
  private SameVerdicts() {}

  static void check(
      ProtocolEvaluator generated,
      HandWrittenEvaluator handWritten,
      String name,
      PatientRecord record,
      LocalDate date) {
    Map<String, String> expected = SamePatient.outcomes(generated.screen(record, date));
    HandWrittenResult byHand = handWritten.screen(record, date);
    Map<String, String> actual = new TreeMap<>();
    actual.put("verdict", byHand.verdict().name());
    for (Map.Entry<String, TruthValue> e : byHand.outcomes().entrySet()) {
      actual.put(e.getKey(), CriterionOutcome.of(e.getValue()).name());
    }
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          "the generated and the hand-written evaluator disagree on "
              + name
              + ":\n  generated:    "
              + expected
              + "\n  hand-written: "
              + actual);
    }
  }
}
