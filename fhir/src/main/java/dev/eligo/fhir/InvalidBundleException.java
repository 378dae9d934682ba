package dev.eligo.fhir;

/** A Bundle that cannot be one patient's record: it has no Patient, or more than one. */
public final class InvalidBundleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidBundleException(String message) {
    super(message);
  }
}
