package dev.eligo.fhir;

import dev.eligo.runtime.record.PatientRecord;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;

/** Turns the bytes of one Bundle, or a Bundle object, into a mapped patient or a read error. */
final class BundleResults {
  private BundleResults() {}

  static PatientReadResult fromJson(String source, byte[] json) {
    return fromJson(source, json, ReadScope.everything());
  }

  static PatientReadResult fromJson(String source, byte[] json, ReadScope scope) {
    BundleJsonReader.Outcome outcome = BundleJsonReader.read(json, scope);
    if (outcome.error() != null) {
      return new PatientReadError(source, outcome.error());
    }
    return fromParsed(source, outcome.bundle());
  }

  static PatientReadResult fromParsed(String source, ParsedBundle parsed) {
    return mapped(source, () -> BundleMapper.map(parsed));
  }

  static PatientReadResult fromBundle(String source, Bundle bundle) {
    return mapped(source, () -> BundleMapper.map(bundle));
  }

  private static PatientReadResult mapped(String source, Supplier<PatientRecord> mapping) {
    try {
      return new MappedPatient(source, mapping.get());
    } catch (InvalidBundleException e) {
      return new PatientReadError(source, e.getMessage());
    } catch (RuntimeException e) {
      return unexpected(source, e);
    }
  }

  /** A defect in the mapping, not in the data: still one row, never a stack trace. */
  private static PatientReadError unexpected(String source, RuntimeException e) {
    return new PatientReadError(
        source,
        "the patient could not be mapped (internal error "
            + e.getClass().getSimpleName()
            + ": "
            + FhirJson.firstLine(e.getMessage())
            + ")");
  }
}
