package dev.eligo.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Screening;
import dev.eligo.cli.screen.Summary;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Patients formatted beforehand, on other threads and in any order, are written as patients
 * formatted in turn: the CSV and JSON reports of the sample patients (and of a failed input) are
 * the same text either way.
 */
class PreparedReportTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void patientsPreparedOnOtherThreads_areWrittenAsPatientsFormattedInTurn() throws Exception {
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

    for (Function<Writer, Report> format :
        List.<Function<Writer, Report>>of(CsvReport::new, JsonReport::new)) {
      StringWriter inTurn = new StringWriter();
      write(format.apply(inTurn), evaluator, outcomes, false);
      StringWriter prepared = new StringWriter();
      write(format.apply(prepared), evaluator, outcomes, true);

      assertThat(prepared.toString()).isEqualTo(inTurn.toString()).contains("mcrpc-01");
    }
  }

  private static void write(
      Report report, ProtocolEvaluator evaluator, List<PatientOutcome> outcomes, boolean ahead)
      throws IOException {
    report.start(evaluator.protocol(), LocalDate.of(2026, 11, 24));
    if (ahead) {
      List<PatientOutcome> backwards = new ArrayList<>(outcomes);
      Collections.reverse(backwards);
      backwards.parallelStream().forEach(report::prepare);
    }
    for (PatientOutcome outcome : outcomes) {
      report.patient(outcome);
    }
    report.finish(new Summary());
  }
}
