package dev.eligo.runtime.record;

/**
 * Status of a medication use, across FHIR's MedicationAdministration, MedicationStatement,
 * MedicationRequest and MedicationDispense status codes. Not-taken, intended, declined and
 * entered-in-error uses never count.
 */
public enum MedicationStatus {
  ACTIVE("active"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  STOPPED("stopped"),
  ON_HOLD("on-hold"),
  NOT_DONE("not-done"),
  NOT_TAKEN("not-taken"),
  INTENDED("intended"),
  CANCELLED("cancelled"),
  DRAFT("draft"),
  PREPARATION("preparation"),
  DECLINED("declined"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  MedicationStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts as a use. */
  public boolean isExcluded() {
    return this == NOT_DONE
        || this == NOT_TAKEN
        || this == INTENDED
        || this == CANCELLED
        || this == DRAFT
        || this == PREPARATION
        || this == DECLINED
        || this == ENTERED_IN_ERROR;
  }

  public static MedicationStatus fromCode(String code) {
    return Codes.lookup(values(), MedicationStatus::code, code, "medication status");
  }
}
