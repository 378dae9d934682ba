package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Conversion;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.quantity.UnitConverter;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Measurements as a time series: one point per calendar day, in time order. Values of the same day
 * count once when equal; when they differ the day's value is unknown, so any run through it is
 * unknown. A measurement without a single day cannot be placed and is only a possible point.
 */
public final class Series {
  private Series() {}

  /** The points of the observations, oldest first. */
  public static Items<Point> of(Items<Observation> observations) {
    UnitConverter converter = observations.origin().converter();
    ObservationConcept concept = observations.origin().concept();
    String unit = concept == null ? null : concept.unit();
    List<Member<Observation>> members = observations.members();
    if (inDayOrder(members)) {
      // Lists are read in date order: each day's measurements are already together.
      List<Member<Point>> points = new ArrayList<>(members.size());
      int start = 0;
      for (int i = 1; i <= members.size(); i++) {
        LocalDate day = members.get(start).item().effective().first();
        if (i == members.size() || !members.get(i).item().effective().first().equals(day)) {
          points.add(point(observations, day, members.subList(start, i), converter, unit));
          start = i;
        }
      }
      return observations.derive(points, Evidence.none());
    }
    Map<LocalDate, List<Member<Observation>>> byDay = new TreeMap<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Member<Observation> m : observations.members()) {
      RecordDate date = m.item().effective();
      if (date == null) {
        evidence.add(
            Evidence.ignored(m.item().ref(), "no date, so it cannot be placed in a series"));
        continue;
      }
      Member<Observation> placed =
          date.isFullDate()
              ? m
              : m.atMostPossible(() -> "its date " + date + " is not a single day", List.of());
      byDay.computeIfAbsent(date.first(), d -> new ArrayList<>()).add(placed);
    }
    List<Member<Point>> points = new ArrayList<>(byDay.size());
    for (Map.Entry<LocalDate, List<Member<Observation>>> day : byDay.entrySet()) {
      points.add(point(observations, day.getKey(), day.getValue(), converter, unit));
    }
    return observations.derive(points, Evidence.merge(evidence));
  }

  /** The points of a series at or before the given point. */
  public static Items<Point> upTo(Items<Point> series, Value<Point> point) {
    if (!point.isKnown()) {
      List<Member<Point>> uncertain = new ArrayList<>();
      List<Member<Point>> members = series.members();
      for (int i = 0; i < members.size(); i++) {
        Member<Point> m = members.get(i);
        uncertain.add(
            m.atMostPossible(() -> "it may be after " + point.describe(), point.missing()));
      }
      return series.derive(uncertain, point.evidence());
    }
    return series.derived(point.get(), Series::upTo);
  }

  private static Items<Point> upTo(Items<Point> series, Point upTo) {
    LocalDate last = upTo.day();
    List<Member<Point>> kept = new ArrayList<>(series.members().size());
    List<Member<Point>> members = series.members();
    for (int i = 0; i < members.size(); i++) {
      Member<Point> m = members.get(i);
      if (!m.item().day().isAfter(last)) {
        kept.add(m);
      }
    }
    return series.deriveAt(() -> "at or before " + upTo.where(), kept, Evidence.none());
  }

  /** Whether every item has a single day, and none comes before the one before it. */
  private static boolean inDayOrder(List<Member<Observation>> members) {
    LocalDate previous = null;
    for (int i = 0; i < members.size(); i++) {
      RecordDate date = members.get(i).item().effective();
      if (date == null || !date.isFullDate()) {
        return false;
      }
      if (previous != null && date.first().isBefore(previous)) {
        return false;
      }
      previous = date.first();
    }
    return true;
  }

  private static Member<Point> point(
      Items<Observation> series,
      LocalDate day,
      List<Member<Observation>> members,
      UnitConverter converter,
      String unit) {
    // Nearly every day has one measurement.
    List<Observation> observations;
    if (members.size() == 1) {
      observations = List.of(members.get(0).item());
    } else {
      List<Observation> all = new ArrayList<>(members.size());
      members.forEach(m -> all.add(m.item()));
      observations = List.copyOf(all);
    }
    Evidence used = Timing.used(observations);
    DayValue read = dayValue(members, converter, unit);
    Value<Quantity> value =
        read.value()
            .labelled(() -> series.concept() + " on " + Point.where(day, observations), used);
    Point point = new Point(day, value, observations, read.conflicting(), used);
    List<Member<Observation>> uncertain = new ArrayList<>(0);
    for (int i = 0; i < members.size(); i++) {
      if (!members.get(i).isDefinite()) {
        uncertain.add(members.get(i));
      }
    }
    if (uncertain.size() < members.size()) {
      return Member.definite(point);
    }
    List<Missing> missing = new ArrayList<>();
    uncertain.forEach(m -> missing.addAll(m.missing()));
    return Member.possible(
        point,
        () -> {
          List<String> reasons = new ArrayList<>();
          uncertain.forEach(m -> reasons.add(m.reason()));
          return String.join("; ", reasons);
        },
        missing);
  }

  private static Value<Quantity> inUnit(Quantity quantity, String unit, UnitConverter converter) {
    Conversion conversion = converter.convert(quantity, unit);
    if (conversion instanceof Conversion.Converted converted) {
      Quantity result = converted.result();
      Supplier<String> shown =
          () ->
              result.unit().equals(quantity.unit())
                  ? result.toString()
                  : result + " (written " + quantity + ")";
      return Value.known(result, shown, Evidence.none());
    }
    return Value.unknown(
        ((Conversion.NotConvertible) conversion).reason(), List.of(), Evidence.none());
  }

  private static final String DIFFERENT_VALUES = "different values on the same day: ";

  /** The one value of a day, and whether it is unknown because the day's values differ. */
  private record DayValue(Value<Quantity> value, boolean conflicting) {}

  /** The one value of a day, or why there is none. */
  // Values are read in the concept's unit, so that a value in a unit that cannot be converted
  // (PSA in %) is an unknown point, like a comparator, rather than a point no comparison can use.
  private static DayValue dayValue(
      List<Member<Observation>> members, UnitConverter converter, String unit) {
    Value<Quantity> first = null;
    boolean differ = false;
    for (int i = 0; i < members.size(); i++) {
      Member<Observation> m = members.get(i);
      Observation o = m.item();
      Value<Quantity> value = QuantityMath.of(o.value());
      if (value.isKnown() && unit != null && !value.get().unit().equals("1")) {
        value = inUnit(value.get(), unit, converter);
      }
      if (!value.isKnown()) {
        Value<Quantity> unknown = value;
        return new DayValue(
            Value.unknown(
                () -> unknown.reason() + " (" + o.ref() + ")", List.of(), Evidence.none()),
            false);
      }
      if (first == null) {
        first = value;
      } else if (!QuantityMath.equal(first.get(), value.get(), converter)) {
        differ = true;
      }
    }
    if (differ) {
      return new DayValue(
          Value.unknown(() -> DIFFERENT_VALUES + shown(members), List.of(), Evidence.none()), true);
    }
    return new DayValue(first, false);
  }

  /** The values of a day as they were written, with their records. */
  private static String shown(List<Member<Observation>> members) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<Observation> m = members.get(i);
      Observation o = m.item();
      shown.add(o.value() + " (" + o.ref() + (m.isDefinite() ? "" : ", " + m.reason()) + ")");
    }
    return String.join(", ", shown);
  }
}
