package dev.eligo.runtime.record;

/** FHIR R4 {@code Specimen.status}; an entered-in-error specimen never counts. */
public enum SpecimenStatus {
  AVAILABLE("available"),
  UNAVAILABLE("unavailable"),
  UNSATISFACTORY("unsatisfactory"),
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  SpecimenStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts. */
  public boolean isExcluded() {
    return this == ENTERED_IN_ERROR;
  }

  public static SpecimenStatus fromCode(String code) {
    return Codes.lookup(values(), SpecimenStatus::code, code, "Specimen.status");
  }
}
