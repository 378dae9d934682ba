package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a field of one record becomes a value: codes, words and dates that are known, or unknown with
 * the reason and the record's field as the data that would decide it.
 */
final class FieldReads {
  private FieldReads() {}

  /**
   * Codes of a field, e.g. {@code body site of Condition/c1}; unknown when the record gives none.
   */
  static Value<Codes> codes(List<Coding> codings, RecordRef ref, String what) {
    String label = what + " of " + ref;
    if (codings.isEmpty()) {
      return Value.<Codes>unknown(
              "no " + what + " recorded", List.of(new Missing(label, "")), Evidence.used(ref))
          .labelled(label);
    }
    return Value.known(Codes.of(codings), Evidence.used(ref)).labelled(label);
  }

  /** Words of a field's codes as written; unknown when the record gives none. */
  static Value<Words> words(List<String> codes, RecordRef ref, String what) {
    String label = what + " of " + ref;
    if (codes.isEmpty()) {
      return Value.<Words>unknown(
              "no " + what + " recorded", List.of(new Missing(label, "")), Evidence.used(ref))
          .labelled(label);
    }
    Words words = Words.ofCodes(codes);
    return Value.known(words, words.toString(), Evidence.used(ref)).labelled(label);
  }

  /** The word of one code, or unknown when it is {@code null}. */
  static Value<Words> word(String code, RecordRef ref, String what) {
    return words(code == null ? List.of() : List.of(code), ref, what);
  }

  /** A day of a record; unknown when absent or only partial. */
  static Value<LocalDate> day(RecordDate date, RecordRef ref, String what) {
    String label = what + " of " + ref;
    if (date == null) {
      return Value.<LocalDate>unknown(
              "no " + what + " recorded", List.of(new Missing(label, "")), Evidence.used(ref))
          .labelled(label);
    }
    if (!date.isFullDate()) {
      return Value.<LocalDate>unknown(
              label + " is only " + date,
              List.of(new Missing(label, "is only " + date)),
              Evidence.used(ref))
          .labelled(label);
    }
    return Value.known(date.first(), Evidence.used(ref)).labelled(label);
  }

  /** The last day of a period: the screening date while it goes on. */
  static Value<LocalDate> end(RecordPeriod period, RecordRef ref, Origin origin) {
    String label = "end of " + ref;
    if (period == null) {
      return Value.<LocalDate>unknown(
              "no dates recorded", List.of(new Missing("dates of " + ref, "")), Evidence.used(ref))
          .labelled(label);
    }
    if (period.isOngoing()) {
      if (origin.evaluation() == null) {
        return Value.<LocalDate>unknown("still going on", List.of(), Evidence.used(ref))
            .labelled(label);
      }
      LocalDate screening = origin.evaluation().screeningDate();
      return Value.known(screening, screening + " (still going on)", Evidence.used(ref))
          .labelled(label);
    }
    return day(period.end(), ref, "end");
  }

  /**
   * The codes of a record's reasons: its coded reasons and the codes of the conditions it
   * references. A reference to a condition the record does not hold is said as such.
   */
  static Value<Codes> reasons(
      List<Coding> reasonCodes, List<RecordRef> reasonRefs, RecordRef ref, Origin origin) {
    String label = "reason for " + ref;
    List<Coding> codes = new ArrayList<>(reasonCodes);
    List<RecordRef> used = new ArrayList<>(List.of(ref));
    List<String> unresolved = new ArrayList<>();
    for (RecordRef reason : reasonRefs) {
      Optional<Condition> condition =
          origin.evaluation() == null ? Optional.empty() : origin.evaluation().condition(reason);
      if (condition.isPresent()) {
        condition.get().codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        used.add(reason);
      } else {
        unresolved.add(reason.toString());
      }
    }
    Evidence evidence = Evidence.used(used);
    if (unresolved.isEmpty()) {
      return codes.isEmpty()
          ? Value.<Codes>unknown("no stated reason", List.of(new Missing(label, "")), evidence)
              .labelled(label)
          : Value.known(Codes.of(codes), evidence).labelled(label);
    }
    String problem =
        "names " + String.join(", ", unresolved) + ", not among the patient's counting conditions";
    if (!codes.isEmpty()) {
      // The reasons read may not be all: a test none of them passes is unknown, not false.
      Codes partly = Codes.partly(codes, List.of(new Missing(label, problem)));
      return Value.known(partly, evidence).labelled(label);
    }
    return Value.<Codes>unknown(
            label + " " + problem, List.of(new Missing(label, problem)), evidence)
        .labelled(label);
  }
}
