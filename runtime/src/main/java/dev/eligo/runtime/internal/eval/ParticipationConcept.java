package dev.eligo.runtime.internal.eval;

import java.util.Objects;

/**
 * The patient's participation in other research studies, e.g. {@code other trial participation}.
 */
public record ParticipationConcept(String name, String label) {
  public ParticipationConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
  }

  public static ParticipationConcept of(String name, String label) {
    return new ParticipationConcept(name, label);
  }
}
