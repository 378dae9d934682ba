package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Window;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Time windows next to a date: the screening date S, or any date a criterion names (a registration
 * date, the start of a first treatment). A record with a date is in a window when its date is; a
 * record with a period (a condition from onset to abatement, or to S while not abated; a medication
 * use; a procedure; a participation; a course) when the period overlaps it. Partial dates are
 * three-valued: an item partly in the window is only possible. When the date the window is next to
 * is unknown, every item is only possible.
 */
public final class Windows {
  private Windows() {}

  /** The items in the closed window [S − before, S], by calendar arithmetic. */
  public static <T> Items<T> within(Evaluation ctx, Items<T> items, CalendarDuration before) {
    ScreeningWindow window = ctx.windowBefore(before);
    return filter(items, window.window(), ctx.screeningDate(), window.where());
  }

  /** A window ending on the screening date, and where it is as explanations name it. */
  record ScreeningWindow(Window window, Supplier<String> where) {
    static ScreeningWindow before(LocalDate screening, CalendarDuration length) {
      Window window = Window.before(screening, length);
      return new ScreeningWindow(window, () -> "in " + window);
    }
  }

  /** The items whose date is S or whose period includes S. */
  public static <T> Items<T> atScreening(Evaluation ctx, Items<T> items) {
    LocalDate screening = ctx.screeningDate();
    return filter(items, Window.on(screening), screening, () -> "at " + screening);
  }

  /** The items in [A − length, A]. */
  public static <T> Items<T> before(
      Evaluation ctx, Items<T> items, CalendarDuration length, Value<LocalDate> anchor) {
    return anchored(
        ctx, items, anchor, a -> new Window(length.before(a), a), "in the " + length + " before ");
  }

  /** The items in [A, A + length]. */
  public static <T> Items<T> after(
      Evaluation ctx, Items<T> items, CalendarDuration length, Value<LocalDate> anchor) {
    return anchored(
        ctx, items, anchor, a -> new Window(a, length.after(a)), "in the " + length + " after ");
  }

  /** The items in [A − length, A + length]. */
  public static <T> Items<T> around(
      Evaluation ctx, Items<T> items, CalendarDuration length, Value<LocalDate> anchor) {
    return anchored(
        ctx,
        items,
        anchor,
        a -> new Window(length.before(a), length.after(a)),
        "within " + length + " of ");
  }

  /** The items dated before A (A itself excluded). */
  public static <T> Items<T> beforeDate(Evaluation ctx, Items<T> items, Value<LocalDate> anchor) {
    return anchored(ctx, items, anchor, a -> new Window(LocalDate.MIN, a.minusDays(1)), "before ");
  }

  /** The items dated on or before A. */
  public static <T> Items<T> onOrBefore(Evaluation ctx, Items<T> items, Value<LocalDate> anchor) {
    return anchored(ctx, items, anchor, a -> new Window(LocalDate.MIN, a), "on or before ");
  }

  /** The items dated after A (A itself excluded). */
  public static <T> Items<T> afterDate(Evaluation ctx, Items<T> items, Value<LocalDate> anchor) {
    return anchored(ctx, items, anchor, a -> new Window(a.plusDays(1), LocalDate.MAX), "after ");
  }

  /** The items dated on or after A. */
  public static <T> Items<T> onOrAfter(Evaluation ctx, Items<T> items, Value<LocalDate> anchor) {
    return anchored(ctx, items, anchor, a -> new Window(a, LocalDate.MAX), "on or after ");
  }

  /** The items whose date is A or whose period includes A. */
  public static <T> Items<T> at(Evaluation ctx, Items<T> items, Value<LocalDate> anchor) {
    return anchored(ctx, items, anchor, Window::on, "at ");
  }

