package dev.eligo.runtime.record;

/** FHIR R4 {@code EventStatus} of a procedure; not-done and entered-in-error never count. */
public enum ProcedureStatus {
  PREPARATION("preparation"),
  IN_PROGRESS("in-progress"),
  NOT_DONE("not-done"),
  ON_HOLD("on-hold"),
  STOPPED("stopped"),
  COMPLETED("completed"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  ProcedureStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean isExcluded() {
    return this == NOT_DONE || this == ENTERED_IN_ERROR || this == PREPARATION;
  }

  public static ProcedureStatus fromCode(String code) {
    return Codes.lookup(values(), ProcedureStatus::code, code, "Procedure.status");
  }
}
