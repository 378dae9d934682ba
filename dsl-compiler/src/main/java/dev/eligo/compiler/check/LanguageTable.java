package dev.eligo.compiler.check;

import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.LIST;
import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.VALUE;
import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.WHOLE_NUMBER;

import dev.eligo.compiler.ast.DataDeclaration.ValueKind;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.FunctionDeclaration.Parameter;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The declaration table of the language: every function, field and list operator, with its types
 * and the runtime method it becomes. The checker derives signatures, arity and suggestions from it,
 * the generator emits calls from it, docs/language.md is checked against it, and a test checks each
 * runtime method it names. A new builtin is one row here and one runtime method.
 */
public final class LanguageTable {
  private LanguageTable() {}

  // ---- functions ------------------------------------------------------------------------------

  /** Every function, in the order documentation lists them. */
  public static final List<FunctionDeclaration> FUNCTIONS =
      List.of(
          function(
              "series",
              "series(observations)",
              "their values in time order, one point per calendar day (equal values on one day count once; different values make that point's value unknown; an observation with only a partial date is a possible point)",
              "{0}",
              args ->
                  new ListOf(
                      new RecordType(RecordKind.POINT, observationOf(elementOf(args.get(0))))),
              RuntimeCall.SERIES,
              list("observations with numeric values", LanguageTable::isNumericObservation)),
          function(
              "runs",
              "runs(list, n)",
              "every run of n consecutive items",
              "runs of {1} of {0}",
              args -> new ListOf(args.get(0)),
              RuntimeCall.RUNS,
              list("a list", any()),
              new Parameter(
                  "a whole number of at least 1 written in the file", WHOLE_NUMBER, any())),
          function(
              "pairs",
              "pairs(list)",
              "every two consecutive items, as previous and next",
              "consecutive pairs of {0}",
              args -> new ListOf(new Type.Pair(elementOf(args.get(0)))),
              RuntimeCall.PAIRS,
              list("a list", any())),
          function(
              "rest",
              "rest(list)",
              "all items but the first",
              "{0} after the first",
              args -> args.get(0),
              RuntimeCall.REST,
              list("a list", any())),
          function(
              "first",
              "first(list)",
              "the first item in the list's order; unknown for an empty list or when an uncertain item comes first",
              "the first of {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.FIRST,
              list("a list", any())),
          function(
              "last",
              "last(list)",
              "the last item in the list's order; unknown for an empty list or when an uncertain item comes last",
              "the last of {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.LAST,
              list("a list", any())),
          function(
              "min",
              "min(points)",
              "the point with the lowest value (the earliest on a tie); unknown when a point's value is unknown or cannot be compared",
              "the lowest of {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.MIN,
              list("a series of points", isKind(RecordKind.POINT))),
          function(
              "max",
              "max(points)",
              "the point with the highest value (the earliest on a tie); unknown when a point's value is unknown or cannot be compared",
              "the highest of {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.MAX,
              list("a series of points", isKind(RecordKind.POINT))),
          function(
              "upTo",
              "upTo(points, point)",
              "the points dated at or before that point",
              "{0} up to {1}",
              args -> args.get(0),
              RuntimeCall.UP_TO,
              list("a series of points", isKind(RecordKind.POINT)),
              new Parameter("a point", VALUE, isKind(RecordKind.POINT))),
          function(
              "episodes",
              "episodes(medications, gap)",
              "uses of the same drug (the same first code) joined when the next starts within the gap after the"
                  + " previous ends; items like courses, in time order",
              "episodes of {0} (gap {1})",
              args -> new ListOf(new RecordType(RecordKind.COURSE, null)),
              RuntimeCall.EPISODES,
              list("medication uses", isKind(RecordKind.MEDICATION)),
              duration()),
          function(
              "regimens",
              "regimens(medications, window)",
              "uses started within the window of a regimen's first start, whatever the drug, together (a drug of"
                  + " the regimen renewed within the window after its end continues it): lines of therapy, in time order",
              "regimens of {0} (window {1})",
              args -> new ListOf(new RecordType(RecordKind.COURSE, null)),
              RuntimeCall.REGIMENS,
              list("medication uses", isKind(RecordKind.MEDICATION)),
              duration()),
          function(
              "nth",
              "nth(list, n)",
              "the n-th item (1 is the first); unknown when there are fewer or an uncertain"
                  + " item comes before it",
              "item {1} of {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.NTH,
              list("a list", any()),
              new Parameter(
                  "a whole number of at least 1 written in the file", WHOLE_NUMBER, any())),
          function(
              "after",
              "after(list, item)",
              "the items after that item, in the list's order",
              "{0} after {1}",
              args -> args.get(0),
              RuntimeCall.AFTER,
              list("a list", any()),
              itemOfFirst()),
          function(
              "next",
              "next(list, item)",
              "the item right after that item; unknown when there is none",
              "the item after {1} in {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.NEXT,
              list("a list", any()),
              itemOfFirst()),
          function(
              "previous",
              "previous(list, item)",
              "the item right before that item; unknown when there is none",
              "the item before {1} in {0}",
              args -> elementOf(args.get(0)),
              RuntimeCall.PREVIOUS,
              list("a list", any()),
              itemOfFirst()),
          function(
              "measuredWith",
              "measuredWith(observation, observations)",
              "the item of the list measured with the observation: a component of the same Observation (the diastolic of a blood pressure panel), else a separate Observation of the same date and time of day; unknown when there is none, when the record gives no time of day, or when several differ",
              "{1} measured with {0}",
              args -> elementOf(args.get(1)),
              RuntimeCall.MEASURED_WITH,
              new Parameter("an observation", VALUE, isKind(RecordKind.OBSERVATION)),
              list("observations", isKind(RecordKind.OBSERVATION))),
          function(
              "doseDays",
              "doseDays(medications)",
              "the number of distinct days on which the uses gave a dose: the day of each administration (unknown when a use is not an administration or has no full date)",
              "days with a dose of {0}",
              args -> Type.NUMBER,
              RuntimeCall.DOSE_DAYS,
              list("medication uses", isKind(RecordKind.MEDICATION))),
          function(
              "unrefuted",
              "unrefuted(records)",
              "the same records with an unconfirmed, provisional or differential diagnosis counted as surely there: any record not refuted",
              "{0} not refuted",
              args -> args.get(0),
              RuntimeCall.UNREFUTED,
              list(
                  "conditions or allergies",
                  t -> isKind(RecordKind.CONDITION).test(t) || isKind(RecordKind.ALLERGY).test(t))),
          function(
              "courses",
              "courses(medications)",
              "uses merged into courses of treatment per route: the next use starts by the day after the previous ends",
              "courses of {0}",
              args -> new ListOf(new RecordType(RecordKind.COURSE, null)),
              RuntimeCall.COURSES,
              list("medication uses", isKind(RecordKind.MEDICATION))));