  /** The items in [from, to], both included; none when {@code to} comes before {@code from}. */
  public static <T> Items<T> between(
      Evaluation ctx, Items<T> items, Value<LocalDate> from, Value<LocalDate> to) {
    if (from.isKnown() && to.isKnown() && to.get().isBefore(from.get())) {
      return items
          .<T>derive(List.of(), Evidence.none())
          .relabel(
              items.concept(),
              "from " + from.get() + " to " + to.get() + " (which ends before it starts)");
    }
    Value<LocalDate> both = from.isKnown() ? to : from;
    return anchored(
        ctx,
        items,
        both,
        any -> new Window(from.get(), to.get()),
        "from " + (from.isKnown() ? from.get() : from.describe()) + " to ");
  }

  /**
   * The items dated within the period of a record (a course, a medication use, an episode): from
   * its first day to its last, or to S while it is ongoing.
   */
  public static <T> Items<T> during(Evaluation ctx, Items<T> items, Value<?> period) {
    if (!period.isKnown()) {
      return allPossible(items, "during " + period.describe(), period);
    }
    Object record = period.get();
    RecordPeriod span = Timing.hasPeriod(record) ? Timing.period(record) : null;
    RecordDate day = span == null ? Timing.date(record) : null;
    LocalDate first = span != null ? span.start().first() : day == null ? null : day.first();
    LocalDate last =
        span != null
            ? (span.isOngoing() ? ctx.screeningDate() : span.end().last())
            : day == null ? null : day.last();
    if (first == null || last == null || last.isBefore(first)) {
      return allPossible(
          items,
          "during " + Show.of(record) + " (whose dates cannot be read)",
          Value.unknown("no dates", List.of(), Evidence.none()));
    }
    return filter(
        items, new Window(first, last), ctx.screeningDate(), () -> "during " + Show.of(record));
  }

  private interface WindowAt {
    Window at(LocalDate anchor);
  }

  private static <T> Items<T> anchored(
      Evaluation ctx, Items<T> items, Value<LocalDate> anchor, WindowAt window, String where) {
    if (!anchor.isKnown()) {
      return allPossible(items, where + anchor.describe(), anchor);
    }
    LocalDate a = anchor.get();
    return filter(items, window.at(a), ctx.screeningDate(), () -> where + a);
  }

  // The date a window is next to is unknown: each item may or may not be in it.
  private static <T> Items<T> allPossible(Items<T> items, String where, Value<?> anchor) {
    List<Member<T>> kept = new ArrayList<>();
    for (Member<T> m : items.members()) {
      kept.add(
          m.atMostPossible(
              "the window depends on " + anchor.describe() + ", which is unknown",
              anchor.missing()));
    }
    return items.derive(kept, anchor.evidence()).relabel(items.concept(), where);
  }

  private static <T> Items<T> filter(
      Items<T> items, Window window, LocalDate screening, Supplier<String> where) {
    List<Member<T>> kept = new ArrayList<>(items.members().size());
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      Object item = m.item();
      TruthValue inside;
      if (Timing.hasPeriod(item)) {
        inside = window.overlaps(Timing.periodAsOf(item, screening), screening);
      } else {
        inside = window.contains(Timing.date(item));
      }
      if (inside == TruthValue.TRUE) {
        kept.add(m);
      } else if (inside == TruthValue.UNKNOWN) {
        kept.add(
            m.atMostPossible(
                () -> when(item, screening) + " may or may not be " + where.get(),
                List.of(new Missing(items.concept(), where.get()))));
      }
    }
    return items.deriveAt(where, kept, Evidence.none());
  }

  /**
   * What of an item decides whether it is in a window: {@code its period 2026-01-01 to ongoing}.
   */
  private static String when(Object item, LocalDate screening) {
    if (Timing.hasPeriod(item)) {
      RecordPeriod period = Timing.periodAsOf(item, screening);
      if (period == null) {
        return "no dates recorded";
      }
      return Timing.endedOnAnUnrecordedDay(item, screening)
          ? "its period from " + period.start() + " to an end the record does not give"
          : "its period " + period;
    }
    RecordDate date = Timing.date(item);
    return date == null ? "no date recorded" : "its date " + date;
  }
}
