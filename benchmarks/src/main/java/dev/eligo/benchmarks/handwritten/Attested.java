package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.TruthValue;

/**
 * The investigator's answer to a checklist item: the latest counting response (completed or
 * amended) authored on or before screening wins; none, or different answers at the same latest
 * time, is unknown.
 */
final class Attested {
  private Attested() {}

  static TruthValue answer(PatientData data, String linkId) {
    Attestation latest = null;
    boolean conflicting = false;
    for (Attestation a : data.patient.attestations()) {
      boolean unreadable = data.isUnreadable(a.ref());
      if (unreadable && (a.linkId().equals(linkId) || a.isAnyItem())) {
        return TruthValue.UNKNOWN; // it may be the latest answer; a plain evaluator does not guess
      }
      if (!a.linkId().equals(linkId)
          || !a.counts()
          || a.answer() == null
          || a.authored() == null
          || a.authored().last().isAfter(data.screening)) {
        continue;
      }
      int order = latest == null ? 1 : compare(a.authored(), latest.authored());
      if (order > 0) {
        latest = a;
        conflicting = false;
      } else if (order == 0 && !a.answer().equals(latest.answer())) {
        conflicting = true;
      }
    }
    if (latest == null || conflicting) {
      return TruthValue.UNKNOWN;
    }
    return TruthValue.of(latest.answer());
  }

  private static int compare(RecordDate a, RecordDate b) {
    int byDay = a.first().compareTo(b.first());
    if (byDay != 0 || a.time() == null || b.time() == null) {
      return byDay;
    }
    return a.time().compareTo(b.time());
  }
}
