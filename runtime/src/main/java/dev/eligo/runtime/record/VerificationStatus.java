package dev.eligo.runtime.record;

/**
 * FHIR R4 verification status of a condition or allergy. Refuted and entered-in-error records never
 * count; unconfirmed, provisional and differential ones leave a criterion unknown.
 */
public enum VerificationStatus {
  CONFIRMED("confirmed"),
  UNCONFIRMED("unconfirmed"),
  PROVISIONAL("provisional"),
  DIFFERENTIAL("differential"),
  REFUTED("refuted"),
  ENTERED_IN_ERROR("entered-in-error");

  private final String code;

  VerificationStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Never counts. */
  public boolean isExcluded() {
    return this == REFUTED || this == ENTERED_IN_ERROR;
  }

  /** Counts only as a possibility: a criterion that rests on it is unknown. */
  public boolean isTentative() {
    return this == UNCONFIRMED || this == PROVISIONAL || this == DIFFERENTIAL;
  }

  public static VerificationStatus fromCode(String code) {
    return Codes.lookup(values(), VerificationStatus::code, code, "verificationStatus");
  }
}
