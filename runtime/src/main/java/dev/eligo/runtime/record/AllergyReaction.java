package dev.eligo.runtime.record;

import java.util.List;

/**
 * One reaction recorded for an allergy or intolerance.
 *
 * @param manifestations what the reaction was (anaphylaxis, urticaria, ...)
 * @param severity {@code mild}, {@code moderate} or {@code severe}; {@code null} when not said
 */
public record AllergyReaction(List<Coding> manifestations, String severity) {
  public AllergyReaction {
    manifestations = List.copyOf(manifestations);
  }
}
