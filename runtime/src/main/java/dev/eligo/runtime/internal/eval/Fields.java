package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.internal.time.Elapsed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The fields of records that criteria read; an absent field gives unknown with the reason. */
public final class Fields {
  private Fields() {}

  /** An observation's value as a quantity; a count has unit {@code 1}. */
  public static Value<Quantity> value(Value<Observation> observation) {
    return observation.flatMap(o -> {
      Value<Quantity> value = QuantityMath.of(o.value());
      if (value.isKnown()) {
        return value.withEvidence(Evidence.used(o.ref())).withOrigin(observation.origin());
      }
      return Value.<Quantity>unknown(() -> value.reason() + " (" + o.ref() + ")", source(observation),
          Evidence.used(o.ref()));
    }).labelledAs(observation);
  }

  /** The day an item happened (an observation's date, the start of a period, a point's day). */
  public static <T> Value<LocalDate> date(Value<T> item) {
    Supplier<String> label = () -> "date of " + (item.hasLabel() ? item.label() : item.shown());
    return item.flatMap(it -> {
      RecordDate date = Timing.date(it);
      Evidence used = Timing.usedItem(it);
      if (date == null) {
        return Value.<LocalDate>unknown("no date recorded", List.of(), used);
      }
      if (!date.isFullDate()) {
        return Value.<LocalDate>unknown(() -> "the date is only " + date, List.of(), used);
      }
      return Value.known(date.first(), used);
    }).labelled(label);
  }

  /** A coded result's codes, e.g. RECIST {@code PD} or PSMA positive. */
  public static Value<Codes> codedValue(Value<Observation> observation) {
    return observation.flatMap(o -> {
      if (o.value() instanceof ObservationValue.CodedValue coded) {
        return Value.known(Codes.of(coded.codings()), Evidence.used(o.ref()));
      }
      Supplier<String> why = () -> (o.value() == null
          ? "no value recorded"
          : o.value() instanceof ObservationValue.Unusable u ? u.reason() : "the value " + o.value() + " is not coded")
          + " (" + o.ref() + ")";
      return Value.<Codes>unknown(why, source(observation), Evidence.used(o.ref()));
    }).labelledAs(observation);
  }

  /** A condition's codes. */
  public static Value<Codes> code(Condition condition) {
    return codes(condition.codes(), condition.ref());
  }

  /** A medication's codes. */
  public static Value<Codes> code(MedicationUse use) {
    return codes(use.codes(), use.ref());
  }

  /** A procedure's codes. */
  public static Value<Codes> code(Procedure procedure) {
    return codes(procedure.codes(), procedure.ref());
  }

  /** An allergy's substance codes. */
  public static Value<Codes> code(Allergy allergy) {
    return codes(allergy.codes(), allergy.ref());
  }

  /** What an observation measured. */
  public static Value<Codes> code(Observation observation) {
    return codes(observation.codes(), observation.ref());
  }

  /** The route of a medication use; unknown when the record does not say. */
  public static Value<Codes> route(MedicationUse use) {
    if (use.routes().isEmpty()) {
      String label = "route of " + use.ref();
      return Value.<Codes>unknown("no route recorded", List.of(new Missing(label, "")),
          Evidence.used(use.ref())).labelled(label);
    }
    return Value.known(Codes.of(use.routes()), Evidence.used(use.ref())).labelled(() -> "route of " + use.ref());
  }

  /** The route of a course. */
  public static Value<Codes> route(Course course) {
    return course.route();
  }

  /** The reasons for a course: coded reasons and the codes of the conditions its uses name. */
  public static Value<Codes> reason(Course course) {
    return course.reason();
  }

  /** The length of a course in calendar days, both ends counted. */
  public static Value<Elapsed> duration(Course course) {
    return course.duration();
  }

  /** Whether a condition is active (active, recurrence or relapse); unknown when unrecorded. */
  public static Truth active(Condition condition) {
    return clinicalStatus(condition, "active", ClinicalStatus::isActive);
  }

  /** Whether a condition is resolved; unknown when its clinical status is unrecorded. */
  public static Truth resolved(Condition condition) {
    return clinicalStatus(condition, "resolved", status -> status == ClinicalStatus.RESOLVED);
  }

