package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Picks the most recent (or the earliest) item of a list per the data dictionary: by date, then
 * time, then {@code issued}. Items that cannot be put in order (the same instant, a partial date
 * spanning the other) tie; tied items with different values leave the result unknown, showing them
 * all. A possible item that may be more recent than the definite ones leaves it unknown too.
 */
final class MostRecent {
  private MostRecent() {}

  static <T> Value<T> pick(Items<T> items, boolean latest) {
    Supplier<String> label = () -> (latest ? "latest " : "earliest ") + items.label();
    Origin origin = items.origin().from(items);
    List<Member<T>> members = items.members();
    List<Member<T>> best;
    List<Member<T>> rivals;
    if (members.size() == 1) {
      // An item is never surely more recent (or earlier) than itself.
      Member<T> only = members.get(0);
      best = only.isDefinite() ? members : List.of();
      rivals = only.isDefinite() ? List.of() : members;
    } else {
      Front front = new Front(members, latest);
      best = new ArrayList<>(1);
      rivals = new ArrayList<>(0);
      for (int i = 0; i < members.size(); i++) {
        Member<T> m = members.get(i);
        if (!front.beats(m.item())) {
          (m.isDefinite() ? best : rivals).add(m);
        }
      }
    }
    Evidence evidence =
        items
            .evidence()
            .and(
                best.size() == 1
                    ? Timing.usedItem(best.get(0).item())
                    : Timing.used(itemsOf(best)));
    if (best.isEmpty() && rivals.isEmpty()) {
      return Value.unknown("none recorded", List.of(items.missing()), evidence, label, origin);
    }
    if (!rivals.isEmpty()) {
      List<Missing> missing = new ArrayList<>();
      rivals.forEach(r -> missing.addAll(r.missing()));
      Supplier<String> reason =
          () ->
              (best.isEmpty()
                      ? "only uncertain records: "
                      : "an uncertain record may be " + (latest ? "more recent" : "earlier") + ": ")
                  + Show.members(rivals);
      return Value.unknown(
          reason, missing.isEmpty() ? List.of(items.missing()) : missing, evidence, label, origin);
    }
    T chosen = best.get(0).item();
    for (int i = 0; i < best.size(); i++) {
      Member<T> m = best.get(i);
      if (!sameValue(chosen, m.item())) {
        Supplier<String> reason = () -> "different values at the same time: " + Show.members(best);
        return Value.unknown(reason, List.of(items.missing()), evidence, label, origin);
      }
    }
    return Value.known(chosen, evidence, label, origin);
  }

  /**
   * What the definite items of a list are in time, so that whether any of them is surely more
   * recent (or, for earliest, earlier) than a given item is told without comparing every pair:
   * lists may hold thousands of items, many of them on one day.
   */
  private static final class Front {
    private final boolean latest;

    /** Latest: the latest first day of a definite item; earliest: the earliest last day. */
    private LocalDate edge;

    /**
     * Of the definite items dated exactly on {@link #edge}: the latest (or earliest) time of day.
     */
    private LocalTime edgeTime;

    /** Their latest (or earliest) issued, among those without a time of day. */
    private Instant issuedWithoutTime;

    /**
     * Their latest (or earliest) issued, among those at {@link #edgeTime}: the only time of day at
     * which issued can decide, an item at an earlier time being beaten by the time alone.
     */
    private Instant issuedAtEdgeTime;

    /** Their latest (or earliest) issued, whatever the time. */
    private Instant issuedAny;

    /** What the definite members of {@code members} are in time. */
    <T> Front(List<Member<T>> members, boolean latest) {
      this.latest = latest;
      for (int i = 0; i < members.size(); i++) {
        Member<T> m = members.get(i);
        if (!m.isDefinite()) {
          continue;
        }
        RecordDate d = Timing.date(m.item());
        if (d != null) {
          LocalDate end = latest ? d.first() : d.last();
          if (edge == null || (latest ? end.isAfter(edge) : end.isBefore(edge))) {
            edge = end;
          }
        }
      }
      for (int i = 0; i < members.size(); i++) {
        Member<T> m = members.get(i);
        RecordDate d = Timing.date(m.item());
        if (!m.isDefinite() || d == null || !d.isFullDate() || !d.first().equals(edge)) {
          continue;
        }
        if (d.time() != null && (edgeTime == null || later(d.time(), edgeTime))) {
          edgeTime = d.time();
          issuedAtEdgeTime = null; // what was issued at the earlier time no longer decides
        }
        Instant issued = Timing.issued(m.item());
        if (issued != null) {
          issuedAny = most(issuedAny, issued);
          if (d.time() == null) {
            issuedWithoutTime = most(issuedWithoutTime, issued);
          } else if (d.time().equals(edgeTime)) {
            issuedAtEdgeTime = most(issuedAtEdgeTime, issued);
          }
        }
      }
    }

    /** Whether some definite item is surely more recent (earliest: earlier) than {@code item}. */
    boolean beats(Object item) {
      RecordDate d = Timing.date(item);
      if (d == null || edge == null) {
        return false;
      }
      if (latest ? d.last().isBefore(edge) : d.first().isAfter(edge)) {
        return true;
      }
      if (!d.isFullDate() || !d.first().equals(edge)) {
        return false;
      }
      if (d.time() != null && edgeTime != null && later(edgeTime, d.time())) {
        return true;
      }
      Instant issued = Timing.issued(item);
      if (issued == null) {
        return false;
      }
      // Issued orders items whose times do not: either has none, or both have the same. Here an
      // item's time is at or after edgeTime, and no definite item is after it.
      Instant rival =
          d.time() == null
              ? issuedAny
              : most(issuedWithoutTime, d.time().equals(edgeTime) ? issuedAtEdgeTime : null);
      return rival != null && later(rival, issued);
    }

    private boolean later(LocalTime a, LocalTime b) {
      return latest ? a.isAfter(b) : a.isBefore(b);
    }

    private boolean later(Instant a, Instant b) {
      return latest ? a.isAfter(b) : a.isBefore(b);
    }

    private Instant most(Instant a, Instant b) {
      if (a == null) {
        return b;
      }
      return b == null || !later(b, a) ? a : b;
    }
  }

  /** Whether two tied items say the same: observations by value, other items by identity. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Observation oa && b instanceof Observation ob) {
      return sameValue(oa.value(), ob.value());
    }
    return a.equals(b);
  }

  private static boolean sameValue(ObservationValue a, ObservationValue b) {
    if (a instanceof ObservationValue.QuantityValue qa
        && b instanceof ObservationValue.QuantityValue qb) {
      return qa.value().compareTo(qb.value()) == 0
          && java.util.Objects.equals(qa.unit(), qb.unit())
          && java.util.Objects.equals(qa.comparator(), qb.comparator());
    }
    return java.util.Objects.equals(a, b);
  }

  private static <T> List<T> itemsOf(List<Member<T>> members) {
    List<T> result = new ArrayList<>();
    members.forEach(m -> result.add(m.item()));
    return result;
  }
}
