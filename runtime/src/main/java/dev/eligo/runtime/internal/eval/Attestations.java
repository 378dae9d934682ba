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
    // Made when first needed: most concepts have one answer and nothing ignored.
    List<Evidence> evidence = null;
    List<Attestation> uncertain = null;
    List<Attestation> latest = null; // the answers at the latest time so far
    for (int i = 0; i < all.size(); i++) {
      Attestation a = all.get(i);
      String problem = unreadable.apply(a.ref());
      if (!a.linkId().equals(concept.linkId()) && !(a.isAnyItem() && problem != null)) {
        continue;
      }
      String ignoredBecause =
          problem == null ? ignoredBecause(a, screeningDate) : surelyIgnored(a, screeningDate);
      if (ignoredBecause != null) {
        evidence = added(evidence, Evidence.ignored(a.ref(), ignoredBecause));
      } else if (problem != null) {
        uncertain = added(uncertain, a);
      } else if (latest == null) {
        latest = added(null, a);
      } else {
        int order = compare(a.authored(), latest.get(0).authored());
        if (order > 0) {
          latest.clear();
        }
        if (order >= 0) {
          latest.add(a);
        }
      }
    }
    Supplier<String> statement = () -> "investigator attests " + concept.label();
    List<Attestation> rivals = uncertain == null ? List.of() : rivals(uncertain, latest);
    if (!rivals.isEmpty()) {
      // A response that could not be read in full may be the latest answer: nothing is decided.
      List<String> why = new ArrayList<>();
      for (Attestation a : rivals) {
        evidence = added(evidence, Evidence.ignored(a.ref(), "not all of it could be read"));
        why.add(a.ref() + " (" + unreadable.apply(a.ref()) + ")");
      }
      return Truth.unknown(
          statement.get()
              + ": a response that could not be read in full may answer it: "
              + String.join(", ", why),
          List.of(missing),
          merged(evidence));
    }
    if (latest == null) {
      return Truth.unknown(
          () -> statement.get() + ": no answer " + missing.where(),
          List.of(missing),
          merged(evidence));
    }
    Attestation first = latest.get(0);
    for (Attestation a : latest) {
      evidence = added(evidence, Evidence.used(a.ref()));
    }
    List<Attestation> answers = latest;
    if (differ(answers)) {
      return Truth.unknown(
          () -> statement.get() + ": different answers at the same time: " + show(answers),
          List.of(missing),
          merged(evidence));
    }
    return Truth.of(first.answer(), () -> statement.get() + ": " + show(answers), merged(evidence));
  }

  private static <T> List<T> added(List<T> list, T item) {
    List<T> to = list == null ? new ArrayList<>(2) : list;
    to.add(item);
    return to;
  }

  private static Evidence merged(List<Evidence> evidence) {
    return evidence == null ? Evidence.none() : Evidence.merge(evidence);
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

  /**
   * The uncertain responses not surely older than every answer that could be read: than the latest
   * ones ({@code null} when there is none), which were authored on the latest first day.
   */
  private static List<Attestation> rivals(List<Attestation> uncertain, List<Attestation> latest) {
    LocalDate latestDay = latest == null ? null : latest.get(0).authored().first();
    List<Attestation> rivals = new ArrayList<>();
    for (Attestation u : uncertain) {
      boolean older =
          u.authored() != null && latestDay != null && u.authored().last().isBefore(latestDay);
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
