package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The most recent result of a list, per the data dictionary: by date, then time, then issued. */
final class Latest {
  private Latest() {}

  /** The observations whose date is in [from, to]; those that may or may not be become maybe. */
  static List<Found<Observation>> within(
      List<Found<Observation>> found, LocalDate from, LocalDate to) {
    List<Found<Observation>> in = new ArrayList<>();
    for (Found<Observation> f : found) {
      TruthValue inside = Dated.inWindow(f.item().effective(), from, to);
      if (inside == TruthValue.TRUE) {
        in.add(f);
      } else if (inside == TruthValue.UNKNOWN) {
        in.add(f.atMostMaybe());
      }
    }
    return in;
  }

  /**
   * The latest result, or null when there is none, when an uncertain result may be later, or when
   * two different results tie for latest.
   */
  static Observation of(List<Found<Observation>> found) {
    Observation chosen = null;
    for (Found<Observation> f : found) {
      if (beatenBySure(f.item(), found)) {
        continue;
      }
      if (!f.isSure()) {
        return null;
      }
      if (chosen == null) {
        chosen = f.item();
      } else if (!sameValue(chosen.value(), f.item().value())) {
        return null;
      }
    }
    return chosen;
  }

  private static boolean beatenBySure(Observation o, List<Found<Observation>> found) {
    for (Found<Observation> other : found) {
      if (other.isSure() && before(o, other.item())) {
        return true;
      }
    }
    return false;
  }

  static boolean before(Observation a, Observation b) {
    RecordDate da = a.effective();
    RecordDate db = b.effective();
    if (Dated.before(da, db)) {
      return true;
    }
    if (da == null
        || db == null
        || !da.isFullDate()
        || !db.isFullDate()
        || !da.first().equals(db.first())) {
      return false;
    }
    if (da.time() != null && db.time() != null && !da.time().equals(db.time())) {
      return false;
    }
    return a.issued() != null && b.issued() != null && a.issued().isBefore(b.issued());
  }

  private static boolean sameValue(ObservationValue a, ObservationValue b) {
    if (a instanceof ObservationValue.QuantityValue
        && b instanceof ObservationValue.QuantityValue) {
      ObservationValue.QuantityValue qa = (ObservationValue.QuantityValue) a;
      ObservationValue.QuantityValue qb = (ObservationValue.QuantityValue) b;
      return qa.value().compareTo(qb.value()) == 0
          && Objects.equals(qa.unit(), qb.unit())
          && Objects.equals(qa.comparator(), qb.comparator());
    }
    return Objects.equals(a, b);
  }
}
