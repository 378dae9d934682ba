package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The fields of records that criteria read; an absent field gives unknown with the reason. */
public final class Fields {
  private Fields() {}

  /** An observation's value as a quantity; a count has unit {@code 1}. */
  public static Value<Quantity> value(Value<Observation> observation) {
    return observation
        .flatMap(
            o -> {
              Value<Quantity> value = QuantityMath.of(o.value());
              if (value.isKnown()) {
                return value.withEvidence(Evidence.used(o.ref())).withOrigin(observation.origin());
              }
              return Value.<Quantity>unknown(
                  () ->
                      (o.value() == null ? notAs(o, "a quantity") : value.reason())
                          + " ("
                          + o.ref()
                          + ")",
                  source(observation),
                  Evidence.used(o.ref()));
            })
        .labelledAs(observation);
  }

  /** The day an item happened (an observation's date, the start of a period, a point's day). */
  public static <T> Value<LocalDate> date(Value<T> item) {
    Supplier<String> label = () -> "date of " + (item.hasLabel() ? item.label() : item.shown());
    return item.flatMap(
            it -> {
              RecordDate date = Timing.date(it);
              Evidence used = Timing.usedItem(it);
              if (date == null) {
                return Value.<LocalDate>unknown("no date recorded", List.of(), used);
              }
              if (!date.isFullDate()) {
                return Value.<LocalDate>unknown(() -> "the date is only " + date, List.of(), used);
              }
              return Value.known(date.first(), used);
            })
        .labelled(label);
  }