  /** The function of this name, if the language has one. */
  public static Optional<FunctionDeclaration> function(String name) {
    return FUNCTIONS.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  // ---- fields ---------------------------------------------------------------------------------

  /** Every field, grouped by owner, in the order documentation lists them. */
  // ---- the words of fields tested with 'is', FHIR's codes in camel case -------------------------

  static final List<String> COMPARATORS = List.of("exact", "below", "atMost", "atLeast", "above");

  static final List<String> VERIFICATIONS =
      List.of(
          "confirmed", "unconfirmed", "provisional", "differential", "refuted", "enteredInError");
  static final List<String> SOURCES = List.of("request", "statement", "administration", "dispense");
  static final List<String> MEDICATION_STATUSES =
      List.of(
          "active",
          "inProgress",
          "completed",
          "stopped",
          "onHold",
          "intended",
          "notTaken",
          "notDone",
          "cancelled",
          "draft",
          "preparation",
          "declined",
          "enteredInError");
  static final List<String> PROCEDURE_STATUSES =
      List.of(
          "preparation",
          "inProgress",
          "notDone",
          "onHold",
          "stopped",
          "completed",
          "enteredInError");
  static final List<String> ALLERGY_TYPES = List.of("allergy", "intolerance");
  static final List<String> ALLERGY_CATEGORIES =
      List.of("food", "medication", "environment", "biologic");
  static final List<String> CRITICALITIES = List.of("low", "high", "unableToAssess");
  static final List<String> SEVERITIES = List.of("mild", "moderate", "severe");
  static final List<String> PARTICIPATION_STATUSES =
      List.of(
          "candidate",
          "eligible",
          "followUp",
          "ineligible",
          "notRegistered",
          "offStudy",
          "onStudy",
          "onStudyIntervention",
          "onStudyObservation",
          "pendingOnStudy",
          "potentialCandidate",
          "screening",
          "withdrawn");
  static final List<String> SPECIMEN_STATUSES =
      List.of("available", "unavailable", "unsatisfactory", "enteredInError");
  static final List<String> ENCOUNTER_STATUSES =
      List.of(
          "planned",
          "arrived",
          "triaged",
          "inProgress",
          "onleave",
          "finished",
          "cancelled",
          "enteredInError");
  static final List<String> REPORT_STATUSES =
      List.of(
          "registered",
          "partial",
          "preliminary",
          "final",
          "amended",
          "corrected",
          "appended",
          "cancelled",
          "enteredInError");
  static final List<String> IMAGING_STATUSES =
      List.of("registered", "available", "cancelled", "enteredInError");
  static final List<String> IMMUNIZATION_STATUSES =
      List.of("completed", "notDone", "enteredInError");

  public static final List<FieldDeclaration> FIELDS =
      List.of(
          field(
              FieldOwner.OBSERVATION,
              "value",
              "quantity or number, as declared",
              "the result; unknown when absent (with the record's reason, such as 'not performed'), not of the declared kind, or carrying a comparator (< 20)",
              "valueQuantity (with comparator and unit) or valueInteger; dataAbsentReason",
              LanguageTable::isNumericObservation,
              t -> ((RecordType) t).valueType(),
              RuntimeCall.OBSERVATION_VALUE),
          field(
              FieldOwner.OBSERVATION,
              "value",
              "codes",
              "the coded result",
              "valueCodeableConcept",
              t -> isObservationOf(t, ValueKind.CODED),
              t -> Type.CODES,
              RuntimeCall.OBSERVATION_CODED_VALUE),
          field(
              FieldOwner.OBSERVATION,
              "value",
              "truth",
              "a yes/no result (a boolean observation); unknown when absent or neither yes nor no",
              "valueBoolean, or valueCodeableConcept LOINC LA33-6/LA32-8, SNOMED CT 373066001/373067005, HL7 v2-0136 Y/N",
              t -> isObservationOf(t, ValueKind.BOOLEAN),
              t -> Type.TRUTH,
              RuntimeCall.OBSERVATION_BOOLEAN_VALUE),
          field(
              FieldOwner.OBSERVATION,
              "value",
              "text",
              "a free-text result (a text observation), compared with = or != ignoring case",
              "valueString",
              t -> isObservationOf(t, ValueKind.TEXT),
              t -> Type.TEXT,
              RuntimeCall.OBSERVATION_TEXT_VALUE),
          field(
              FieldOwner.OBSERVATION,
              "date",
              "date",
              "the day measured; unknown when the record gives only a partial date",
              "effectiveDateTime, else effectivePeriod.start, else effectiveInstant",
              always(),
              t -> Type.DATE,
              RuntimeCall.OBSERVATION_DATE),
          field(
              FieldOwner.OBSERVATION,
              "comparator",
              words(COMPARATORS),
              "how the value was reported: exact, or below (<), atMost (<=), atLeast (>=), above (>) a limit; unknown when there is no numeric value",
              "valueQuantity.comparator",
              always(),
              t -> new Type.Words("comparator", "observation", COMPARATORS),
              RuntimeCall.OBSERVATION_COMPARATOR),
          field(
              FieldOwner.OBSERVATION,
              "interpretation",
              "codes",
              "the interpretation codes (high, low, positive, not detected); unknown when none is recorded",
              "interpretation (of the component, for a part)",
              always(),
              t -> Type.CODES,
              RuntimeCall.OBSERVATION_INTERPRETATION),
          field(
              FieldOwner.OBSERVATION,
              "bodySite",
              "codes",
              "where on the body it was measured; unknown when not recorded",
              "bodySite (of the whole observation, for a part)",
              always(),
              t -> Type.CODES,
              RuntimeCall.OBSERVATION_BODY_SITE),
          field(
              FieldOwner.POINT,
              "value",
              "quantity, in the concept's unit",
              "the day's value; unknown when a result has a comparator, no number, a unit that cannot be converted, or differs from another result that day",
              "the observations of that day",
              always(),
              t -> ((RecordType) t).valueType(),
              RuntimeCall.POINT_VALUE),
          field(
              FieldOwner.POINT,
              "date",
              "date",
              "the day",
              "the observations' date",
              always(),
              t -> Type.DATE,
              RuntimeCall.POINT_DATE),
          field(
              FieldOwner.POINT,
              "conflict",
              "truth",
              "whether the day's results differ (the one cause of an unknown value that leaves only runs through that day unknown)",
              "the observations of that day",
              always(),
              t -> Type.TRUTH,
              RuntimeCall.POINT_CONFLICT),
          field(
              FieldOwner.CONDITION,
              "code",
              "codes",
              "the diagnosis codes",
              "code.coding",
              always(),
              t -> Type.CODES,
              RuntimeCall.CONDITION_CODE),
          field(
              FieldOwner.CONDITION,
              "active",
              "truth",
              "clinical status active, recurrence or relapse; unknown when no clinical status is recorded",
              "clinicalStatus",
              always(),
              t -> Type.TRUTH,
              RuntimeCall.CONDITION_ACTIVE),
          field(
              FieldOwner.CONDITION,
              "resolved",
              "truth",
              "clinical status resolved; unknown when no clinical status is recorded",
              "clinicalStatus",
              always(),
              t -> Type.TRUTH,
              RuntimeCall.CONDITION_RESOLVED),
          field(
              FieldOwner.CONDITION,
              "onset",
              "date",
              "the day it began",
              "onsetDateTime, onsetPeriod.start, else recordedDate",
              always(),
              t -> Type.DATE,
              RuntimeCall.CONDITION_ONSET),
          field(
              FieldOwner.CONDITION,
              "abatement",
              "date",
              "the day it ended (resolved, in remission); unknown when no end is recorded or only a partial one",
              "abatementDateTime, else abatementPeriod.end, else abatementPeriod.start (abatementAge, abatementString and abatementRange give no date: a problem)",
              always(),
              t -> Type.DATE,
              RuntimeCall.CONDITION_ABATEMENT),
          field(
              FieldOwner.CONDITION,
              "verification",
              words(VERIFICATIONS),
              "the verification status; unknown when not recorded, and such a record counts as a sure member (refuted and entered-in-error records never reach a list, tentative ones are possible members)",
              "verificationStatus",
              always(),
              t -> new Type.Words("verification", "condition", VERIFICATIONS),
              RuntimeCall.CONDITION_VERIFICATION),
          field(
              FieldOwner.CONDITION,
              "stage",
              "codes",
              "the stage (TNM, AJCC, a summary stage): the codes of every stage.summary, so in holds when any stage is in the set; unknown when not staged",
              "stage.summary (stage.type and stage.assessment are not read)",
              always(),
              t -> Type.CODES,
              RuntimeCall.CONDITION_STAGE),
          field(
              FieldOwner.CONDITION,
              "bodySite",
              "codes",
              "where in the body it is; unknown when not recorded",
              "bodySite",
              always(),
              t -> Type.CODES,
              RuntimeCall.CONDITION_BODY_SITE),
          field(
              FieldOwner.MEDICATION,
              "code",
              "codes",
              "the drug's codes",
              "medicationCodeableConcept, or the code of the Medication it references",
              always(),
              t -> Type.CODES,
              RuntimeCall.MEDICATION_CODE),
          field(
              FieldOwner.MEDICATION,
              "source",
              words(SOURCES),
              "which kind of record the use comes from",
              "the resource type: MedicationRequest, MedicationStatement, MedicationAdministration, MedicationDispense",
              always(),
              t -> new Type.Words("source", "medication use", SOURCES),
              RuntimeCall.MEDICATION_SOURCE),
          field(
              FieldOwner.MEDICATION,
              "status",
              words(MEDICATION_STATUSES),
              "the status; unknown when the record's status is unknown (uses that never count are in no list)",
              "status",
              always(),
              t -> new Type.Words("status", "medication use", MEDICATION_STATUSES),
              RuntimeCall.MEDICATION_STATUS),
          field(
              FieldOwner.MEDICATION,
              "statusReason",
              "codes",
              "why the use has its status (stopped for progression, for toxicity); unknown when not recorded",
              "statusReason (statusReason[x] of a dispense)",
              always(),
              t -> Type.CODES,
              RuntimeCall.MEDICATION_STATUS_REASON),
          field(
              FieldOwner.MEDICATION,
              "route",
              "codes",
              "the route of administration; unknown when not recorded",
              "dosage.route (statements, administrations), dosageInstruction.route (requests, dispenses)",
              always(),
              t -> Type.CODES,
              RuntimeCall.MEDICATION_ROUTE),
          field(
              FieldOwner.MEDICATION,
              "start",
              "date",
              "the first day of the use",
              "effectivePeriod.start, effectiveDateTime, authoredOn of a request (active or unknown), whenHandedOver of a dispense",
              always(),
              t -> Type.DATE,
              RuntimeCall.MEDICATION_START),
          field(
              FieldOwner.MEDICATION,
              "end",
              "date",
              "the last day of the use; the screening date while it goes on (an active statement or in-progress administration without an end, every request); for a use not active whose period has no end, its first day, and the record has a problem",
              "effectivePeriod.end, effectiveDateTime; whenHandedOver + daysSupply − 1 day of a dispense; nothing of a request (its dispenseRequest.validityPeriod is not read)",
              always(),
              t -> Type.DATE,
              RuntimeCall.MEDICATION_END),
          field(
              FieldOwner.MEDICATION,
              "lastDose",
              "date",
              "the day of the last dose the record shows given or taken; unknown for requests, dispenses, uses still going on, and a statement or administration whose effectivePeriod has no end",
              "effectiveDateTime (whatever the status), or the written effectivePeriod.end, of administrations and statements",
              always(),
              t -> Type.DATE,
              RuntimeCall.MEDICATION_LAST_DOSE),
          field(
              FieldOwner.MEDICATION,
              "dose",
              "quantity in the record's unit",
              "the amount of one dose; unknown when none is recorded, when it is a range or text only, or when the dosage instructions differ",
              "dosage.doseAndRate.doseQuantity, dosageInstruction.doseAndRate.doseQuantity, dosage.dose of an administration",
              always(),
              t -> Type.RECORDED_QUANTITY,
              RuntimeCall.MEDICATION_DOSE),
          field(
              FieldOwner.MEDICATION,
              "frequency",
              "quantity in '/d'",
              "how many times a day the dose is given; unknown when as needed, a range, or not stated",
              "dosage.timing.repeat (frequency per period and periodUnit, timeOfDay, when) or timing.code (QD, BID, TID, QID, QOD, Q4H, WK, ...)",
              always(),
              t -> new Type.Quantity("/d"),
              RuntimeCall.MEDICATION_FREQUENCY),
          field(
              FieldOwner.MEDICATION,
              "dailyDose",
              "quantity in the record's unit per day",
              "dose × times per day, summed over the dosage instructions, converted with UCUM (100 mg twice a day is 200 mg/d); unknown, naming the record, when a dose has no frequency, is as needed, or is an administration",
              "dose and frequency as above",
              always(),
              t -> Type.RECORDED_DAILY_QUANTITY,
              RuntimeCall.MEDICATION_DAILY_DOSE),
          field(
              FieldOwner.MEDICATION,
              "reason",
              "codes",
              "coded reasons and the codes of the conditions the use references; unknown when none is stated, or when the only reasons are references to something else (an Observation, a report) or to a condition not among the patient's counting conditions; such a reference is left out when other reasons are stated",
              "reasonCode, reasonReference",
              always(),
              t -> Type.CODES,
              RuntimeCall.MEDICATION_REASON),
          field(
              FieldOwner.COURSE,
              "route",
              "codes",
              "the route of the merged uses; unknown when not recorded",
              "the uses' routes",
              always(),
              t -> Type.CODES,
              RuntimeCall.COURSE_ROUTE),
          field(
              FieldOwner.COURSE,
              "reason",
              "codes",
              "coded reasons and the codes of the conditions the uses reference; unknown when none is stated",
              "reasonCode, reasonReference",
              always(),
              t -> Type.CODES,
              RuntimeCall.COURSE_REASON),
          field(
              FieldOwner.COURSE,
              "duration",
              "measured duration",
              "inclusive calendar days from the first to the last day",
              "the uses' periods",
              always(),
              t -> Type.MEASURED_DURATION,
              RuntimeCall.COURSE_DURATION),
          field(
              FieldOwner.COURSE,
              "code",
              "codes",
              "the drugs: every code of its uses",
              "the uses' codes",
              always(),
              t -> Type.CODES,
              RuntimeCall.COURSE_CODE),
          field(
              FieldOwner.COURSE,
              "drugs",
              "number",
              "how many different drugs (by each use's first code)",
              "the uses' codes",
              always(),
              t -> Type.NUMBER,
              RuntimeCall.COURSE_DRUGS),
          field(
              FieldOwner.COURSE,
              "uses",
              "list of medication uses",
              "the medication uses it joins",
              "",
              always(),
              t -> new ListOf(new RecordType(RecordKind.MEDICATION, null)),
              RuntimeCall.COURSE_USES),
          field(
              FieldOwner.COURSE,
              "start",
              "date",
              "the first day",
              "the uses' periods",
              always(),
              t -> Type.DATE,
              RuntimeCall.COURSE_START),
          field(
              FieldOwner.COURSE,
              "end",
              "date",
              "the last day; the screening date while the course is ongoing",
              "the uses' periods",
              always(),
              t -> Type.DATE,
              RuntimeCall.COURSE_END),
          field(
              FieldOwner.PROCEDURE,
              "code",
              "codes",
              "the procedure's codes",
              "code.coding",
              always(),
              t -> Type.CODES,
              RuntimeCall.PROCEDURE_CODE),
          field(
              FieldOwner.PROCEDURE,
              "date",
              "date",
              "the day it was performed",
              "performedDateTime, else performedPeriod.start",
              always(),
              t -> Type.DATE,
              RuntimeCall.PROCEDURE_DATE),
          field(
              FieldOwner.PROCEDURE,
              "status",
              words(PROCEDURE_STATUSES),
              "the status; unknown when the record's status is unknown",
              "status",
              always(),
              t -> new Type.Words("status", "procedure", PROCEDURE_STATUSES),
              RuntimeCall.PROCEDURE_STATUS),
          field(
              FieldOwner.PROCEDURE,
              "bodySite",
              "codes",
              "where on the body it was performed; unknown when not recorded",
              "bodySite",
              always(),
              t -> Type.CODES,
              RuntimeCall.PROCEDURE_BODY_SITE),
          field(
              FieldOwner.PROCEDURE,
              "reason",
              "codes",
              "coded reasons and the codes of the conditions it references (the fracture it treated); unknown when none is stated, or when the only reasons are references to something else (an Observation, a report) or to a condition not among the patient's counting conditions; such a reference is left out when other reasons are stated",
              "reasonCode, reasonReference",
              always(),
              t -> Type.CODES,
              RuntimeCall.PROCEDURE_REASON),
          field(
              FieldOwner.ALLERGY,
              "code",
              "codes",
              "the substance's codes",
              "code.coding, reaction.substance",
              always(),
              t -> Type.CODES,
              RuntimeCall.ALLERGY_CODE),
          field(
              FieldOwner.ALLERGY,
              "type",
              words(ALLERGY_TYPES),
              "allergy or intolerance; unknown when not recorded",
              "type",
              always(),
              t -> new Type.Words("type", "allergy", ALLERGY_TYPES),
              RuntimeCall.ALLERGY_TYPE),
          field(
              FieldOwner.ALLERGY,
              "category",
              words(ALLERGY_CATEGORIES),
              "what kind of substance; several may hold; unknown when not recorded",
              "category",
              always(),
              t -> new Type.Words("category", "allergy", ALLERGY_CATEGORIES),
              RuntimeCall.ALLERGY_CATEGORY),
          field(
              FieldOwner.ALLERGY,
              "criticality",
              words(CRITICALITIES),
              "the potential for a serious reaction; unknown when not recorded",
              "criticality",
              always(),
              t -> new Type.Words("criticality", "allergy", CRITICALITIES),
              RuntimeCall.ALLERGY_CRITICALITY),
          field(
              FieldOwner.ALLERGY,
              "severity",
              words(SEVERITIES),
              "the severities of its reactions (is holds when any reaction has it, whatever its manifestation); unknown when no reaction has one",
              "reaction.severity",
              always(),
              t -> new Type.Words("severity", "allergy", SEVERITIES),
              RuntimeCall.ALLERGY_SEVERITY),
          field(
              FieldOwner.ALLERGY,
              "manifestation",
              "codes",
              "what its reactions were (anaphylaxis, urticaria): the codes of every reaction, not tied to any one reaction's severity; unknown when none is recorded",
              "reaction.manifestation",
              always(),
              t -> Type.CODES,
              RuntimeCall.ALLERGY_MANIFESTATION),
          field(
              FieldOwner.ALLERGY,
              "date",
              "date",
              "the day it was recorded",
              "recordedDate",
              always(),
              t -> Type.DATE,
              RuntimeCall.ALLERGY_DATE),
          field(
              FieldOwner.PARTICIPATION,
              "start",
              "date",
              "the day participation began",
              "ResearchSubject.period.start",
              always(),
              t -> Type.DATE,
              RuntimeCall.PARTICIPATION_START),
          field(
              FieldOwner.PARTICIPATION,
              "end",
              "date",
              "the day participation ended; the screening date while it goes on",
              "ResearchSubject.period.end",
              always(),
              t -> Type.DATE,
              RuntimeCall.PARTICIPATION_END),
          field(
              FieldOwner.PARTICIPATION,
              "status",
              words(PARTICIPATION_STATUSES),
              "the subject's status as written; unknown when not recorded. A participation list holds only onStudy, onStudyIntervention, onStudyObservation, followUp and offStudy (and unknown as possible); enrolment may have any status",
              "ResearchSubject.status",
              always(),
              t -> new Type.Words("status", "study participation", PARTICIPATION_STATUSES),
              RuntimeCall.PARTICIPATION_STATUS),
          field(
              FieldOwner.PARTICIPATION,
              "study",
              "codes",
              "the study's identifiers, each as its system and value (NCT number, local number)",
              "ResearchStudy.identifier of the study referenced, ResearchSubject.study.identifier",
              always(),
              t -> Type.CODES,
              RuntimeCall.PARTICIPATION_STUDY),
          field(
              FieldOwner.SPECIMEN,
              "type",
              "codes",
              "what kind of specimen (FFPE tissue, whole blood)",
              "type",
              always(),
              t -> Type.CODES,
              RuntimeCall.SPECIMEN_TYPE),
          field(
              FieldOwner.SPECIMEN,
              "collected",
              "date",
              "the day it was collected; unknown when not recorded or only partial",
              "collection.collectedDateTime, else collection.collectedPeriod.start",
              always(),
              t -> Type.DATE,
              RuntimeCall.SPECIMEN_COLLECTED),
          field(
              FieldOwner.SPECIMEN,
              "status",
              words(SPECIMEN_STATUSES),
              "whether it is available; unknown when not recorded",
              "status",
              always(),
              t -> new Type.Words("status", "specimen", SPECIMEN_STATUSES),
              RuntimeCall.SPECIMEN_STATUS),
          field(
              FieldOwner.SPECIMEN,
              "bodySite",
              "codes",
              "where it was collected from; unknown when not recorded",
              "collection.bodySite",
              always(),
              t -> Type.CODES,
              RuntimeCall.SPECIMEN_BODY_SITE),
          field(
              FieldOwner.ENCOUNTER,
              "class",
              "codes",
              "inpatient, ambulatory, emergency, ...",
              "class",
              always(),
              t -> Type.CODES,
              RuntimeCall.ENCOUNTER_CLASS),
          field(
              FieldOwner.ENCOUNTER,
              "type",
              "codes",
              "the specific kind of encounter; unknown when not recorded",
              "type",
              always(),
              t -> Type.CODES,
              RuntimeCall.ENCOUNTER_TYPE),
          field(
              FieldOwner.ENCOUNTER,
              "start",
              "date",
              "the first day",
              "period.start",
              always(),
              t -> Type.DATE,
              RuntimeCall.ENCOUNTER_START),
          field(
              FieldOwner.ENCOUNTER,
              "end",
              "date",
              "the last day; the screening date while it goes on",
              "period.end",
              always(),
              t -> Type.DATE,
              RuntimeCall.ENCOUNTER_END),
          field(
              FieldOwner.ENCOUNTER,
              "status",
              words(ENCOUNTER_STATUSES),
              "the status; unknown when the record's status is unknown",
              "status",
              always(),
              t -> new Type.Words("status", "encounter", ENCOUNTER_STATUSES),
              RuntimeCall.ENCOUNTER_STATUS),
          field(
              FieldOwner.REPORT,
              "code",
              "codes",
              "what the report is of",
              "code",
              always(),
              t -> Type.CODES,
              RuntimeCall.REPORT_CODE),
          field(
              FieldOwner.REPORT,
              "conclusion",
              "codes",
              "the coded conclusion; unknown when only text or nothing is recorded",
              "conclusionCode",
              always(),
              t -> Type.CODES,
              RuntimeCall.REPORT_CONCLUSION),
          field(
              FieldOwner.REPORT,
              "date",
              "date",
              "the day the investigation was made, else the day the report was issued",
              "effectiveDateTime, else effectivePeriod.start, else issued",
              always(),
              t -> Type.DATE,
              RuntimeCall.REPORT_DATE),
          field(
              FieldOwner.REPORT,
              "issued",
              "date",
              "the day the report was released",
              "issued",
              always(),
              t -> Type.DATE,
              RuntimeCall.REPORT_ISSUED),
          field(
              FieldOwner.REPORT,
              "status",
              words(REPORT_STATUSES),
              "the status; unknown when the record's status is unknown",
              "status",
              always(),
              t -> new Type.Words("status", "diagnostic report", REPORT_STATUSES),
              RuntimeCall.REPORT_STATUS),
          field(
              FieldOwner.IMAGING,
              "code",
              "codes",
              "the study's procedure codes",
              "procedureCode",
              always(),
              t -> Type.CODES,
              RuntimeCall.IMAGING_CODE),
          field(
              FieldOwner.IMAGING,
              "modality",
              "codes",
              "the modalities (DICOM CT, MR, PT, NM, ...)",
              "modality, series.modality",
              always(),
              t -> Type.CODES,
              RuntimeCall.IMAGING_MODALITY),
          field(
              FieldOwner.IMAGING,
              "bodySite",
              "codes",
              "the body sites imaged; unknown when not recorded",
              "series.bodySite",
              always(),
              t -> Type.CODES,
              RuntimeCall.IMAGING_BODY_SITE),
          field(
              FieldOwner.IMAGING,
              "date",
              "date",
              "the day the study started",
              "started",
              always(),
              t -> Type.DATE,
              RuntimeCall.IMAGING_DATE),
          field(
              FieldOwner.IMAGING,
              "status",
              words(IMAGING_STATUSES),
              "the status; unknown when the record's status is unknown",
              "status",
              always(),
              t -> new Type.Words("status", "imaging study", IMAGING_STATUSES),
              RuntimeCall.IMAGING_STATUS),
          field(
              FieldOwner.IMMUNIZATION,
              "code",
              "codes",
              "the vaccine's codes (CVX, ATC, SNOMED CT)",
              "vaccineCode",
              always(),
              t -> Type.CODES,
              RuntimeCall.IMMUNIZATION_CODE),
          field(
              FieldOwner.IMMUNIZATION,
              "date",
              "date",
              "the day it was given; unknown when the record gives only a partial date or none",
              "occurrenceDateTime (occurrenceString gives no date: a problem)",
              always(),
              t -> Type.DATE,
              RuntimeCall.IMMUNIZATION_DATE),
          field(
              FieldOwner.IMMUNIZATION,
              "status",
              words(IMMUNIZATION_STATUSES),
              "the status; unknown when the record's status is unknown (not-done and entered-in-error records never reach a list)",
              "status",
              always(),
              t -> new Type.Words("status", "immunization", IMMUNIZATION_STATUSES),
              RuntimeCall.IMMUNIZATION_STATUS),
          field(
              FieldOwner.IMMUNIZATION,
              "statusReason",
              "codes",
              "why it was not given (immunity, patient objection); unknown when not recorded",
              "statusReason",
              always(),
              t -> Type.CODES,
              RuntimeCall.IMMUNIZATION_STATUS_REASON),
          field(
              FieldOwner.IMMUNIZATION,
              "primarySource",
              "truth",
              "whether whoever gave the vaccine made the record (false: reported by the patient or another source); unknown when not recorded",
              "primarySource",
              always(),
              t -> Type.TRUTH,
              RuntimeCall.IMMUNIZATION_PRIMARY_SOURCE),
          field(
              FieldOwner.PAIR,
              "previous",
              "the list's item",
              "the earlier of the two",
              "",
              always(),
              t -> ((Type.Pair) t).element(),
              RuntimeCall.PAIR_PREVIOUS),
          field(
              FieldOwner.PAIR,
              "next",
              "the list's item",
              "the later of the two",
              "",
              always(),
              t -> ((Type.Pair) t).element(),
              RuntimeCall.PAIR_NEXT));

  /** The field of this name of a value of this type, if it has one. */
  public static Optional<FieldDeclaration> field(Type owner, String name) {
    FieldOwner kind = FieldOwner.of(owner);
    return FIELDS.stream()
        .filter(f -> f.owner() == kind && f.name().equals(name) && f.appliesTo().test(owner))
        .findFirst();
  }

  /** The names of the fields a value of this type has, in documentation order; empty when none. */
  public static List<String> fieldNames(Type owner) {
    FieldOwner kind = FieldOwner.of(owner);
    List<String> names = new ArrayList<>();
    for (FieldDeclaration f : FIELDS) {
      if (f.owner() == kind && f.appliesTo().test(owner) && !names.contains(f.name())) {
        names.add(f.name());
      }
    }
    return names;
  }

  /** Whether some owner has a field of this name. */
  public static boolean isFieldOfSomething(String name) {
    return FIELDS.stream().anyMatch(f -> f.name().equals(name));
  }

  // ---- list operators -------------------------------------------------------------------------

  /**
   * The runtime method of each list operator: {@code exists}, {@code count}, {@code latest}, ...
   */
  public static final Map<Expr.ListOperator, RuntimeCall> LIST_OPERATORS = listOperators();

  private static Map<Expr.ListOperator, RuntimeCall> listOperators() {
    Map<Expr.ListOperator, RuntimeCall> calls = new EnumMap<>(Expr.ListOperator.class);
    for (Expr.ListOperator operator : Expr.ListOperator.values()) {
      calls.put(operator, callOf(operator));
    }
    return calls;
  }

  private static RuntimeCall callOf(Expr.ListOperator operator) {
    switch (operator) {
      case EXISTS:
        return RuntimeCall.EXISTS;
      case COUNT:
        return RuntimeCall.COUNT;
      case LATEST:
        return RuntimeCall.LATEST;
      case EARLIEST:
        return RuntimeCall.EARLIEST;
    }
    throw new AssertionError(operator);
  }

  // ---- helpers for the rows above -------------------------------------------------------------

  private static FunctionDeclaration function(
      String name,
      String usage,
      String summary,
      String phrase,
      Function<List<Type>, Type> result,
      RuntimeCall call,
      Parameter... parameters) {
    return new FunctionDeclaration(name, usage, summary, phrase, List.of(parameters), result, call);
  }

  private static FieldDeclaration field(
      FieldOwner owner,
      String name,
      String typeText,
      String meaning,
      String fhirSource,
      Predicate<Type> appliesTo,
      Function<Type, Type> type,
      RuntimeCall call) {
    return new FieldDeclaration(owner, name, typeText, meaning, fhirSource, appliesTo, type, call);
  }

  private static Parameter list(String expects, Predicate<Type> element) {
    return new Parameter(expects, LIST, element);
  }

  private static Parameter duration() {
    return new Parameter(
        "a duration written in the file, such as 30 days",
        FunctionDeclaration.ParameterKind.DURATION,
        any());
  }

  private static Parameter itemOfFirst() {
    return new Parameter(
        "an item of that list", FunctionDeclaration.ParameterKind.ITEM_OF_FIRST, any());
  }

  private static Predicate<Type> any() {
    return t -> true;
  }

  private static Predicate<Type> always() {
    return t -> true;
  }

  private static Predicate<Type> isKind(RecordKind kind) {
    return t -> t instanceof RecordType record && record.kind() == kind;
  }

  private static boolean isObservationOf(Type type, ValueKind kind) {
    return type instanceof RecordType record
        && record.kind() == RecordKind.OBSERVATION
        && record.observation() != null
        && record.observation().valueKind() == kind;
  }

  /** How documentation writes a field of words: {@code word: active, completed, ...}. */
  private static String words(List<String> words) {
    return "word: " + String.join(", ", words);
  }

  private static boolean isNumericObservation(Type type) {
    return type instanceof RecordType record
        && record.kind() == RecordKind.OBSERVATION
        && record.valueType() instanceof Type.Quantity;
  }

  private static Type elementOf(Type list) {
    return ((ListOf) list).element();
  }

  private static dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration observationOf(
      Type type) {
    return ((RecordType) type).observation();
  }
}
