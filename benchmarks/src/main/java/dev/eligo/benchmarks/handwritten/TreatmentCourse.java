package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Medication uses of one route merged into a course when the next starts by the day after the
 * previous ends (a use still going on ends at screening), per the data dictionary.
 */
final class TreatmentCourse {
  final List<MedicationUse> uses = new ArrayList<>();
  RecordDate start;
  RecordDate end;
  boolean datesUncertain;

  /** The courses the uses make, per route. */
  static List<Found<TreatmentCourse>> of(List<Found<MedicationUse>> uses, LocalDate screening) {
    List<Found<TreatmentCourse>> courses = new ArrayList<>();
    Map<String, List<Found<MedicationUse>>> byRoute = new TreeMap<>();
    for (Found<MedicationUse> f : uses) {
      if (f.kind() == Found.Kind.UNCLASSIFIED) {
        courses.add(new Found<>(course(List.of(f), screening), f.kind()));
      } else {
        byRoute.computeIfAbsent(routeKey(f.item()), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Found<MedicationUse>> sameRoute : byRoute.values()) {
      sameRoute.sort(
          Comparator.comparing(
              (Found<MedicationUse> f) -> startDay(f.item()),
              Comparator.nullsLast(Comparator.naturalOrder())));
      List<Found<MedicationUse>> current = new ArrayList<>();
      LocalDate lastDay = null;
      boolean open = true;
      for (Found<MedicationUse> f : sameRoute) {
        MedicationUse use = f.item();
        boolean continues =
            !current.isEmpty()
                && open
                && use.period() != null
                && lastDay != null
                && !use.period().start().first().isAfter(lastDay.plusDays(1));
        if (!current.isEmpty() && !continues) {
          courses.add(merged(current, screening));
          current = new ArrayList<>();
          lastDay = null;
          open = true;
        }
        current.add(f);
        RecordDate end = end(use, screening);
        if (end == null) {
          open = false;
        } else if (lastDay == null || end.last().isAfter(lastDay)) {
          lastDay = end.last();
        }
      }
      if (!current.isEmpty()) {
        courses.add(merged(current, screening));
      }
    }
    courses.sort(
        Comparator.comparing(
            (Found<TreatmentCourse> c) -> c.item().start == null ? null : c.item().start.first(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return courses;
  }

  private static Found<TreatmentCourse> merged(
      List<Found<MedicationUse>> uses, LocalDate screening) {
    boolean sure = true;
    for (Found<MedicationUse> f : uses) {
      sure &= f.isSure();
    }
    return new Found<>(course(uses, screening), sure ? Found.Kind.SURE : Found.Kind.MAYBE);
  }

  private static TreatmentCourse course(List<Found<MedicationUse>> uses, LocalDate screening) {
    TreatmentCourse course = new TreatmentCourse();
    for (Found<MedicationUse> f : uses) {
      MedicationUse use = f.item();
      course.uses.add(use);
      RecordPeriod p = use.period();
      if (p == null) {
        course.datesUncertain = true;
        continue;
      }
      RecordDate end = end(use, screening);
      if (!p.start().isFullDate() || end == null || !end.isFullDate()) {
        course.datesUncertain = true;
      }
      if (course.start == null || p.start().first().isBefore(course.start.first())) {
        course.start = p.start();
      }
      if (end != null && (course.end == null || end.last().isAfter(course.end.last()))) {
        course.end = end;
      }
    }
    return course;
  }

  private static RecordDate end(MedicationUse use, LocalDate screening) {
    if (use.period() == null) {
      return null;
    }
    return use.period().isOngoing() ? RecordDate.of(screening) : use.period().end();
  }

  private static LocalDate startDay(MedicationUse use) {
    return use.period() == null ? null : use.period().start().first();
  }

  private static String routeKey(MedicationUse use) {
    List<String> codes = new ArrayList<>();
    for (Coding c : use.routes()) {
      codes.add(c.system() + "|" + c.code());
    }
    codes.sort(Comparator.naturalOrder());
    return String.join(",", codes);
  }

  /** Whether the course lasted at least {@code days} calendar days, both ends counted. */
  TruthValue lastsAtLeast(long days) {
    if (start == null || end == null || datesUncertain) {
      return TruthValue.UNKNOWN;
    }
    return TruthValue.of(ChronoUnit.DAYS.between(start.first(), end.last()) + 1 >= days);
  }

  /** Whether the course overlaps [from, to]. */
  TruthValue overlaps(LocalDate from, LocalDate to, LocalDate screening) {
    if (start == null || end == null) {
      return TruthValue.UNKNOWN;
    }
    return Dated.overlaps(start, end, from, to, screening);
  }

  /** Whether a stated reason of the course is in the codes; unknown when none is stated. */
  TruthValue reasonIn(CodeSet codes, PatientData data) {
    List<Coding> reasons = new ArrayList<>();
    for (MedicationUse use : uses) {
      reasons.addAll(use.reasonCodes());
      for (RecordRef ref : use.reasonRefs()) {
        Condition c = data.condition(ref);
        if (c != null) {
          reasons.addAll(c.codes());
        }
      }
    }
    return reasons.isEmpty() ? TruthValue.UNKNOWN : codes.in(reasons);
  }
}
