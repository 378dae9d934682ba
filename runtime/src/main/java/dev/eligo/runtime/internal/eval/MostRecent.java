package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the most recent (or the earliest) item of a list per the data dictionary: by date, then
 * time, then {@code issued}. Items that cannot be put in order (the same instant, a partial date
 * spanning the other) tie; tied items with different values leave the result unknown, showing
 * them all. A possible item that may be more recent than the definite ones leaves it unknown too.
 */
final class MostRecent {
  private MostRecent() {}

  static <T> Value<T> pick(Items<T> items, boolean latest) {
    String label = (latest ? "latest " : "earliest ") + items.label();
    Origin origin = items.origin().from(items.missing());
    List<Member<T>> definite = new ArrayList<>();
    List<Member<T>> uncertain = new ArrayList<>();
    for (Member<T> m : items.members()) {
      (m.isDefinite() ? definite : uncertain).add(m);
    }
    List<Member<T>> best = new ArrayList<>();
    for (Member<T> m : definite) {
      if (definite.stream().noneMatch(other -> beats(other.item(), m.item(), latest))) {
        best.add(m);
      }
    }
    List<Member<T>> rivals = new ArrayList<>();
    for (Member<T> u : uncertain) {
      if (definite.stream().noneMatch(d -> beats(d.item(), u.item(), latest))) {
        rivals.add(u);
      }
    }
    Evidence evidence = items.evidence().and(Timing.used(itemsOf(best)));
    if (best.isEmpty() && rivals.isEmpty()) {
      return Value.<T>unknown("none recorded", List.of(items.missing()), evidence)
          .labelled(label).withOrigin(origin);
    }
    if (!rivals.isEmpty()) {
      List<Missing> missing = new ArrayList<>();
      rivals.forEach(r -> missing.addAll(r.missing()));
      String reason = (best.isEmpty() ? "only uncertain records: " : "an uncertain record may be "
          + (latest ? "more recent" : "earlier") + ": ") + Show.items(items.derive(rivals, Evidence.none()));
      return Value.<T>unknown(reason, missing.isEmpty() ? List.of(items.missing()) : missing, evidence)
          .labelled(label).withOrigin(origin);
    }
    T chosen = best.get(0).item();
    for (Member<T> m : best) {
      if (!sameValue(chosen, m.item())) {
        return Value.<T>unknown("different values at the same time: "
                + Show.items(items.derive(best, Evidence.none())),
            List.of(items.missing()), evidence).labelled(label).withOrigin(origin);
      }
    }
    return Value.known(chosen, evidence).labelled(label).withOrigin(origin);
  }

  /** Whether {@code a} is surely more recent (or, for earliest, surely earlier) than {@code b}. */
  static boolean beats(Object a, Object b, boolean latest) {
    return latest ? before(b, a) : before(a, b);
  }

  /** Whether {@code a} surely happened before {@code b}: by date, then time, then issued. */
  static boolean before(Object a, Object b) {
    RecordDate da = Timing.date(a);
    RecordDate db = Timing.date(b);
    if (da == null || db == null) {
      return false;
    }
    if (da.last().isBefore(db.first())) {
      return true;
    }
    if (!da.isFullDate() || !db.isFullDate() || !da.first().equals(db.first())) {
      return false;
    }
    if (da.time() != null && db.time() != null && !da.time().equals(db.time())) {
      return da.time().isBefore(db.time());
    }
    Instant ia = Timing.issued(a);
    Instant ib = Timing.issued(b);
    return ia != null && ib != null && ia.isBefore(ib);
  }

  /** Whether two tied items say the same: observations by value, other items by identity. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Observation oa && b instanceof Observation ob) {
      return sameValue(oa.value(), ob.value());
    }
    return a.equals(b);
  }

  private static boolean sameValue(ObservationValue a, ObservationValue b) {
    if (a instanceof ObservationValue.QuantityValue qa && b instanceof ObservationValue.QuantityValue qb) {
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
