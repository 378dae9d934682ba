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
 */
record UpperLimit(Quantity high, String problem) {

  static UpperLimit of(Observation o, String valueUnit, UnitConverter converter) {
    List<Quantity> highs = new ArrayList<>();
    for (ReferenceRange range : o.referenceRanges()) {
      if (range.isNormal() && range.high() != null) {
        String unit = range.highUnit() == null || range.highUnit().isBlank() ? valueUnit : range.highUnit();
        highs.add(Quantity.of(range.high(), unit));
      }
    }
    if (highs.isEmpty()) {
      return new UpperLimit(null, "no upper limit of normal came with the value");
    }
    Quantity first = highs.get(0);
    for (Quantity other : highs) {
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
    return new UpperLimit(first, null);
  }
}
