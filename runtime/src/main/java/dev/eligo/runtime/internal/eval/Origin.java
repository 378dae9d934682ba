package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.result.Missing;

/**
 * Where items and values came from, carried along so that later operations can convert units with
 * the concept's converter, resolve references against the patient's record and name the data that
 * would replace an unusable value, without generated code passing any of it around.
 *
 * @param evaluation the evaluation that read the records, or {@code null}
 * @param concept the observation concept the values measure, or {@code null}
 * @param lookedFor the list whose {@link Items#missing()} names what was looked for and where, e.g.
 *     {@code PSA in 2025-11-24..2026-11-24}, or {@code null}; asked only when a value turns out
 *     unusable
 */
record Origin(Evaluation evaluation, ObservationConcept concept, Items<?> lookedFor) {
  static final Origin NONE = new Origin(null, null, null);

  /** This origin, completed by what the other knows. */
  Origin or(Origin other) {
    if (other == null || other == NONE || other == this) {
      return this;
    }
    if (this == NONE) {
      return other;
    }
    return new Origin(
        evaluation != null ? evaluation : other.evaluation,
        concept != null ? concept : other.concept,
        lookedFor != null ? lookedFor : other.lookedFor);
  }

  /** The same origin, looked for as the list says. */
  Origin from(Items<?> newSource) {
    return new Origin(evaluation, concept, newSource);
  }

  /** What was looked for and where, e.g. {@code PSA in 2025-11-24..2026-11-24}, or {@code null}. */
  Missing source() {
    return lookedFor == null ? null : lookedFor.missing();
  }

  /** The conversions of {@code or(other)}, without making it. */
  UnitConverter converterWith(Origin other) {
    ObservationConcept known = concept != null || other == null ? concept : other.concept;
    return known != null ? known.converter() : UnitConverter.plain();
  }

  /** The concept's conversions, or UCUM's alone. */
  UnitConverter converter() {
    return concept != null ? concept.converter() : UnitConverter.plain();
  }
}
