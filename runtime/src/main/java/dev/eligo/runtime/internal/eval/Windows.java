package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import dev.eligo.runtime.result.TruthValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Time windows relative to the screening date S. A record with a date is in a window when its
 * date is; a record with a period (a condition from onset to abatement, or to S while not
 * abated; a medication use; a procedure; a participation; a course) when the period overlaps it.
 * Partial dates are three-valued: an item partly in the window is only possible.
 */
public final class Windows {
  private Windows() {}

  /** The items in the closed window [S − before, S], by calendar arithmetic. */
  public static <T> Items<T> within(Evaluation ctx, Items<T> items, CalendarDuration before) {
    Window window = Window.before(ctx.screeningDate(), before);
    return filter(items, window, ctx.screeningDate(), () -> "in " + window);
  }

  /** The items whose date is S or whose period includes S. */
  public static <T> Items<T> atScreening(Evaluation ctx, Items<T> items) {
    LocalDate screening = ctx.screeningDate();
    return filter(items, Window.on(screening), screening, () -> "at " + screening);
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
        inside = window.overlaps(Timing.period(item), screening);
      } else {
        inside = window.contains(Timing.date(item));
      }
      if (inside == TruthValue.TRUE) {
        kept.add(m);
      } else if (inside == TruthValue.UNKNOWN) {
        kept.add(m.atMostPossible(() -> when(item) + " may or may not be " + where.get(),
            List.of(new Missing(items.concept(), where.get()))));
      }
    }
    return items.deriveAt(where, kept, Evidence.none());
  }

  /** What of an item decides whether it is in a window: {@code its period 2026-01-01 to ongoing}. */
  private static String when(Object item) {
    if (Timing.hasPeriod(item)) {
      RecordPeriod period = Timing.period(item);
      return period == null ? "no dates recorded" : "its period " + period;
    }
    RecordDate date = Timing.date(item);
    return date == null ? "no date recorded" : "its date " + date;
  }
}
