package dev.eligo.runtime.record;

/**
 * FHIR R4 {@code Encounter.status}. Planned, cancelled and entered-in-error encounters never count;
 * one that has begun and not finished is still going on.
 */
public enum EncounterStatus {
  PLANNED("planned"),
  ARRIVED("arrived"),
  TRIAGED("triaged"),
  IN_PROGRESS("in-progress"),
  ONLEAVE("onleave"),
  FINISHED("finished"),
  CANCELLED("cancelled"),
  ENTERED_IN_ERROR("entered-in-error"),
  UNKNOWN("unknown");

  private final String code;

  EncounterStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts. */
  public boolean isExcluded() {
    return this == PLANNED || this == CANCELLED || this == ENTERED_IN_ERROR;
  }

  /** Has begun and not finished: a period without an end goes on. */
  public boolean isOngoing() {
    return this == ARRIVED || this == TRIAGED || this == IN_PROGRESS || this == ONLEAVE;
  }

  public static EncounterStatus fromCode(String code) {
    return Codes.lookup(values(), EncounterStatus::code, code, "Encounter.status");
  }
}
