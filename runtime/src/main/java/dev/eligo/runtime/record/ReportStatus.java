package dev.eligo.runtime.record;

/**
 * FHIR R4 {@code DiagnosticReport.status}; like an observation's, only a released report (final,
 * amended, corrected or appended) counts.
 */
public enum ReportStatus {
  REGISTERED("registered"),
  PARTIAL("partial"),
  PRELIMINARY("preliminary"),
  FINAL("final"),
  AMENDED("amended"),
  CORRECTED("corrected"),
  APPENDED("appended"),
  CANCELLED("cancelled"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  ReportStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether a report with this status may be used at all. */
  public boolean counts() {
    return this == FINAL || this == AMENDED || this == CORRECTED || this == APPENDED;
  }

  public static ReportStatus fromCode(String code) {
    return Codes.lookup(values(), ReportStatus::code, code, "DiagnosticReport.status");
  }
}