  private static Truth clinicalStatus(
      Condition condition, String what, java.util.function.Predicate<ClinicalStatus> test) {
    ClinicalStatus status = condition.clinicalStatus();
    Supplier<String> statement = () -> what + ": " + Show.of(condition) + ", clinical status "
        + (status == null ? "not recorded" : status.code());
    Evidence used = Evidence.used(condition.ref());
    if (status == null) {
      Missing missing = new Missing("clinical status of " + condition.ref(), "");
      return Truth.unknown(statement, List.of(missing), used);
    }
    return Truth.of(test.test(status), statement, used);
  }

  // ---- one method per kind and field, on values: what generated code calls --------------------
  // Overloads by Value<Observation> and Value<Condition> would clash by erasure, hence the names.

  public static Value<Quantity> observationValue(Value<Observation> observation) {
    return value(observation);
  }

  public static Value<Codes> observationCodedValue(Value<Observation> observation) {
    return codedValue(observation);
  }

  public static Value<LocalDate> observationDate(Value<Observation> observation) {
    return date(observation);
  }

  public static Value<Quantity> pointValue(Value<Point> point) {
    return point.flatMap(Point::value);
  }

  public static Value<LocalDate> pointDate(Value<Point> point) {
    return point.flatMap(Point::date);
  }

  public static Truth pointConflict(Value<Point> point) {
    return truth(point, Point::conflict);
  }

  public static Value<Codes> conditionCode(Value<Condition> condition) {
    return condition.flatMap(Fields::code);
  }

  public static Truth conditionActive(Value<Condition> condition) {
    return truth(condition, Fields::active);
  }

  public static Truth conditionResolved(Value<Condition> condition) {
    return truth(condition, Fields::resolved);
  }

  public static Value<LocalDate> conditionOnset(Value<Condition> condition) {
    return date(condition);
  }

  public static Value<Codes> medicationCode(Value<MedicationUse> use) {
    return use.flatMap(Fields::code);
  }

  public static Value<Codes> medicationRoute(Value<MedicationUse> use) {
    return use.flatMap(Fields::route);
  }

  public static Value<LocalDate> medicationStart(Value<MedicationUse> use) {
    return date(use);
  }

  public static Value<Codes> courseRoute(Value<Course> course) {
    return course.flatMap(Course::route);
  }

  public static Value<Codes> courseReason(Value<Course> course) {
    return course.flatMap(Course::reason);
  }

  public static Value<Elapsed> courseDuration(Value<Course> course) {
    return course.flatMap(Course::duration);
  }

  public static Value<LocalDate> courseStart(Value<Course> course) {
    return course.flatMap(Course::start);
  }

  public static Value<LocalDate> courseEnd(Value<Course> course) {
    return course.flatMap(Course::end);
  }

  public static Value<Codes> procedureCode(Value<Procedure> procedure) {
    return procedure.flatMap(Fields::code);
  }

  public static Value<LocalDate> procedureDate(Value<Procedure> procedure) {
    return date(procedure);
  }

  public static Value<Codes> allergyCode(Value<Allergy> allergy) {
    return allergy.flatMap(Fields::code);
  }

  public static Value<LocalDate> participationStart(Value<ResearchParticipation> participation) {
    return date(participation);
  }

  // A field that is a truth, of a value that may be unknown: unknown with the value's reason.
  private static <T> Truth truth(Value<T> item, java.util.function.Function<T, Truth> field) {
    if (!item.isKnown()) {
      return Truth.unknown(item::describe, item.missing(), item.evidence());
    }
    return field.apply(item.get()).withEvidence(item.evidence());
  }

  private static Value<Codes> codes(List<Coding> codings, RecordRef ref) {
    Supplier<String> label = () -> "code of " + ref;
    if (codings.isEmpty()) {
      return Value.<Codes>unknown("no code recorded", List.of(), Evidence.used(ref)).labelled(label);
    }
    return Value.known(Codes.of(codings), Evidence.used(ref)).labelled(label);
  }



  private static List<Missing> source(Value<?> value) {
    Missing source = value.origin().source();
    return source == null ? List.of() : List.of(source);
  }

  /** The earlier item of a pair of consecutive items. */
  public static <T> Value<T> pairPrevious(Value<Pair<T>> pair) {
    return pair.flatMap(Pair::previous);
  }

  /** The later item of a pair of consecutive items. */
  public static <T> Value<T> pairNext(Value<Pair<T>> pair) {
    return pair.flatMap(Pair::next);
  }
}
