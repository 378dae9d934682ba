package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The upper or lower limit of normal that came with a value: the {@code high} (or {@code low}) of
 * its reference range whose type is normal or absent (a limit without a unit takes the value's
 * unit). None, or several different ones, is a problem rather than a limit.
 *
 * @param high the limit as the record states it, or {@code null} when there is a problem
 * @param problem why there is no single limit, or {@code null}
 * @param badData whether the limit was written but cannot be used (rather than absent or ambiguous)
 */
record NormalLimit(Quantity high, String problem, boolean badData) {

  NormalLimit(Quantity high, String problem) {
    this(high, problem, false);
  }

  /** The upper limit of normal. */
  static NormalLimit of(
      Observation o, String valueUnit, UnitConverter converter, ObservationConcept concept) {
    return of(o, valueUnit, converter, concept, true);
  }

  /** The upper ({@code upper}) or lower limit of normal. */
  static NormalLimit of(
      Observation o,
      String valueUnit,
      UnitConverter converter,
      ObservationConcept concept,
      boolean upper) {
    String which = upper ? "upper limit of normal" : "lower limit of normal";
    List<Quantity> highs = new ArrayList<>();
    for (ReferenceRange range : o.referenceRanges()) {
      BigDecimal limit = upper ? range.high() : range.low();
      String limitUnit = upper ? range.highUnit() : range.lowUnit();
      if (range.isNormal() && limit != null) {
        String unit = limitUnit == null || limitUnit.isBlank() ? valueUnit : limitUnit;
        highs.add(Quantity.of(limit, unit));
      }
    }
    if (highs.isEmpty()) {
      return new NormalLimit(null, "no " + which + " came with the value");
    }
    Quantity first = highs.get(0);
    for (Quantity other : highs) {
      if (!QuantityMath.equal(first, other, converter)) {
        List<String> shown = new ArrayList<>();
        highs.forEach(h -> shown.add(h.toString()));
        return new NormalLimit(
            null,
            "several different "
                + which.replace("limit", "limits")
                + ": "
                + String.join(", ", shown));
      }
    }
    if (!converter.canConvert(first.unit(), valueUnit)) {
      return new NormalLimit(
          null,
          "the "
              + which
              + " "
              + first
              + " cannot be converted to the value's unit '"
              + valueUnit
              + "'");
    }
    // A limit no measurement could reach (1e39 U/L) is bad data, not a limit.
    if (concept != null && concept.plausibility() != null) {
      java.util.Optional<String> implausible =
          concept.plausibility().judge(first.value(), first.unit(), converter);
      if (implausible.isPresent()) {
        return new NormalLimit(
            null, "the " + which + " cannot be used: " + implausible.get(), true);
      }
    }
    return new NormalLimit(first, null);
  }
}
