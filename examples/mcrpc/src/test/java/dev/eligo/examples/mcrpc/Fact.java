package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.PatientRecord;
import java.util.function.BiConsumer;

/**
 * One fact of a test patient's record, kept under a slot ({@code anc}, {@code psa}, {@code
 * attest-informed-consent}) so that a case can replace or remove it.
 */
interface Fact {
  /** The slot the fact belongs to; {@link PatientFixture#with} replaces a whole slot. */
  String slot();

  /** The record id the fact asks for, or {@code null} to take one made from its slot. */
  String preferredId();

  /** Adds the record to the patient under the given id. */
  void addTo(PatientRecord.Builder record, String id);

  /** A fact with nothing to change after it is made: the record is made from its id. */
  static Fact of(String slot, BiConsumer<PatientRecord.Builder, String> add) {
    return new Simple(slot, add);
  }

  /** See {@link #of}. */
  record Simple(String slot, BiConsumer<PatientRecord.Builder, String> add) implements Fact {
    @Override
    public String preferredId() {
      return null;
    }

    @Override
    public void addTo(PatientRecord.Builder record, String id) {
      add.accept(record, id);
    }
  }
}
