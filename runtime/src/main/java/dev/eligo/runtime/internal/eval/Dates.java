package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Time between dates of the record. */
public final class Dates {
  private Dates() {}

  /** The time from one date to another, as {@link java.time.Period} counts it. */
  public static Value<Elapsed> between(Value<LocalDate> from, Value<LocalDate> to) {
    Supplier<String> label = () -> "time from " + name(from) + " to " + name(to);
    Evidence evidence = from.evidence().and(to.evidence());
    if (!from.isKnown() || !to.isKnown()) {
      List<Missing> missing = new ArrayList<>(from.missing());
      missing.addAll(to.missing());
      Supplier<String> reason = !from.isKnown() ? from::describe : to::describe;
      return Value.<Elapsed>unknown(reason, missing, evidence).labelled(label);
    }
    Elapsed elapsed = Elapsed.between(from.get(), to.get());
    return Value.known(
            elapsed, () -> elapsed + " (" + from.get() + " to " + to.get() + ")", evidence)
        .labelled(label);
  }

  /** A date a calendar duration later: {@code @2026-01-31 + 1 months} is 28 February. */
  /** A date written in the criteria file: {@code @2026-01-31}. */
  public static Value<LocalDate> constant(int year, int month, int day) {
    return Value.of(LocalDate.of(year, month, day));
  }

  public static Value<LocalDate> plus(Value<LocalDate> date, CalendarDuration duration) {
    return date.map(duration::after).labelled(() -> name(date) + " + " + duration);
  }

  /** A date a calendar duration earlier: 31 May - 3 months is 28 February. */
  public static Value<LocalDate> minus(Value<LocalDate> date, CalendarDuration duration) {
    return date.map(duration::before).labelled(() -> name(date) + " - " + duration);
  }

  private static String name(Value<LocalDate> date) {
    return date.hasLabel() ? date.label() : date.shown();
  }

  /**
   * A measured span as a number of units: {@code age in years} (whole years), {@code (b - a) in
   * days}; weeks are days / 7. Unknown when the span is, or when its start is known only as an
   * interval whose days give different numbers.
   */
  public static Value<Quantity> numberOf(ChronoUnit unit, Value<Elapsed> span) {
    String label =
        span.label().isEmpty()
            ? span.shown() + " in " + unitName(unit)
            : span.label() + " in " + unitName(unit);
    return span.flatMap(
            s ->
                s.in(unit)
                    .map(n -> Value.known(Quantity.number(n), n.toPlainString(), Evidence.none()))
                    .orElseGet(
                        () ->
                            Value.unknown(
                                "the number of "
                                    + unitName(unit)
                                    + " depends on a date known only as "
                                    + "an interval ("
                                    + s
                                    + ")",
                                List.of(),
                                Evidence.none())))
        .labelled(label);
  }

  private static String unitName(ChronoUnit unit) {
    return unit.name().toLowerCase(java.util.Locale.ROOT);
  }
}
