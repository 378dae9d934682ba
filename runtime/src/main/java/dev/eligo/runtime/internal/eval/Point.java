package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One calendar day of a series of measurements: its value (unknown when the day's counting values
 * differ or cannot be read as one number) and the observations it stands for.
 */
public final class Point {
  private final LocalDate day;
  private final Value<Quantity> value;
  private final List<Observation> observations;
  private final boolean conflicting;
  private final List<RecordRef> refs;
  // The day's records as evidence used: one object for the value, the date and the conflict, so
  // joining them adds nothing.
  private final Evidence used;
  // Fields of a point are read once per run through it; made once, when first read (immutable,
  // so a race between threads only makes one twice).
  private Truth conflict;
  private Value<LocalDate> date;
  // This point as a value from one origin, and its value and date read through it: one immutable
  // object, replaced whole, so that a race between threads only makes one twice.
  private Seen seen;

  private record Seen(Value<Point> point, Value<Quantity> value, Value<LocalDate> date) {}

  Point(LocalDate day, Value<Quantity> value, List<Observation> observations, boolean conflicting) {
    this(day, value, observations, conflicting, Timing.used(observations));
  }

  /** A point whose day's records, as evidence used, are already made (and so shared). */
  Point(
      LocalDate day,
      Value<Quantity> value,
      List<Observation> observations,
      boolean conflicting,
      Evidence used) {
    this.day = Objects.requireNonNull(day, "day");
    this.value = Objects.requireNonNull(value, "value");
    this.observations = List.copyOf(observations);
    this.conflicting = conflicting;
    if (this.observations.size() == 1) {
      this.refs = List.of(this.observations.get(0).ref());
    } else {
      RecordRef[] of = new RecordRef[this.observations.size()];
      for (int i = 0; i < of.length; i++) {
        of[i] = this.observations.get(i).ref();
      }
      this.refs = List.of(of);
    }
    this.used = Objects.requireNonNull(used, "used");
  }

  /**
   * Whether the day's counting values differ, which leaves the point's value unknown; apart from
   * values that are unknown for another reason (a comparator, no number), so that criteria can
   * treat the two differently.
   */
  public Truth conflict() {
    Truth made = conflict;
    if (made == null) {
      made = Truth.of(conflicting, () -> "different values on " + where(), used);
      conflict = made;
    }
    return made;
  }

  /** The day's value, named by the day and its records. */
  public Value<Quantity> value() {
    return value;
  }

  /** The day of the point. */
  public Value<LocalDate> date() {
    Value<LocalDate> made = date;
    if (made == null) {
      made = Value.known(day, used, () -> "date of " + where(), Origin.NONE);
      date = made;
    }
    return made;
  }

  /**
   * This point as a value from where the origin says, as {@link Items#valueOf} makes it: the same
   * object for the same origin, the last one asked being remembered.
   */
  Value<Point> asValue(Origin origin) {
    Seen known = seen;
    if (known == null || known.point().origin() != origin) {
      known = new Seen(Value.known(this, used, origin), null, null);
      seen = known;
    }
    return known.point();
  }

  /**
   * What {@code point.flatMap(Point::value)} gives, made once when {@code point} is this point's
   * {@link #asValue}: a run reads the value of each of its points, and runs overlap.
   */
  static Value<Quantity> valueOf(Value<Point> point) {
    Seen known = point.isKnown() ? point.get().seen : null;
    if (known == null || known.point() != point) {
      return point.flatMap(Point::value);
    }
    if (known.value() == null) {
      known = new Seen(point, point.flatMap(Point::value), known.date());
      point.get().seen = known;
    }
    return known.value();
  }

  /** What {@code point.flatMap(Point::date)} gives, made once as {@link #valueOf} is. */
  static Value<LocalDate> dateOf(Value<Point> point) {
    Seen known = point.isKnown() ? point.get().seen : null;
    if (known == null || known.point() != point) {
      return point.flatMap(Point::date);
    }
    if (known.date() == null) {
      known = new Seen(point, known.value(), point.flatMap(Point::date));
      point.get().seen = known;
    }
    return known.date();
  }

  /** The observations of that day. */
  public List<Observation> observations() {
    return observations;
  }

  LocalDate day() {
    return day;
  }

  List<RecordRef> refs() {
    return refs;
  }

  /** The day's records, as evidence used. */
  Evidence used() {
    return used;
  }

  /** {@code 2026-01-05 (Observation/p3)}. */
  String where() {
    return where(day, observations);
  }

  static String where(LocalDate day, List<Observation> observations) {
    List<String> refs = new ArrayList<>();
    observations.forEach(o -> refs.add(o.ref().toString()));
    return day + " (" + String.join(", ", refs) + ")";
  }

  @Override
  public String toString() {
    return value.shown() + " on " + where();
  }
}
