package dev.eligo.fhir;

import java.util.Objects;

/**
 * Input that could not be read as a patient (an empty file, text that is not JSON, a resource that
 * is not a Bundle, a Bundle without a Patient), with where it was and what was wrong.
 */
public record PatientReadError(String source, String message) implements PatientReadResult {
  public PatientReadError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
