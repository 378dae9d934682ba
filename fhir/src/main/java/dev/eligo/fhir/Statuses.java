package dev.eligo.fhir;

import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Resource;

/** Reads status codes as written into the runtime's status enums, reporting what cannot be read. */
final class Statuses {
  private Statuses() {}

  /**
   * The status of a required {@code status} code. Absent or unreadable becomes {@code unknown}
   * (which the runtime treats as "cannot decide"), with a problem unless HAPI already noted it.
   */
  static <E> E required(
      MappingContext context,
      Resource resource,
      Enumeration<?> element,
      Function<String, E> fromCode,
      E unknown) {
    String code = element == null ? null : element.getValueAsString();
    if (code == null) {
      context.problem(resource, "status is missing; it was read as unknown");
      return unknown;
    }
    if (element.getValue() == null) {
      return unknown; // HAPI rejected the code while parsing and noted why
    }
    try {
      return fromCode.apply(code);
    } catch (IllegalArgumentException e) {
      context.problem(resource, "status '" + code + "' is not known; it was read as unknown");
      return unknown;
    }
  }

  /**
   * The status of an optional {@code status} code: null when absent; null with a problem when the
   * code is not known (unless HAPI already noted it).
   */
  static <E> E optional(
      MappingContext context,
      Resource resource,
      Enumeration<?> element,
      Function<String, E> fromCode) {
    String code = element == null ? null : element.getValueAsString();
    if (code == null || element.getValue() == null) {
      return null;
    }
    try {
      return fromCode.apply(code);
    } catch (IllegalArgumentException e) {
      context.problem(resource, "status '" + code + "' is not known; it was read as not stated");
      return null;
    }
  }

  /**
   * The first coding of a status concept (clinicalStatus, verificationStatus) that names a known
   * code; null when the concept is absent, and null with a problem when none of its codes is known.
   */
  static <E> E concept(
      MappingContext context,
      Resource resource,
      String field,
      CodeableConcept concept,
      Function<String, E> fromCode) {
    if (concept == null || concept.isEmpty()) {
      return null;
    }
    for (org.hl7.fhir.r4.model.Coding coding : concept.getCoding()) {
      if (coding.hasCode()) {
        try {
          return fromCode.apply(coding.getCode());
        } catch (IllegalArgumentException e) {
          // try the next coding
        }
      }
    }
    context.problem(
        resource,
        field
            + " has no known code"
            + (concept.hasText() ? " ('" + concept.getText() + "')" : "")
            + "; it was read as not stated");
    return null;
  }
}
