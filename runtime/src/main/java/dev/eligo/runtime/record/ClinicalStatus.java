package dev.eligo.runtime.record;

/** FHIR R4 condition and allergy clinical status; active, recurrence and relapse are active. */
public enum ClinicalStatus {
  ACTIVE("active"),
  RECURRENCE("recurrence"),
  RELAPSE("relapse"),
  INACTIVE("inactive"),
  REMISSION("remission"),
  RESOLVED("resolved");

  private final String code;

  ClinicalStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public boolean isActive() {
    return this == ACTIVE || this == RECURRENCE || this == RELAPSE;
  }

  public static ClinicalStatus fromCode(String code) {
    return Codes.lookup(values(), ClinicalStatus::code, code, "clinicalStatus");
  }
}
