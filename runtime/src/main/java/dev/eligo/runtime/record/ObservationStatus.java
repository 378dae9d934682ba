package dev.eligo.runtime.record;

/** FHIR R4 {@code ObservationStatus}; only final, amended and corrected results count. */
public enum ObservationStatus {
  REGISTERED("registered"),
  PRELIMINARY("preliminary"),
  FINAL("final"),
  AMENDED("amended"),
  CORRECTED("corrected"),
  CANCELLED("cancelled"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  ObservationStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether a result with this status may be used at all. */
  public boolean counts() {
    return this == FINAL || this == AMENDED || this == CORRECTED;
  }

  /** Whether this result replaces a {@code final} one it amends. */
  public boolean isRevision() {
    return this == AMENDED || this == CORRECTED;
  }

  public static ObservationStatus fromCode(String code) {
    return Codes.lookup(values(), ObservationStatus::code, code, "Observation.status");
  }
}
