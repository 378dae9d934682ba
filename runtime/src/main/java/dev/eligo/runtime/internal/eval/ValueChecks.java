package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.PlausibleRange;
import dev.eligo.runtime.internal.quantity.Units;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Judges an observation's value before criteria read it: a quantity whose readable unit and code
 * disagree, or a value outside what the concept can plausibly be, is kept but marked unusable, so
 * that every criterion that needs it is unknown with the reason instead of deciding on it.
 */
final class ValueChecks {
  private ValueChecks() {}

  /** Why the observation's value cannot be used for this concept, or empty when it can. */
  static Optional<String> problem(Observation o, ObservationConcept concept) {
    ObservationValue value = o.value();
    PlausibleRange range = concept.plausibility();
    if (value instanceof ObservationValue.QuantityValue q) {
      Optional<String> disagree = Units.ucum().disagreement(q.unitText(), q.unit());
      if (disagree.isPresent() || range == null) {
        return disagree;
      }
      return range
          .judge(q.value(), q.unit(), concept.converter())
          .map(why -> concept.label() + ": " + why);
    }
    if (value instanceof ObservationValue.IntegerValue i && range != null) {
      return range
          .judge(BigDecimal.valueOf(i.value()), "1", concept.converter())
          .map(why -> concept.label() + ": " + why);
    }
    return Optional.empty();
  }

  /** The observation with its value marked unusable for the reason given. */
  static Observation unusable(Observation o, String reason) {
    return o.withValue(new ObservationValue.Unusable(o.value(), reason));
  }
}
