package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parts of one measurement read together: the diastolic pressure taken with a systolic one. FHIR
 * sends them either as components of one Observation (a blood pressure panel) or as separate
 * Observations of the same instant; both are read, and nothing is paired by its day alone.
 */
public final class Readings {
  private Readings() {}

  /**
   * The item of {@code list} measured with {@code reading}: a component of the same Observation,
   * else a separate Observation of the same date and time of day. Unknown when there is none, when
   * the reading's record gives no time of day (so the partner of a separate reading cannot be
   * told), when the partner only may belong to the list, or when several partners differ.
   */
  public static Value<Observation> measuredWith(
      Value<Observation> reading, Items<Observation> list) {
    Supplier<String> label =
        () ->
            list.concept()
                + " measured with "
                + (reading.isKnown() ? reading.get().ref().toString() : reading.label());
    if (!reading.isKnown()) {
      return Value.<Observation>unknown(reading.shown(), reading.missing(), reading.evidence())
          .labelled(label);
    }
    Observation o = reading.get();
    List<Member<Observation>> sameRecord = new ArrayList<>();
    List<Member<Observation>> sameInstant = new ArrayList<>();
    RecordDate when = o.effective();
    boolean timed = when != null && when.isFullDate() && when.time() != null;
    for (Member<Observation> m : list.members()) {
      Observation item = m.item();
      if (item.ref().equals(o.ref())) {
        sameRecord.add(m);
      } else if (timed && when.equals(item.effective())) {
        sameInstant.add(m);
      }
    }
    Evidence evidence = reading.evidence().and(list.evidence());
    List<Member<Observation>> partners = sameRecord.isEmpty() ? sameInstant : sameRecord;
    if (partners.isEmpty()) {
      String why =
          timed
              ? "none recorded with " + o.ref() + " (a component of it, or at " + when + ")"
              : "which one was measured with "
                  + o.ref()
                  + " cannot be told: it is not a component of that record, and "
                  + (when == null ? "the record has no date" : "the record gives no time of day");
      return Value.<Observation>unknown(why, List.of(list.missing()), evidence).labelled(label);
    }
    return partner(partners, list, evidence).labelled(label);
  }

  private static Value<Observation> partner(
      List<Member<Observation>> partners, Items<Observation> list, Evidence evidence) {
    Member<Observation> first = partners.get(0);
    for (Member<Observation> m : partners) {
      if (!m.isDefinite()) {
        return Value.unknown(
            Show.of(m.item()) + " may not count: " + m.reason(), m.missing(), evidence);
      }
      if (!sameValue(m.item(), first.item())) {
        return Value.unknown(
            "several recorded with it, with different values: " + Show.members(partners),
            List.of(list.missing()),
            evidence);
      }
    }
    return list.valueOf(first.item());
  }

  private static boolean sameValue(Observation a, Observation b) {
    return a.value() == null ? b.value() == null : a.value().equals(b.value());
  }
}
