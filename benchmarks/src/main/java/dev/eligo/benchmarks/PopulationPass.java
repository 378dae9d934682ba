package dev.eligo.benchmarks;

import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One pass over a FHIR input: reads every patient through {@link PatientSources} and screens it.
 */
final class PopulationPass {
  private final ProtocolEvaluator evaluator;
  private final LocalDate screeningDate;

  PopulationPass(ProtocolEvaluator evaluator, LocalDate screeningDate) {
    this.evaluator = evaluator;
    this.screeningDate = screeningDate;
  }

  /** Reads and screens everything under {@code input}, timing reading and screening apart. */
  Figures run(Path input) {
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    long readNanos = 0;
    long screenNanos = 0;
    int errors = 0;
    long problems = 0;
    long facts = 0;
    long start = System.nanoTime();
    try (PatientSource source = PatientSources.open(input)) {
      while (true) {
        long beforeRead = System.nanoTime();
        PatientReadResult read = source.hasNext() ? source.next() : null;
        long afterRead = System.nanoTime();
        readNanos += afterRead - beforeRead;
        if (read == null) {
          break;
        }
        if (!(read instanceof MappedPatient)) {
          errors++;
          continue;
        }
        PatientRecord record = ((MappedPatient) read).record();
        verdicts.merge(evaluator.screen(record, screeningDate).verdict(), 1, Integer::sum);
        screenNanos += System.nanoTime() - afterRead;
        problems += record.problems().size();
        facts += facts(record);
      }
    }
    return new Figures(
        verdicts, errors, problems, facts, System.nanoTime() - start, readNanos, screenNanos);
  }

  private static long facts(PatientRecord record) {
    return record.observations().size()
        + record.conditions().size()
        + record.medications().size()
        + record.procedures().size()
        + record.allergies().size()
        + record.participations().size()
        + record.attestations().size();
  }

  /** What one pass counted and how long it took. */
  record Figures(
      Map<Verdict, Integer> verdicts,
      int readErrors,
      long recordProblems,
      long facts,
      long totalNanos,
      long readNanos,
      long screenNanos) {

    int patients() {
      return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
