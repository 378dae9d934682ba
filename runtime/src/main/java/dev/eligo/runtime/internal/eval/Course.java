package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Uses of a medication by one route that follow each other without a gap of a day or more, taken as
 * one course: from the first day of the first use to the last day of the last (the screening date
 * for a use still going on).
 */
public final class Course {
  private final List<MedicationUse> uses;
  private final List<Coding> route;
  private final RecordPeriod period;
  private final String datesProblem;
  private final List<Coding> reasons;
  private final List<RecordRef> unresolvedReasons;

  /**
   * @param period from the first to the last day; {@code null} when a use has no dates
   * @param datesProblem why the length cannot be told exactly (partial or missing dates), or empty
   */
  Course(
      List<MedicationUse> uses,
      List<Coding> route,
      RecordPeriod period,
      String datesProblem,
      List<Coding> reasons,
      List<RecordRef> unresolvedReasons) {
    this.uses = List.copyOf(uses);
    this.route = List.copyOf(route);
    this.period = period;
    this.datesProblem = Objects.requireNonNull(datesProblem, "datesProblem");
    this.reasons = List.copyOf(reasons);
    this.unresolvedReasons = List.copyOf(unresolvedReasons);
  }

  /** The uses merged into this course, in time order. */
  public List<MedicationUse> uses() {
    return uses;
  }

  /** The course's length in calendar days, both ends counted. */
  public Value<Elapsed> duration() {
    Supplier<String> label = () -> "length of " + this;
    if (period == null || !datesProblem.isEmpty()) {
      String reason = datesProblem.isEmpty() ? "no dates recorded" : datesProblem;
      return Value.<Elapsed>unknown(
              reason, List.of(new Missing("dates of " + refsText(), "")), evidence())
          .labelled(label);
    }
    Elapsed length = Elapsed.inclusive(period.start().first(), period.end().last());
    return Value.known(length, evidence()).labelled(label);
  }

  /** The route's codes; unknown when the uses do not say. */
  public Value<Codes> route() {
    if (route.isEmpty()) {
      return Value.<Codes>unknown(
              "no route recorded", List.of(new Missing("route of " + refsText(), "")), evidence())
          .labelled("route of " + refsText());
    }
    return Value.known(Codes.of(route), evidence()).labelled(() -> "route of " + refsText());
  }

  /**
   * The reasons for the course: the uses' coded reasons and the codes of the conditions they name;
   * unknown when none is stated.
   */
  public Value<Codes> reason() {
    if (reasons.isEmpty()) {
      String label = "reason for " + refsText();
      String why = unresolvedReasons.isEmpty() ? "no stated reason" : notFound();
      return Value.<Codes>unknown(why, List.of(new Missing(label, "")), evidence()).labelled(label);
    }
    List<Missing> unread =
        unresolvedReasons.isEmpty()
            ? List.of()
            : List.of(new Missing("reason for " + refsText(), notFound()));
    return Value.known(Codes.partly(reasons, unread), evidence())
        .labelled(() -> "reason for " + refsText());
  }

  private String notFound() {
    return "reason " + unresolvedReasons + " not found among the patient's conditions";
  }

  /** The codes of every use: the drugs of an episode or a regimen. */
  public Value<Codes> codes() {
    List<Coding> all = new ArrayList<>();
    uses.forEach(use -> use.codes().stream().filter(c -> !all.contains(c)).forEach(all::add));
    return Value.known(Codes.of(all), evidence()).labelled("drugs of " + refsText());
  }

  /** How many different drugs it holds (by the first code of each use). */
  public Value<dev.eligo.runtime.internal.quantity.Quantity> drugs() {
    long distinct =
        uses.stream()
            .map(
                use ->
                    use.codes().stream()
                        .map(c -> c.system() + "|" + c.code())
                        .sorted()
                        .findFirst()
                        .orElse(""))
            .distinct()
            .count();
    return Value.known(dev.eligo.runtime.internal.quantity.Quantity.number(distinct), evidence())
        .labelled("number of drugs of " + refsText());
  }

  /** The first day of the course. */
  public Value<LocalDate> start() {
    return day(period == null ? null : period.start(), "start");
  }

  /** The last day of the course (the screening date while it goes on). */
  public Value<LocalDate> end() {
    return day(period == null ? null : period.end(), "end");
  }

  private Value<LocalDate> day(RecordDate date, String which) {
    Supplier<String> label = () -> which + " of " + this;
    if (date == null || !date.isFullDate()) {
      return Value.<LocalDate>unknown(
              date == null ? "no date recorded" : "the date is only " + date,
              List.of(new Missing("dates of " + refsText(), "")),
              evidence())
          .labelled(label);
    }
    return Value.known(date.first(), evidence()).labelled(label);
  }

  RecordPeriod period() {
    return period;
  }

  List<RecordRef> refs() {
    List<RecordRef> refs = new ArrayList<>();
    uses.forEach(u -> refs.add(u.ref()));
    return refs;
  }

  private Evidence evidence() {
    return Evidence.used(refs());
  }

  private String refsText() {
    List<String> text = new ArrayList<>();
    refs().forEach(r -> text.add(r.toString()));
    return String.join(", ", text);
  }

  /** {@code course L04AX03 26643006 2026-01-01 to 2026-04-10 (MedicationStatement/m1, ...)}. */
  @Override
  public String toString() {
    // Every drug of the course, once each: a course may merge uses of several drugs of the concept.
    java.util.List<dev.eligo.runtime.record.Coding> all = new java.util.ArrayList<>();
    uses.forEach(use -> use.codes().stream().filter(c -> !all.contains(c)).forEach(all::add));
    String codes = Show.codings(all);
    String by = route.isEmpty() ? "" : " route " + Show.codings(route);
    String when = period == null ? " with no dates" : " " + period;
    return "course of " + codes + by + when + " (" + refsText() + ")";
  }
}
