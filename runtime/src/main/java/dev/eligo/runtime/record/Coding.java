package dev.eligo.runtime.record;

import java.util.Objects;

/** A code in a code system, as FHIR's {@code Coding}: system URI, code and optional display. */
public record Coding(String system, String code, String display) {
  public Coding {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
  }

  public static Coding of(String system, String code) {
    return new Coding(system, code, null);
  }

  @Override
  public String toString() {
    return display == null ? system + "|" + code : system + "|" + code + " (" + display + ")";
  }
}
