package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Several reports of one screening, each told every patient in turn (one pass over the input). */
public final class AllReports implements Report {
  private final List<Report> reports;

  public AllReports(List<Report> reports) {
    this.reports = List.copyOf(reports);
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    for (Report report : reports) {
      report.start(protocol, asOf);
    }
  }

  @Override
  public void prepare(PatientOutcome outcome) {
    for (Report report : reports) {
      report.prepare(outcome);
    }
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    for (Report report : reports) {
      report.patient(outcome);
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    for (Report report : reports) {
      report.finish(summary);
    }
  }
}