  /** A coded result's codes, e.g. RECIST {@code PD} or PSMA positive. */
  public static Value<Codes> codedValue(Value<Observation> observation) {
    return observation
        .flatMap(
            o -> {
              if (o.value() instanceof ObservationValue.CodedValue coded) {
                return Value.known(Codes.of(coded.codings()), Evidence.used(o.ref()));
              }
              Supplier<String> why =
                  () ->
                      (o.value() == null
                              ? noValue(o)
                              : o.value() instanceof ObservationValue.Unusable u
                                  ? u.reason()
                                  : "the value " + o.value() + " is not coded")
                          + " ("
                          + o.ref()
                          + ")";
              return Value.<Codes>unknown(why, source(observation), Evidence.used(o.ref()));
            })
        .labelledAs(observation);
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
      return Value.<Codes>unknown(
              "no route recorded", List.of(new Missing(label, "")), Evidence.used(use.ref()))
          .labelled(label);
    }
    return Value.known(Codes.of(use.routes()), Evidence.used(use.ref()))
        .labelled(() -> "route of " + use.ref());
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
    Supplier<String> statement =
        () ->
            what
                + ": "
                + Show.of(condition)
                + ", clinical status "
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
    return Point.valueOf(point);
  }

  public static Value<LocalDate> pointDate(Value<Point> point) {
    return Point.dateOf(point);
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

  // ---- fields of observations beyond the value ------------------------------------------------

  /**
   * A yes/no result: {@code valueBoolean}, or a coded yes or no (LOINC LA33-6/LA32-8, SNOMED, HL7
   * Y/N).
   */
  public static Truth observationBooleanValue(Value<Observation> observation) {
    if (!observation.isKnown()) {
      return Truth.unknown(observation.describe(), observation.missing(), observation.evidence());
    }
    Observation o = observation.get();
    String statement = "value of " + o.ref();
    Evidence used = observation.evidence().and(Evidence.used(o.ref()));
    Boolean answer = YesNo.of(o.value());
    if (answer != null) {
      return Truth.of(answer, statement + ": " + (answer ? "yes" : "no"), used);
    }
    return Truth.unknown(statement + " (" + notAs(o, "yes or no") + ")", source(observation), used);
  }

  /** A free-text result. */
  public static Value<String> observationTextValue(Value<Observation> observation) {
    return observation
        .flatMap(
            o -> {
              if (o.value() instanceof ObservationValue.TextValue text) {
                return Value.known(text.text(), "\"" + text.text() + "\"", Evidence.used(o.ref()));
              }
              return Value.<String>unknown(
                  notAs(o, "a text") + " (" + o.ref() + ")",
                  source(observation),
                  Evidence.used(o.ref()));
            })
        .labelled(observation.label());
  }

  /**
   * How the value was reported: {@code exact}, or {@code below}, {@code atMost}, {@code atLeast},
   * {@code above} for a value given as {@code <}, {@code <=}, {@code >=}, {@code >} a limit.
   */
  public static Value<Words> observationComparator(Value<Observation> observation) {
    return observation.flatMap(
        o -> {
          String label = "comparator of " + o.ref();
          ObservationValue value =
              o.value() instanceof ObservationValue.Unusable u ? u.asRead() : o.value();
          if (value instanceof ObservationValue.QuantityValue q) {
            Words words = Words.ofCode(comparatorWord(q.comparator()));
            return Value.known(words, words.toString(), Evidence.used(o.ref())).labelled(label);
          }
          if (value instanceof ObservationValue.IntegerValue) {
            return Value.known(Words.ofCode("exact"), "exact", Evidence.used(o.ref()))
                .labelled(label);
          }
          return Value.<Words>unknown(
                  notAs(o, "a number"),
                  List.of(new Missing("value of " + o.ref(), "")),
                  Evidence.used(o.ref()))
              .labelled(label);
        });
  }

  public static Value<Codes> observationInterpretation(Value<Observation> observation) {
    return observation.flatMap(
        o -> FieldReads.codes(o.interpretations(), o.ref(), "interpretation"));
  }

  public static Value<Codes> observationBodySite(Value<Observation> observation) {
    return observation.flatMap(o -> FieldReads.codes(o.bodySites(), o.ref(), "body site"));
  }

  // ---- conditions ---------------------------------------------------------------------------

  /** The day a condition ended (resolved, in remission); unknown while it has not. */
  public static Value<LocalDate> conditionAbatement(Value<Condition> condition) {
    return condition.flatMap(c -> FieldReads.day(c.abatement(), c.ref(), "abatement date"));
  }

  public static Value<Words> conditionVerification(Value<Condition> condition) {
    return condition.flatMap(
        c ->
            FieldReads.word(
                c.verificationStatus() == null ? null : c.verificationStatus().code(),
                c.ref(),
                "verification status"));
  }

  public static Value<Codes> conditionStage(Value<Condition> condition) {
    return condition.flatMap(c -> FieldReads.codes(c.stages(), c.ref(), "stage"));
  }

  public static Value<Codes> conditionBodySite(Value<Condition> condition) {
    return condition.flatMap(c -> FieldReads.codes(c.bodySites(), c.ref(), "body site"));
  }

  // ---- medication uses ------------------------------------------------------------------------

  /**
   * Which kind of record the use comes from: {@code request}, {@code statement}, {@code
   * administration}, {@code dispense}.
   */
  public static Value<Words> medicationSource(Value<MedicationUse> use) {
    return use.flatMap(
        m -> FieldReads.word(m.source() == null ? null : m.source().word(), m.ref(), "source"));
  }

  public static Value<Words> medicationStatus(Value<MedicationUse> use) {
    return use.flatMap(
        m ->
            m.status() == MedicationStatus.UNKNOWN
                ? FieldReads.word(null, m.ref(), "status")
                : FieldReads.word(m.status().code(), m.ref(), "status"));
  }

  public static Value<Codes> medicationStatusReason(Value<MedicationUse> use) {
    return use.flatMap(m -> FieldReads.codes(m.statusReasons(), m.ref(), "status reason"));
  }

  /** The last day of the use; the screening date while it goes on. */
  public static Value<LocalDate> medicationEnd(Value<MedicationUse> use) {
    return use.flatMap(m -> FieldReads.end(m.period(), m.ref(), use.origin()));
  }

  /** The day of the last dose the record shows given or taken. */
  public static Value<LocalDate> medicationLastDose(Value<MedicationUse> use) {
    return use.flatMap(
        m -> {
          if (m.lastDose() == null
              && (m.source() == MedicationSource.REQUEST
                  || m.source() == MedicationSource.DISPENSE)) {
            String why =
                m.source() == MedicationSource.REQUEST
                    ? "an order records no dose given"
                    : "a dispense records the drug handed over, not a dose taken";
            return Value.<LocalDate>unknown(
                    why,
                    List.of(new Missing("last dose of " + m.ref(), "")),
                    Evidence.used(m.ref()))
                .labelled("last dose of " + m.ref());
          }
          if (m.lastDose() == null && m.period() != null && m.period().isOngoing()) {
            return Value.<LocalDate>unknown(
                    "still being taken, so its last dose is not yet known",
                    List.of(new Missing("last dose of " + m.ref(), "")),
                    Evidence.used(m.ref()))
                .labelled("last dose of " + m.ref());
          }
          return FieldReads.day(m.lastDose(), m.ref(), "last dose");
        });
  }

  public static Value<Quantity> medicationDose(Value<MedicationUse> use) {
    return use.flatMap(Doses::dose);
  }

  public static Value<Quantity> medicationFrequency(Value<MedicationUse> use) {
    return use.flatMap(Doses::frequency);
  }

  public static Value<Quantity> medicationDailyDose(Value<MedicationUse> use) {
    return use.flatMap(Doses::dailyDose);
  }

  public static Value<Codes> medicationReason(Value<MedicationUse> use) {
    return use.flatMap(
        m -> FieldReads.reasons(m.reasonCodes(), m.reasonRefs(), m.ref(), use.origin()));
  }

  // ---- procedures -----------------------------------------------------------------------------

  public static Value<Words> procedureStatus(Value<Procedure> procedure) {
    return procedure.flatMap(
        p ->
            FieldReads.word(
                p.status() == ProcedureStatus.UNKNOWN ? null : p.status().code(),
                p.ref(),
                "status"));
  }

  public static Value<Codes> procedureBodySite(Value<Procedure> procedure) {
    return procedure.flatMap(p -> FieldReads.codes(p.bodySites(), p.ref(), "body site"));
  }

  public static Value<Codes> procedureReason(Value<Procedure> procedure) {
    return procedure.flatMap(
        p -> FieldReads.reasons(p.reasonCodes(), p.reasonRefs(), p.ref(), procedure.origin()));
  }

  // ---- allergies --------------------------------------------------------------------------------

  public static Value<Words> allergyType(Value<Allergy> allergy) {
    return allergy.flatMap(a -> FieldReads.word(a.type(), a.ref(), "type"));
  }

  public static Value<Words> allergyCategory(Value<Allergy> allergy) {
    return allergy.flatMap(a -> FieldReads.words(a.categories(), a.ref(), "category"));
  }

  public static Value<Words> allergyCriticality(Value<Allergy> allergy) {
    return allergy.flatMap(a -> FieldReads.word(a.criticality(), a.ref(), "criticality"));
  }

  /** The severities of the allergy's reactions. */
  public static Value<Words> allergySeverity(Value<Allergy> allergy) {
    return allergy.flatMap(
        a -> {
          List<String> severities = new java.util.ArrayList<>();
          a.reactions().stream()
              .filter(r -> r.severity() != null)
              .forEach(r -> severities.add(r.severity()));
          return FieldReads.words(severities, a.ref(), "reaction severity");
        });
  }

  /** What the allergy's reactions were. */
  public static Value<Codes> allergyManifestation(Value<Allergy> allergy) {
    return allergy.flatMap(
        a -> {
          List<Coding> manifestations = new java.util.ArrayList<>();
          a.reactions()
              .forEach(
                  r ->
                      r.manifestations().stream()
                          .filter(c -> !manifestations.contains(c))
                          .forEach(manifestations::add));
          return FieldReads.codes(manifestations, a.ref(), "reaction manifestation");
        });
  }

  public static Value<LocalDate> allergyDate(Value<Allergy> allergy) {
    return allergy.flatMap(a -> FieldReads.day(a.recorded(), a.ref(), "recorded date"));
  }

  // ---- study participations -----------------------------------------------------------------

  public static Value<Words> participationStatus(Value<ResearchParticipation> participation) {
    return participation.flatMap(
        r ->
            FieldReads.word(
                r.status().equals(ResearchParticipation.UNKNOWN_STATUS) ? null : r.status(),
                r.ref(),
                "status"));
  }

  /** The study's identifiers, each with the system that issues it. */
  public static Value<Codes> participationStudy(Value<ResearchParticipation> participation) {
    return participation.flatMap(r -> FieldReads.codes(r.studies(), r.ref(), "study"));
  }

  public static Value<LocalDate> participationEnd(Value<ResearchParticipation> participation) {
    return participation.flatMap(r -> FieldReads.end(r.period(), r.ref(), participation.origin()));
  }

  // ---- specimens ------------------------------------------------------------------------------

  public static Value<Codes> specimenType(Value<Specimen> specimen) {
    return specimen.flatMap(s -> FieldReads.codes(s.codes(), s.ref(), "type"));
  }

  public static Value<LocalDate> specimenCollected(Value<Specimen> specimen) {
    return specimen.flatMap(s -> FieldReads.day(s.collected(), s.ref(), "collection date"));
  }

  public static Value<Words> specimenStatus(Value<Specimen> specimen) {
    return specimen.flatMap(
        s -> FieldReads.word(s.status() == null ? null : s.status().code(), s.ref(), "status"));
  }

  public static Value<Codes> specimenBodySite(Value<Specimen> specimen) {
    return specimen.flatMap(s -> FieldReads.codes(s.bodySites(), s.ref(), "body site"));
  }

  // ---- encounters -------------------------------------------------------------------------------

  public static Value<Codes> encounterClass(Value<Encounter> encounter) {
    return encounter.flatMap(e -> FieldReads.codes(e.classes(), e.ref(), "class"));
  }

  public static Value<Codes> encounterType(Value<Encounter> encounter) {
    return encounter.flatMap(e -> FieldReads.codes(e.types(), e.ref(), "type"));
  }

  public static Value<LocalDate> encounterStart(Value<Encounter> encounter) {
    return encounter.flatMap(
        e -> FieldReads.day(e.period() == null ? null : e.period().start(), e.ref(), "start"));
  }

  public static Value<LocalDate> encounterEnd(Value<Encounter> encounter) {
    return encounter.flatMap(e -> FieldReads.end(e.period(), e.ref(), encounter.origin()));
  }

  public static Value<Words> encounterStatus(Value<Encounter> encounter) {
    return encounter.flatMap(
        e ->
            FieldReads.word(
                e.status() == EncounterStatus.UNKNOWN ? null : e.status().code(),
                e.ref(),
                "status"));
  }

  // ---- diagnostic reports -----------------------------------------------------------------------

  public static Value<Codes> reportCode(Value<DiagnosticReport> report) {
    return report.flatMap(r -> codes(r.codes(), r.ref()));
  }

  public static Value<Codes> reportConclusion(Value<DiagnosticReport> report) {
    return report.flatMap(r -> FieldReads.codes(r.conclusions(), r.ref(), "conclusion"));
  }

  public static Value<LocalDate> reportIssued(Value<DiagnosticReport> report) {
    return report.flatMap(r -> FieldReads.day(r.issued(), r.ref(), "issue date"));
  }

  public static Value<LocalDate> reportDate(Value<DiagnosticReport> report) {
    return date(report);
  }

  public static Value<Words> reportStatus(Value<DiagnosticReport> report) {
    return report.flatMap(
        r ->
            FieldReads.word(
                r.status() == ReportStatus.UNKNOWN ? null : r.status().code(), r.ref(), "status"));
  }

  // ---- imaging studies --------------------------------------------------------------------------

  public static Value<Codes> imagingCode(Value<ImagingStudy> study) {
    return study.flatMap(i -> codes(i.codes(), i.ref()));
  }

  public static Value<Codes> imagingModality(Value<ImagingStudy> study) {
    return study.flatMap(i -> FieldReads.codes(i.modalities(), i.ref(), "modality"));
  }

  public static Value<Codes> imagingBodySite(Value<ImagingStudy> study) {
    return study.flatMap(i -> FieldReads.codes(i.bodySites(), i.ref(), "body site"));
  }

  public static Value<LocalDate> imagingDate(Value<ImagingStudy> study) {
    return date(study);
  }

  public static Value<Words> imagingStatus(Value<ImagingStudy> study) {
    return study.flatMap(
        i ->
            FieldReads.word(
                i.status() == ImagingStatus.UNKNOWN ? null : i.status().code(), i.ref(), "status"));
  }

  /**
   * Why an observation's value is not of the kind a field reads, e.g. {@code no value recorded: not
   * performed}.
   */
  static String notAs(Observation o, String kind) {
    ObservationValue value = o.value();
    if (value == null) {
      return noValue(o);
    }
    if (value instanceof ObservationValue.Unusable u) {
      return u.reason();
    }
    return "the value " + value + " is not " + kind;
  }

  /**
   * {@code no value recorded}, with the record's reason when it gives one: {@code no value
   * recorded; the reason given is 'cuff error'}. A code's display ({@code Not Performed}) is shown
   * in lower case, as words of the sentence; an acronym keeps its capitals.
   */
  static String noValue(Observation o) {
    String reason = o.absentReason();
    if (reason == null || reason.isBlank()) {
      return "no value recorded";
    }
    StringBuilder words = new StringBuilder();
    for (String word : reason.trim().split(" ", -1)) {
      if (words.length() > 0) {
        words.append(' ');
      }
      boolean capitalised =
          word.length() > 1
              && Character.isUpperCase(word.charAt(0))
              && word.substring(1).chars().allMatch(Character::isLowerCase);
      words.append(capitalised ? word.toLowerCase(java.util.Locale.ROOT) : word);
    }
    return "no value recorded; the reason given is '" + words + "'";
  }

  private static String comparatorWord(String comparator) {
    if (comparator == null) {
      return "exact";
    }
    switch (comparator) {
      case "<":
        return "below";
      case "<=":
        return "atMost";
      case ">=":
        return "atLeast";
      default:
        return "above";
    }
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
      return Value.<Codes>unknown("no code recorded", List.of(), Evidence.used(ref))
          .labelled(label);
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

  /** The drugs of a course, an episode or a regimen: every code of its uses. */
  public static Value<Codes> courseCode(Value<Course> course) {
    return course.flatMap(Course::codes);
  }

  /** How many different drugs a course, an episode or a regimen holds. */
  public static Value<Quantity> courseDrugs(Value<Course> course) {
    return course.flatMap(Course::drugs);
  }

  /** The medication uses of a course, an episode or a regimen, as a list. */
  public static Value<Items<MedicationUse>> courseUses(Value<Course> course) {
    return course.map(
        c ->
            new Items<>("uses of " + c, "", membersOf(c.uses()), Evidence.none(), course.origin()));
  }

  private static List<Member<MedicationUse>> membersOf(List<MedicationUse> uses) {
    List<Member<MedicationUse>> members = new java.util.ArrayList<>();
    uses.forEach(use -> members.add(Member.definite(use)));
    return members;
  }
}
