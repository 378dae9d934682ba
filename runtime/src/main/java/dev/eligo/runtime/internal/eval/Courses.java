package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges medication uses into courses: uses by the same route merge when the next starts by the day
 * after the previous ends; a use still going on ends at the screening date. A course is only
 * possible when any of its uses is; unclassified uses stay courses of their own.
 */
public final class Courses {
  /** Members in time order, undated last; a stable sort keeps the order of equals. */
  private static final Comparator<Member<?>> BY_START =
      Comparator.comparing(m -> startOf(m.item()), Comparator.nullsLast(Comparator.naturalOrder()));

  private Courses() {}

  /** The courses the uses make, per route, in time order. */
  public static Items<Course> of(Items<MedicationUse> uses) {
    return group(
        uses,
        "courses of ",
        Courses::routeKey,
        (current, next, screening) -> continues(current, next, screening, 1));
  }

  /**
   * Episodes of each drug: uses of the same drug (the same first code) joined when the next starts
   * within {@code gap} after the end of the ones before; in time order.
   */
  public static Items<Course> episodes(Items<MedicationUse> uses, CalendarDuration gap) {
    return group(
        uses,
        "episodes of ",
        Courses::drugKey,
        (current, next, screening) -> continues(current, next, screening, gap));
  }

  /**
   * Regimens (lines of therapy): the uses started within {@code window} of the first start of the
   * regimen, whatever the drug, together. A later use of a drug already in the regimen, started
   * within {@code window} after the regimen's last day, continues it (a prescription renewed is not
   * a new line); any other later use begins the next regimen.
   */
  public static Items<Course> regimens(Items<MedicationUse> uses, CalendarDuration window) {
    return group(
        uses,
        "regimens of ",
        use -> "",
        (current, next, screening) ->
            startsWithin(current, next, window)
                || (givesADrugOf(current, next) && continues(current, next, screening, window)));
  }

  private interface Joins {
    boolean join(List<Member<MedicationUse>> current, MedicationUse next, LocalDate screening);
  }

  private static Items<Course> group(
      Items<MedicationUse> uses,
      String what,
      java.util.function.Function<MedicationUse, String> key,
      Joins joins) {
    Evaluation ctx = uses.origin().evaluation();
    LocalDate screening = ctx == null ? null : ctx.screeningDate();
    Map<String, List<Member<MedicationUse>>> byKey = new TreeMap<>();
    List<Member<Course>> courses = new ArrayList<>();
    List<Member<MedicationUse>> members = uses.members();
    for (int i = 0; i < members.size(); i++) {
      Member<MedicationUse> m = members.get(i);
      if (m.kind() == Member.Kind.UNCLASSIFIED) {
        courses.add(m.withItem(course(List.of(m), screening, ctx)));
      } else {
        byKey.computeIfAbsent(key.apply(m.item()), k -> new ArrayList<>()).add(m);
      }
    }
    for (List<Member<MedicationUse>> sameKey : byKey.values()) {
      sameKey.sort(BY_START);
      List<Member<MedicationUse>> current = new ArrayList<>();
      for (int i = 0; i < sameKey.size(); i++) {
        Member<MedicationUse> m = sameKey.get(i);
        if (!current.isEmpty() && !joins.join(current, m.item(), screening)) {
          courses.add(merged(current, screening, ctx));
          current = new ArrayList<>();
        }
        current.add(m);
      }
      if (!current.isEmpty()) {
        courses.add(merged(current, screening, ctx));
      }
    }
    courses.sort(BY_START);
    return Items.named(
        () -> what + uses.concept(), uses.whereAsHeld(), courses, uses.evidence(), uses.origin());
  }

