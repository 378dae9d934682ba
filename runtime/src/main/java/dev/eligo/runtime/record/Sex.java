package dev.eligo.runtime.record;

/**
 * Administrative gender as FHIR's {@code Patient.gender} records it; absent is {@link #UNKNOWN}.
 */
public enum Sex {
  MALE("male"),
  FEMALE("female"),
  OTHER("other"),
  UNKNOWN("unknown");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Sex fromCode(String code) {
    return code == null ? UNKNOWN : Codes.lookup(values(), Sex::code, code, "Patient.gender");
  }
}
