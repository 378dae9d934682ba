package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ReferenceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The upper limit of normal that came with a value: the {@code high} of its reference range
 * whose type is normal or absent (a high without a unit takes the value's unit). None, or several
 * different ones, is a problem rather than a limit.
 *
 * @param high the limit as the record states it, or {@code null} when there is a problem
 * @param problem why there is no single limit, or {@code null}
 * @param badData whether the limit was written but cannot be used (rather than absent or ambiguous)
 */
record UpperLimit(Quantity high, String problem, boolean badData) {

  UpperLimit(Quantity high, String problem) {
    this(high, problem, false);
  }

  static UpperLimit of(Observation o, String valueUnit, UnitConverter converter, ObservationConcept concept) {
    List<Quantity> highs = new ArrayList<>(1);
    List<ReferenceRange> rangeList = o.referenceRanges();
    for (int i = 0; i < rangeList.size(); i++) {
      ReferenceRange range = rangeList.get(i);
      if (range.isNormal() && range.high() != null) {
        String unit = range.highUnit() == null || range.highUnit().isBlank() ? valueUnit : range.highUnit();
        highs.add(Quantity.of(range.high(), unit));
      }
    }
    if (highs.isEmpty()) {
      return new UpperLimit(null, "no upper limit of normal came with the value");
    }
    Quantity first = highs.get(0);
    for (int i = 1; i < highs.size(); i++) {
      Quantity other = highs.get(i);
      if (!QuantityMath.equal(first, other, converter)) {
        List<String> shown = new ArrayList<>();
        highs.forEach(h -> shown.add(h.toString()));
        return new UpperLimit(null, "several different upper limits of normal: " + String.join(", ", shown));
      }
    }
    if (!converter.canConvert(first.unit(), valueUnit)) {
      return new UpperLimit(null, "the upper limit of normal " + first
          + " cannot be converted to the value's unit '" + valueUnit + "'");
    }
    // A limit no measurement could reach (1e39 U/L) is bad data, not a limit.
    if (concept != null && concept.plausibility() != null) {
      java.util.Optional<String> implausible =
          concept.plausibility().judge(first.value(), first.unit(), converter);
      if (implausible.isPresent()) {
        return new UpperLimit(null, "the upper limit of normal cannot be used: " + implausible.get(), true);
      }
    }
    return new UpperLimit(first, null);
  }
}
