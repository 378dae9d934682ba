package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The point of a series with the lowest (or highest) value. Equal values keep the earliest point. A
 * point whose value is unknown or cannot be compared, or an uncertain point that could be lower,
 * leaves the result unknown.
 */
final class Extremes {
  private Extremes() {}

  static Value<Point> pick(Items<Point> points, boolean lowest) {
    Supplier<String> label = () -> (lowest ? "lowest " : "highest ") + points.label();
    Origin origin = points.origin().from(points);
    UnitConverter converter = origin.converter();
    Point best = null;
    List<String> problems = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    List<Member<Point>> members = points.members();
    for (int i = 0; i < members.size(); i++) {
      Member<Point> m = members.get(i);
      Point p = m.item();
      if (!p.value().isKnown()) {
        problems.add(p + (m.isDefinite() ? "" : " [" + m.reason() + "]"));
        missing.addAll(p.value().missing());
        missing.addAll(m.missing());
        continue;
      }
      if (!m.isDefinite()) {
        continue;
      }
      if (best == null) {
        best = p;
        continue;
      }
      Optional<Integer> order =
          QuantityMath.compare(p.value().get(), best.value().get(), converter);
      if (order.isEmpty()) {
        problems.add(p + " (unit cannot be compared with " + best.value().shown() + ")");
      } else if (lowest ? order.get() < 0 : order.get() > 0) {
        best = p;
      }
    }
    for (int i = 0; i < members.size(); i++) {
      Member<Point> m = members.get(i);
      if (!m.isDefinite()
          && m.item().value().isKnown()
          && (best == null || !surelyWorse(m.item().value().get(), best, lowest, converter))) {
        problems.add(m.item() + " [" + m.reason() + "]");
        missing.addAll(m.missing());
      }
    }
    Evidence evidence =
        best == null ? points.evidence() : points.evidence().and(Timing.usedItem(best));
    if (best == null && problems.isEmpty()) {
      return Value.unknown("none recorded", List.of(points.missing()), evidence, label, origin);
    }
    if (!problems.isEmpty()) {
      return Value.unknown(
          "cannot tell because of " + String.join("; ", problems),
          missing.isEmpty() ? List.of(points.missing()) : missing,
          evidence,
          label,
          origin);
    }
    return Value.known(best, evidence, label, origin);
  }

  private static boolean surelyWorse(
      Quantity value, Point best, boolean lowest, UnitConverter converter) {
    Optional<Integer> order = QuantityMath.compare(value, best.value().get(), converter);
    return order.isPresent() && (lowest ? order.get() >= 0 : order.get() <= 0);
  }
}
