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

  /**
   * Works out what {@link #patient} will write of an outcome, on the thread that screened it and
   * before its turn comes: patients are written one after the other on one thread, so what can be
   * formatted beforehand is formatted on every core. Must be safe to call from several threads at
   * once; writes nothing. By default nothing is worked out beforehand.
   */
  default void prepare(PatientOutcome outcome) {}

  /** One patient's outcome, in input order. */
  void patient(PatientOutcome outcome) throws IOException;

  /** After the last patient; flushes the output (the caller closes it). */
  void finish(Summary summary) throws IOException;
}
