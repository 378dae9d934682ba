package dev.eligo.fhir;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Patients read one at a time from FHIR input; close it when done. Bad input never throws: each
 * file, line or patient that cannot be read is yielded as a {@link PatientReadError}. A source
 * reads lazily, so memory does not grow with the number of patients already yielded.
 */
public interface PatientSource extends Iterator<PatientReadResult>, AutoCloseable {

  /** Releases open files; never throws. */
  @Override
  void close();

  /**
   * The next patient, taken from the input but, where that saves work on this thread, not yet
   * parsed or mapped: an NDJSON line or a Bundle file is then read by {@link PendingPatient#read()}
   * on whichever thread calls it. Throws as {@link #next()} does when there is none.
   */
  default PendingPatient nextPending() {
    return PendingPatient.read(next());
  }

  /** The remaining patients as a sequential stream; closing the stream closes this source. */
  default Stream<PatientReadResult> stream() {
    Spliterator<PatientReadResult> spliterator =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }
}
