package dev.eligo.fhir;

/**
 * One patient as a {@link PatientSource} yields it: a mapped record, or why it could not be read.
 */
public sealed interface PatientReadResult permits MappedPatient, PatientReadError {
  /** Where it came from: a file name, with the line for NDJSON ({@code bundles.ndjson:12}). */
  String source();
}
