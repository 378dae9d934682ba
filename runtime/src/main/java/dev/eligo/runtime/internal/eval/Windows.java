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
    return filter(items, window, ctx.screeningDate(), "in " + window);
  }

  /** The items whose date is S or whose period includes S. */
  public static <T> Items<T> atScreening(Evaluation ctx, Items<T> items) {
    return filter(items, Window.on(ctx.screeningDate()), ctx.screeningDate(),
        "at " + ctx.screeningDate());
  }

  private static <T> Items<T> filter(Items<T> items, Window window, LocalDate screening, String where) {
    List<Member<T>> kept = new ArrayList<>();
    Missing missing = new Missing(items.concept(), where);
    for (Member<T> m : items.members()) {
      Object item = m.item();
      TruthValue inside;
      String when;
      if (Timing.hasPeriod(item)) {
        RecordPeriod period = Timing.period(item);
        inside = window.overlaps(period, screening);
        when = period == null ? "no dates recorded" : "its period " + period;
      } else {
        RecordDate date = Timing.date(item);
        inside = window.contains(date);
        when = date == null ? "no date recorded" : "its date " + date;
      }
      if (inside == TruthValue.TRUE) {
        kept.add(m);
      } else if (inside == TruthValue.UNKNOWN) {
        kept.add(m.atMostPossible(when + " may or may not be " + where, List.of(missing)));
      }
    }
    return items.derive(kept, Evidence.none()).relabel(items.concept(), where);
  }
}
