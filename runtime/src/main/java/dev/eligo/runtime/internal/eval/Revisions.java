package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies "a corrected or amended value replaces the final one it amends": a final result is
 * dropped, and noted as ignored, when a corrected or amended result of the same concept was
 * measured at the same instant (same day, and the same time when both give one).
 */
final class Revisions {
  private Revisions() {}

  static List<Member<Observation>> replaceAmended(
      List<Member<Observation>> members, List<Evidence> evidence) {
    if (!anyRevision(members)) {
      return members; // nearly always: nothing to replace, nothing to compare
    }
    List<Member<Observation>> kept = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<Observation> m = members.get(i);
      Observation revision = revisionOf(m.item(), members);
      if (revision == null) {
        kept.add(m);
      } else {
        evidence.add(
            Evidence.ignored(
                m.item().ref(), "replaced by " + revision.status().code() + " " + revision.ref()));
      }
    }
    return kept;
  }

  private static boolean anyRevision(List<Member<Observation>> members) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).item().status().isRevision()) {
        return true;
      }
    }
    return false;
  }

  private static Observation revisionOf(Observation result, List<Member<Observation>> all) {
    if (result.status() != ObservationStatus.FINAL || result.effective() == null) {
      return null;
    }
    for (int i = 0; i < all.size(); i++) {
      Member<Observation> other = all.get(i);
      Observation o = other.item();
      if (o.status().isRevision()
          && o.effective() != null
          && sameInstant(result.effective(), o.effective())) {
        return o;
      }
    }
    return null;
  }

  private static boolean sameInstant(RecordDate a, RecordDate b) {
    return a.first().equals(b.first())
        && a.last().equals(b.last())
        && (a.time() == null || b.time() == null || a.time().equals(b.time()));
  }
}
