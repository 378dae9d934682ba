/**
 * Maps FHIR R4 data (HAPI FHIR's R4 model) onto the runtime's FHIR-independent {@link
 * dev.eligo.runtime.record.PatientRecord}, as the protocol's data dictionary says.
 *
 * <p>{@link dev.eligo.fhir.BundleMapper} maps one {@code Bundle} (one patient); {@link
 * dev.eligo.fhir.PatientSources} opens Bundle files, directories of them, NDJSON of Bundles and
 * bulk-export directories as a {@link dev.eligo.fhir.PatientSource} that yields one patient at a
 * time. Statuses are mapped as written: the runtime, not this package, decides what counts. Bad
 * data never throws: a field that cannot be read becomes a {@link
 * dev.eligo.runtime.record.RecordProblem} on the record, and a file or line that cannot be read
 * becomes a {@link dev.eligo.fhir.PatientReadError}.
 */
package dev.eligo.fhir;
