package dev.eligo.runtime.internal.eval;

import java.util.Objects;

/**
 * An investigator's yes/no statement the protocol reads, known by its questionnaire item's link id,
 * e.g. {@code informed-consent}.
 */
public record AttestationConcept(String name, String label, String linkId) {
  public AttestationConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(linkId, "linkId");
  }

  public static AttestationConcept of(String name, String label, String linkId) {
    return new AttestationConcept(name, label, linkId);
  }
}
