package dev.eligo.runtime.eval;

/**
 * Where items and values came from, carried along so that later operations can convert units
 * with the concept's converter and resolve references against the patient's record without the
 * generated code passing either around.
 *
 * @param evaluation the evaluation that read the records, or {@code null}
 * @param concept the observation concept the values measure, or {@code null}
 */
record Origin(Evaluation evaluation, ObservationConcept concept) {
  static final Origin NONE = new Origin(null, null);

  /** This origin, completed by what the other knows. */
  Origin or(Origin other) {
    if (other == null || other == NONE) {
      return this;
    }
    return new Origin(
        evaluation != null ? evaluation : other.evaluation,
        concept != null ? concept : other.concept);
  }
}
