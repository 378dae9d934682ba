package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.result.Evidence;
import java.math.BigDecimal;
import java.util.Optional;

/** Small exact operations on quantities that the record operations share. */
final class QuantityMath {
  private QuantityMath() {}

  /**
   * How {@code a} compares with {@code b} after converting {@code b} into {@code a}'s unit; empty
   * when the units cannot be related.
   */
  static Optional<Integer> compare(Quantity a, Quantity b, UnitConverter converter) {
    if (a.unit().equals(b.unit())) {
      return Optional.of(a.value().compareTo(b.value()));
    }
    Conversion converted = converter.convert(b, a.unit());
    if (converted instanceof Conversion.Converted c) {
      return Optional.of(a.value().compareTo(c.result().value()));
    }
    return Optional.empty();
  }

  /** Whether two quantities are surely equal. */
  static boolean equal(Quantity a, Quantity b, UnitConverter converter) {
    return compare(a, b, converter).map(order -> order == 0).orElse(false);
  }

  /**
   * The observation's value as a quantity (a whole number has unit {@code 1}), or why it is not
   * one: no value, a coded or text result, or a comparator that makes it a range.
   */
  static Value<Quantity> of(ObservationValue value) {
    if (value instanceof ObservationValue.Unusable u) {
      return Value.unknown(u.reason(), java.util.List.of(), Evidence.none());
    }
    if (value instanceof ObservationValue.QuantityValue q) {
      if (q.comparator() != null) {
        return Value.unknown(
            "the value " + q + " is a range, not one number", java.util.List.of(), Evidence.none());
      }
      return Value.known(Quantity.of(q.value(), q.unit()), Evidence.none());
    }
    if (value instanceof ObservationValue.IntegerValue i) {
      return Value.known(Quantity.number(BigDecimal.valueOf(i.value())), Evidence.none());
    }
    if (value == null) {
      return Value.unknown("no value recorded", java.util.List.of(), Evidence.none());
    }
    return Value.unknown(
        "the value " + value + " is not a quantity", java.util.List.of(), Evidence.none());
  }
}
