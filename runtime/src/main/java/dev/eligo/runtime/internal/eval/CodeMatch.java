package dev.eligo.runtime.internal.eval;

/** How a code system's codes are compared with a value set's codes and ranges. */
public enum CodeMatch {
  /** The whole code must match (LOINC, SNOMED CT, local codes). */
  EXACT,
  /**
   * A value set code is a prefix of the codes it covers: ATC {@code J01} covers {@code J01CA04}.
   */
  PREFIX,
  /**
   * As {@link #PREFIX}, ignoring dots and letter case: ICD-10 {@code E05.0} covers {@code E0500}.
   */
  PREFIX_IGNORING_DOTS
}