  private static Member<Course> merged(
      List<Member<MedicationUse>> members, LocalDate screening, Evaluation ctx) {
    Course course = course(members, screening, ctx);
    List<Member<MedicationUse>> uncertain = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<MedicationUse> m = members.get(i);
      if (!m.isDefinite()) {
        uncertain.add(m);
        missing.addAll(m.missing());
      }
    }
    Member<Course> member = Member.definite(course);
    if (uncertain.isEmpty()) {
      return member;
    }
    return member.atMostPossible(
        () -> {
          List<String> reasons = new ArrayList<>();
          uncertain.forEach(m -> reasons.add(m.item().ref() + ": " + m.reason()));
          return String.join("; ", reasons);
        },
        missing);
  }

  private static Course course(
      List<Member<MedicationUse>> members, LocalDate screening, Evaluation ctx) {
    List<MedicationUse> uses = new ArrayList<>();
    members.forEach(m -> uses.add(m.item()));
    List<String> problems = new ArrayList<>();
    RecordDate first = null;
    RecordDate last = null;
    for (int i = 0; i < uses.size(); i++) {
      MedicationUse use = uses.get(i);
      RecordPeriod p = use.period();
      if (p == null) {
        problems.add(use.ref() + " has no dates");
        continue;
      }
      RecordDate end = end(use, screening);
      if (!p.start().isFullDate() || end == null || !end.isFullDate()) {
        problems.add(use.ref() + " has " + (end == null ? "no end date" : "partial dates " + p));
      }
      first = first == null || p.start().first().isBefore(first.first()) ? p.start() : first;
      last = end != null && (last == null || end.last().isAfter(last.last())) ? end : last;
    }
    RecordPeriod period = first == null || last == null ? null : new RecordPeriod(first, last);
    return new Course(
        uses,
        uses.get(0).routes(),
        period,
        String.join("; ", problems),
        reasons(uses, ctx),
        unresolved(uses, ctx));
  }

  /** Whether {@code next} starts within {@code gap} after the course so far ends. */
  private static boolean continues(
      List<Member<MedicationUse>> current,
      MedicationUse next,
      LocalDate screening,
      CalendarDuration gap) {
    LocalDate lastDay = lastDay(current, screening);
    return lastDay != null
        && next.period() != null
        && !next.period().start().first().isAfter(gap.after(lastDay));
  }

  /** Whether {@code next} gives a drug (by its first code) that the regimen so far gives. */
  private static boolean givesADrugOf(List<Member<MedicationUse>> current, MedicationUse next) {
    String drug = drugKey(next);
    for (Member<MedicationUse> m : current) {
      if (drugKey(m.item()).equals(drug)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code next} starts within {@code window} of the first start of the regimen so far. */
  private static boolean startsWithin(
      List<Member<MedicationUse>> current, MedicationUse next, CalendarDuration window) {
    LocalDate first = startOf(current.get(0).item());
    return first != null
        && next.period() != null
        && !next.period().start().first().isAfter(window.after(first));
  }

  private static LocalDate lastDay(List<Member<MedicationUse>> current, LocalDate screening) {
    LocalDate lastDay = null;
    for (Member<MedicationUse> m : current) {
      RecordDate end = end(m.item(), screening);
      if (end == null) {
        return null;
      }
      lastDay = lastDay == null || end.last().isAfter(lastDay) ? end.last() : lastDay;
    }
    return lastDay;
  }

  /** Whether {@code next} starts by the day after the course so far ends. */
  private static boolean continues(
      List<Member<MedicationUse>> current, MedicationUse next, LocalDate screening, int days) {
    LocalDate lastDay = lastDay(current, screening);
    return lastDay != null
        && next.period() != null
        && !next.period().start().first().isAfter(lastDay.plusDays(days));
  }

  /** A use's last day; a use still going on ends at the screening date. */
  private static RecordDate end(MedicationUse use, LocalDate screening) {
    if (use.period() == null) {
      return null;
    }
    if (use.period().isOngoing()) {
      return screening == null ? null : RecordDate.of(screening);
    }
    return use.period().end();
  }

  private static List<Coding> reasons(List<MedicationUse> uses, Evaluation ctx) {
    LinkedHashSet<Coding> codes = new LinkedHashSet<>();
    for (MedicationUse use : uses) {
      codes.addAll(use.reasonCodes());
      for (RecordRef ref : use.reasonRefs()) {
        Optional<Condition> condition = ctx == null ? Optional.empty() : ctx.condition(ref);
        condition.ifPresent(c -> codes.addAll(c.codes()));
      }
    }
    return new ArrayList<>(codes);
  }

  private static List<RecordRef> unresolved(List<MedicationUse> uses, Evaluation ctx) {
    List<RecordRef> refs = new ArrayList<>();
    for (MedicationUse use : uses) {
      for (RecordRef ref : use.reasonRefs()) {
        if (ctx == null || ctx.condition(ref).isEmpty()) {
          refs.add(ref);
        }
      }
    }
    return refs;
  }

  /**
   * One drug: its first code in the order of system and code, so that coding order does not matter.
   */
  private static String drugKey(MedicationUse use) {
    return use.codes().stream()
        .map(c -> c.system() + "|" + c.code())
        .sorted()
        .findFirst()
        .orElse("");
  }

  private static String routeKey(MedicationUse use) {
    if (use.routes().size() == 1) {
      Coding route = use.routes().get(0);
      return route.system() + "|" + route.code();
    }
    List<String> codes = new ArrayList<>();
    use.routes().forEach(c -> codes.add(c.system() + "|" + c.code()));
    codes.sort(Comparator.naturalOrder());
    return String.join(",", codes);
  }

  private static LocalDate startOf(Object item) {
    RecordDate date = Timing.date(item);
    return date == null ? null : date.first();
  }
}
