package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measurements as a time series: one point per calendar day, in time order. Values of the same
 * day count once when equal; when they differ the day's value is unknown, so any run through it
 * is unknown. A measurement without a single day cannot be placed and is only a possible point.
 */
public final class Series {
  private Series() {}

  /** The points of the observations, oldest first. */
  public static Items<Point> of(Items<Observation> observations) {
    UnitConverter converter = observations.origin().converter();
    ObservationConcept concept = observations.origin().concept();
    String unit = concept == null ? null : concept.unit();
    Map<LocalDate, List<Member<Observation>>> byDay = new TreeMap<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Member<Observation> m : observations.members()) {
      RecordDate date = m.item().effective();
      if (date == null) {
        evidence.add(Evidence.ignored(m.item().ref(), "no date, so it cannot be placed in a series"));
        continue;
      }
      Member<Observation> placed = date.isFullDate()
          ? m
          : m.atMostPossible("its date " + date + " is not a single day", List.of());
      byDay.computeIfAbsent(date.first(), d -> new ArrayList<>()).add(placed);
    }
    List<Member<Point>> points = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Member<Observation>>> day : byDay.entrySet()) {
      points.add(point(observations.concept(), day.getKey(), day.getValue(), converter, unit));
    }
    return observations.derive(points, Evidence.merge(evidence));
  }

  /** The points of a series at or before the given point. */
  public static Items<Point> upTo(Items<Point> series, Value<Point> point) {
    if (!point.isKnown()) {
      List<Member<Point>> uncertain = new ArrayList<>();
      for (Member<Point> m : series.members()) {
        uncertain.add(m.atMostPossible("it may be after " + point.describe(), point.missing()));
      }
      return series.derive(uncertain, point.evidence());
    }
    LocalDate last = point.get().day();
    List<Member<Point>> kept = new ArrayList<>();
    for (Member<Point> m : series.members()) {
      if (!m.item().day().isAfter(last)) {
        kept.add(m);
      }
    }
    return series.derive(kept, Evidence.none()).relabel(series.concept(),
        "at or before " + point.get().where());
  }

  private static Member<Point> point(String concept, LocalDate day, List<Member<Observation>> members,
      UnitConverter converter, String unit) {
    List<Observation> observations = new ArrayList<>();
    members.forEach(m -> observations.add(m.item()));
    String label = concept + " on " + Point.where(day, observations);
    Evidence used = Timing.used(observations);
    Value<Quantity> value = dayValue(members, converter, unit).withEvidence(used).labelled(label);
    boolean conflicting = !value.isKnown() && value.reason().startsWith(DIFFERENT_VALUES);
    Point point = new Point(day, value, observations, conflicting);
    List<Member<Observation>> uncertain = new ArrayList<>();
    members.stream().filter(m -> !m.isDefinite()).forEach(uncertain::add);
    if (uncertain.size() < members.size()) {
      return Member.definite(point);
    }
    List<String> reasons = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    uncertain.forEach(m -> {
      reasons.add(m.reason());
      missing.addAll(m.missing());
    });
    return Member.possible(point, String.join("; ", reasons), missing);
  }

  private static Value<Quantity> inUnit(Quantity quantity, String unit, UnitConverter converter) {
    Conversion conversion = converter.convert(quantity, unit);
    if (conversion instanceof Conversion.Converted converted) {
      String shown = converted.result().unit().equals(quantity.unit())
          ? converted.result().toString()
          : converted.result() + " (written " + quantity + ")";
      return Value.known(converted.result(), shown, Evidence.none());
    }
    return Value.unknown(((Conversion.NotConvertible) conversion).reason(), List.of(), Evidence.none());
  }

  private static final String DIFFERENT_VALUES = "different values on the same day: ";

  /** The one value of a day, or why there is none. */
  // Values are read in the concept's unit, so that a value in a unit that cannot be converted
  // (PSA in %) is an unknown point, like a comparator, rather than a point no comparison can use.
  private static Value<Quantity> dayValue(List<Member<Observation>> members, UnitConverter converter,
      String unit) {
    Value<Quantity> first = null;
    List<String> shown = new ArrayList<>();
    boolean differ = false;
    for (Member<Observation> m : members) {
      Observation o = m.item();
      Value<Quantity> value = QuantityMath.of(o.value());
      shown.add(o.value() + " (" + o.ref() + (m.isDefinite() ? "" : ", " + m.reason()) + ")");
      if (value.isKnown() && unit != null && !value.get().unit().equals("1")) {
        value = inUnit(value.get(), unit, converter);
      }
      if (!value.isKnown()) {
        return Value.unknown(value.reason() + " (" + o.ref() + ")", List.of(), Evidence.none());
      }
      if (first == null) {
        first = value;
      } else if (!QuantityMath.equal(first.get(), value.get(), converter)) {
        differ = true;
      }
    }
    if (differ) {
      return Value.unknown(DIFFERENT_VALUES + String.join(", ", shown),
          List.of(), Evidence.none());
    }
    return first;
  }
}
