package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.time.LocalDate;

/** A screening report written as patients are screened: start, one call per patient, finish. */
public interface Report {
  /** Before the first patient. */
  void start(ProtocolInfo protocol, LocalDate asOf) throws IOException;

  /** One patient's outcome, in input order. */
  void patient(PatientOutcome outcome) throws IOException;

  /** After the last patient; flushes the output (the caller closes it). */
  void finish(Summary summary) throws IOException;
}
