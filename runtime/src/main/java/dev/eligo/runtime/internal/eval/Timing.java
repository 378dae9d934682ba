package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.result.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each kind of item happened, per the data dictionary's "date of a record": the date of a
 * measurement, a specimen's collection, a report or an imaging study; the period of a condition
 * (onset to abatement, or still going), a medication use, a procedure, an encounter, a
 * participation or a course; and the records it stands for.
 */
final class Timing {
  private Timing() {}

  /** The date of an item (the start of its period), or {@code null} when it has none. */
  static RecordDate date(Object item) {
    if (item instanceof Observation) {
      return ((Observation) item).effective();
    }
    if (item instanceof Allergy) {
      return ((Allergy) item).recorded();
    }
    if (item instanceof Specimen) {
      return ((Specimen) item).collected();
    }
    if (item instanceof Immunization) {
      return ((Immunization) item).occurred();
    }
    if (item instanceof DiagnosticReport) {
      return ((DiagnosticReport) item).date();
    }
    if (item instanceof ImagingStudy) {
      return ((ImagingStudy) item).started();
    }
    if (item instanceof Point) {
      return RecordDate.of(((Point) item).day());
    }
    // Only an item covering a period has its date there; asking period() of any other item asks
    // date() again.
    RecordPeriod period = hasPeriod(item) ? period(item) : null;
    return period == null ? null : period.start();
  }

  /** Whether the item covers a period (rather than happening on one date). */
  static boolean hasPeriod(Object item) {
    return item instanceof Condition
        || item instanceof MedicationUse
        || item instanceof Procedure
        || item instanceof ResearchParticipation
        || item instanceof Encounter
        || item instanceof Course;
  }

  /**
   * The period an item covers; an item with only a date covers that date. {@code null} when the
   * record does not say. An open end means still going.
   */
  static RecordPeriod period(Object item) {
    if (item instanceof Condition) {
      Condition c = (Condition) item;
      return c.onset() == null ? null : new RecordPeriod(c.onset(), c.abatement());
    }
    if (item instanceof MedicationUse) {
      return ((MedicationUse) item).period();
    }
    if (item instanceof Procedure) {
      return ((Procedure) item).performed();
    }
    if (item instanceof ResearchParticipation) {
      return ((ResearchParticipation) item).period();
    }
    if (item instanceof Encounter) {
      return ((Encounter) item).period();
    }
    if (item instanceof Course) {
      return ((Course) item).period();
    }
    RecordDate date = date(item);
    return date == null ? null : RecordPeriod.on(date);
  }

  /**
   * The period an item covers as seen on the screening date S. A condition that is no longer active
   * (resolved, inactive, in remission) but gives no abatement date ended on some day from its onset
   * to S, not "still going": its end is that whole interval.
   */
  static RecordPeriod periodAsOf(Object item, LocalDate screening) {
    if (endedOnAnUnrecordedDay(item, screening)) {
      Condition c = (Condition) item;
      return new RecordPeriod(c.onset(), new RecordDate(c.onset().first(), screening, null));
    }
    return period(item);
  }

  /** Whether the item is a condition no longer active whose abatement the record does not give. */
  static boolean endedOnAnUnrecordedDay(Object item, LocalDate screening) {
    if (!(item instanceof Condition)) {
      return false;
    }
    Condition c = (Condition) item;
    return c.onset() != null
        && c.abatement() == null
        && c.clinicalStatus() != null
        && !c.clinicalStatus().isActive()
        && !c.onset().first().isAfter(screening);
  }

  /** When the result was released, for ordering results of the same instant. */
  static Instant issued(Object item) {
    return item instanceof Observation ? ((Observation) item).issued() : null;
  }

  /**
   * The source records an item stands for: a record names itself, a day of a series its
   * observations, a course its medication uses, a list each of its members.
   */
  static List<RecordRef> refs(Object item) {
    if (item instanceof Observation) {
      return List.of(((Observation) item).ref());
    }
    if (item instanceof Condition) {
      return List.of(((Condition) item).ref());
    }
    if (item instanceof MedicationUse) {
      return List.of(((MedicationUse) item).ref());
    }
    if (item instanceof Procedure) {
      return List.of(((Procedure) item).ref());
    }
    if (item instanceof Allergy) {
      return List.of(((Allergy) item).ref());
    }
    if (item instanceof ResearchParticipation) {
      return List.of(((ResearchParticipation) item).ref());
    }
    if (item instanceof Specimen) {
      return List.of(((Specimen) item).ref());
    }
    if (item instanceof Immunization) {
      return List.of(((Immunization) item).ref());
    }
    if (item instanceof Encounter) {
      return List.of(((Encounter) item).ref());
    }
    if (item instanceof DiagnosticReport) {
      return List.of(((DiagnosticReport) item).ref());
    }
    if (item instanceof ImagingStudy) {
      return List.of(((ImagingStudy) item).ref());
    }
    if (item instanceof Point) {
      return ((Point) item).refs();
    }
    if (item instanceof Course) {
      return ((Course) item).refs();
    }
    if (item instanceof Items) {
      List<RecordRef> refs = new ArrayList<>();
      for (Member<?> m : ((Items<?>) item).members()) {
        refs.addAll(refs(m.item()));
      }
      return refs;
    }
    return List.of();
  }

  /** The source records of one item, as evidence used. */
  static Evidence usedItem(Object item) {
    if (item instanceof Point point) {
      return point.used();
    }
    RecordRef ref = ref(item);
    return ref != null ? Evidence.used(ref) : Evidence.used(refs(item));
  }

  /** The one source record of a record of the patient, or null for items of several or none. */
  private static RecordRef ref(Object item) {
    if (item instanceof Observation) {
      return ((Observation) item).ref();
    }
    if (item instanceof Condition) {
      return ((Condition) item).ref();
    }
    if (item instanceof MedicationUse) {
      return ((MedicationUse) item).ref();
    }
    if (item instanceof Procedure) {
      return ((Procedure) item).ref();
    }
    if (item instanceof Allergy) {
      return ((Allergy) item).ref();
    }
    if (item instanceof ResearchParticipation) {
      return ((ResearchParticipation) item).ref();
    }
    return null;
  }

  /** The source records of several items, as evidence used. */
  static Evidence used(List<?> items) {
    if (items.isEmpty()) {
      return Evidence.none();
    }
    if (items.size() == 1) {
      return usedItem(items.get(0));
    }
    RecordRef[] refs = new RecordRef[items.size()];
    for (int i = 0; i < refs.length; i++) {
      RecordRef ref = ref(items.get(i));
      if (ref == null) {
        return usedOfSeveral(items); // an item standing for several records, or none
      }
      refs[i] = ref;
    }
    return Evidence.used(refs);
  }

  private static Evidence usedOfSeveral(List<?> items) {
    List<RecordRef> refs = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      RecordRef ref = ref(item);
      if (ref != null) {
        refs.add(ref);
      } else {
        refs.addAll(refs(item));
      }
    }
    return Evidence.used(refs);
  }
}
