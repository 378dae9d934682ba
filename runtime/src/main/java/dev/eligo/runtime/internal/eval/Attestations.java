package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads an investigator's attestation: among the counting responses (completed or amended) authored
 * on or before screening that answer the item, the latest wins. No answer leaves the attestation
 * unknown; two different answers at the same latest time do too.
 */
final class Attestations {
  private Attestations() {}

  static Truth latest(
      AttestationConcept concept,
      List<Attestation> all,
      LocalDate screeningDate,
      Missing missing,
      Function<RecordRef, String> unreadable) {
    List<Evidence> evidence = new ArrayList<>();
    List<Attestation> answered = new ArrayList<>();
    List<Attestation> uncertain = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Attestation a = all.get(i);
      String problem = unreadable.apply(a.ref());
      if (!a.linkId().equals(concept.linkId()) && !(a.isAnyItem() && problem != null)) {
        continue;
      }
      String ignoredBecause =
          problem == null ? ignoredBecause(a, screeningDate) : surelyIgnored(a, screeningDate);
      if (ignoredBecause != null) {
        evidence.add(Evidence.ignored(a.ref(), ignoredBecause));
      } else if (problem != null) {
        uncertain.add(a);
      } else {
        answered.add(a);
      }
    }
    Supplier<String> statement = () -> "investigator attests " + concept.label();
    List<Attestation> rivals = uncertain.isEmpty() ? List.of() : rivals(uncertain, answered);
    if (!rivals.isEmpty()) {
      // A response that could not be read in full may be the latest answer: nothing is decided.
      List<String> why = new ArrayList<>();
      for (Attestation a : rivals) {
        evidence.add(Evidence.ignored(a.ref(), "not all of it could be read"));
        why.add(a.ref() + " (" + unreadable.apply(a.ref()) + ")");
      }
      return Truth.unknown(
          statement.get()
              + ": a response that could not be read in full may answer it: "
              + String.join(", ", why),
          List.of(missing),
          Evidence.merge(evidence));
    }
    if (answered.isEmpty()) {
      return Truth.unknown(
          statement.get() + ": no answer " + missing.where(),
          List.of(missing),
          Evidence.merge(evidence));
    }
    List<Attestation> latest = latestOf(answered);
    Attestation first = latest.get(0);
    for (Attestation a : latest) {
      evidence.add(Evidence.used(a.ref()));
    }
    if (differ(latest)) {
      return Truth.unknown(
          statement.get() + ": different answers at the same time: " + show(latest),
          List.of(missing),
          Evidence.merge(evidence));
    }
    return Truth.of(
        first.answer(), () -> statement.get() + ": " + show(latest), Evidence.merge(evidence));
  }

  private static boolean differ(List<Attestation> latest) {
    for (int i = 1; i < latest.size(); i++) {
      if (!latest.get(i).answer().equals(latest.get(0).answer())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What of a partly unreadable response surely keeps it out: a status or date that could be read.
   */
  private static String surelyIgnored(Attestation a, LocalDate screeningDate) {
    if (!a.status().equals("unknown") && !a.counts()) {
      return "status " + a.status();
    }
    if (a.authored() != null && a.authored().first().isAfter(screeningDate)) {
      return "authored " + a.authored() + ", after the screening date " + screeningDate;
    }
    return null;
  }

  /** The uncertain responses not surely older than every answer that could be read. */
  private static List<Attestation> rivals(List<Attestation> uncertain, List<Attestation> answered) {
    List<Attestation> rivals = new ArrayList<>();
    for (Attestation u : uncertain) {
      boolean older =
          u.authored() != null
              && !answered.isEmpty()
              && answered.stream()
                  .anyMatch(
                      a ->
                          a.authored() != null
                              && u.authored().last().isBefore(a.authored().first()));
      if (!older) {
        rivals.add(u);
      }
    }
    return rivals;
  }

  private static String ignoredBecause(Attestation a, LocalDate screeningDate) {
    if (!a.counts()) {
      return "status " + a.status();
    }
    if (a.answer() == null) {
      return "left unanswered";
    }
    if (a.authored() == null) {
      return "no authored date";
    }
    if (a.authored().last().isAfter(screeningDate)) {
      return "authored " + a.authored() + ", after the screening date " + screeningDate;
    }
    return null;
  }

  /** The responses authored at the latest time, by date and then time of day. */
  private static List<Attestation> latestOf(List<Attestation> answered) {
    List<Attestation> latest = new ArrayList<>();
    for (Attestation a : answered) {
      int order = latest.isEmpty() ? 1 : compare(a.authored(), latest.get(0).authored());
      if (order > 0) {
        latest.clear();
      }
      if (order >= 0) {
        latest.add(a);
      }
    }
    return latest;
  }

  private static int compare(RecordDate a, RecordDate b) {
    int byDay = a.first().compareTo(b.first());
    if (byDay != 0 || a.time() == null || b.time() == null) {
      return byDay;
    }
    return a.time().compareTo(b.time());
  }

  private static String show(List<Attestation> responses) {
    List<String> shown = new ArrayList<>();
    for (Attestation a : responses) {
      shown.add((a.answer() ? "yes" : "no") + " on " + a.authored() + " (" + a.ref() + ")");
    }
    return String.join(", ", shown);
  }
}
