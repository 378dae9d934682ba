package dev.eligo.runtime.record;

/**
 * FHIR R4 {@code Immunization.status}. Only a completed vaccination counts: one not done, or
 * entered in error, never does.
 */
public enum ImmunizationStatus {
  COMPLETED("completed"),
  NOT_DONE("not-done"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  ImmunizationStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts. */
  public boolean isExcluded() {
    return this == NOT_DONE || this == ENTERED_IN_ERROR;
  }

  public static ImmunizationStatus fromCode(String code) {
    return Codes.lookup(values(), ImmunizationStatus::code, code, "Immunization.status");
  }
}
