package dev.eligo.fhir;

import dev.eligo.runtime.record.PatientRecord;
import java.util.Objects;

/** A patient read and mapped; fields that could not be read are the record's problems. */
public record MappedPatient(String source, PatientRecord record) implements PatientReadResult {
  public MappedPatient {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(record, "record");
  }
}
