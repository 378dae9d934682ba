package dev.eligo.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Screening;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows formatted beforehand, on other threads and in any order, are written as the rows formatted
 * in turn: the report of the sample patients is the same text either way, and a failed input too.
 */
class CsvReportPrepareTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void rowsPreparedOnOtherThreads_areWrittenAsRowsFormattedInTurn() throws Exception {
    ProtocolEvaluator evaluator =
        ProtocolLoader.load(
            ROOT.resolve("examples/mcrpc/src/main/eligo/NCT07298239.eligo"),
            new PrintWriter(Writer.nullWriter()));
    Screening screening = new Screening(evaluator, LocalDate.of(2026, 11, 24));
    List<PatientOutcome> outcomes = new ArrayList<>();
    try (PatientSource source = PatientSources.open(ROOT.resolve("examples/mcrpc/patients"))) {
      source.forEachRemaining(read -> outcomes.add(screening.screen(read)));
    }
    outcomes.add(new PatientOutcome.Failed("bad.ndjson:3", "not valid JSON at column 1"));
    assertThat(outcomes).hasSizeGreaterThan(20);

    StringWriter inTurn = new StringWriter();
    CsvReport plain = new CsvReport(inTurn);
    plain.start(evaluator.protocol(), LocalDate.of(2026, 11, 24));
    for (PatientOutcome outcome : outcomes) {
      plain.patient(outcome);
    }

    StringWriter prepared = new StringWriter();
    CsvReport ahead = new CsvReport(prepared);
    ahead.start(evaluator.protocol(), LocalDate.of(2026, 11, 24));
    List<PatientOutcome> backwards = new ArrayList<>(outcomes);
    java.util.Collections.reverse(backwards);
    backwards.parallelStream().forEach(ahead::prepare);
    for (PatientOutcome outcome : outcomes) {
      ahead.patient(outcome);
    }

    assertThat(prepared.toString()).isEqualTo(inTurn.toString()).contains("\r\n");
  }
}
