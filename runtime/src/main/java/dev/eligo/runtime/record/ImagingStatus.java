package dev.eligo.runtime.record;

/**
 * FHIR R4 {@code ImagingStudy.status}. Only an available study counts: a registered one has nothing
 * to read yet, and cancelled and entered-in-error ones never count.
 */
public enum ImagingStatus {
  REGISTERED("registered"),
  AVAILABLE("available"),
  CANCELLED("cancelled"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  ImagingStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts. */
  public boolean isExcluded() {
    return this == REGISTERED || this == CANCELLED || this == ENTERED_IN_ERROR;
  }

  public static ImagingStatus fromCode(String code) {
    return Codes.lookup(values(), ImagingStatus::code, code, "ImagingStudy.status");
  }
}
