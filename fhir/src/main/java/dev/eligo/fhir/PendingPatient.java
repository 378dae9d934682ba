package dev.eligo.fhir;

/**
 * A patient taken from the input but not yet parsed or mapped, so that a caller can read several at
 * once on other threads while the input itself is read in order. {@link #read()} never throws for
 * bad input, as {@link PatientSource#next()} does not.
 */
public interface PendingPatient {
  /**
   * The bytes the patient takes in the input (0 when already read): what reading it may hold in
   * memory.
   */
  long size();

  /** Parses and maps the patient; may run on any thread, once. */
  PatientReadResult read();

  /** A patient already read. */
  static PendingPatient read(PatientReadResult result) {
    return new PendingPatient() {
      @Override
      public long size() {
        return 0;
      }

      @Override
      public PatientReadResult read() {
        return result;
      }
    };
  }

  /** A patient whose bytes are in hand, parsed and mapped by {@code read}. */
  static PendingPatient of(long size, java.util.function.Supplier<PatientReadResult> read) {
    return new PendingPatient() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public PatientReadResult read() {
        return read.get();
      }
    };
  }
}
