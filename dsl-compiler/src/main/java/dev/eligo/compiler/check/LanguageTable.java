package dev.eligo.compiler.check;

import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.LIST;
import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.VALUE;
import static dev.eligo.compiler.check.FunctionDeclaration.ParameterKind.WHOLE_NUMBER;

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
 * and the runtime method it becomes. The checker derives signatures, arity and suggestions from
 * it, the generator emits calls from it, docs/language.md is checked against it, and a test
 * checks each runtime method it names. A new builtin is one row here and one runtime method.
 */
public final class LanguageTable {
  private LanguageTable() {}

  // ---- functions ------------------------------------------------------------------------------

  /** Every function, in the order documentation lists them. */
  public static final List<FunctionDeclaration> FUNCTIONS = List.of(
      function("series", "series(observations)", "their values in time order, one point per calendar day (equal values on one day count once; different values make that point's value unknown; an observation with only a partial date is a possible point)", "{0}",
          args -> new ListOf(new RecordType(RecordKind.POINT, observationOf(elementOf(args.get(0))))),
          RuntimeCall.SERIES,
          list("observations with numeric values", LanguageTable::isNumericObservation)),
      function("runs", "runs(list, n)", "every run of n consecutive items", "runs of {1} of {0}",
          args -> new ListOf(args.get(0)), RuntimeCall.RUNS,
          list("a list", any()), new Parameter("a whole number of at least 1 written in the file",
              WHOLE_NUMBER, any())),
      function("pairs", "pairs(list)", "every two consecutive items, as previous and next", "consecutive pairs of {0}",
          args -> new ListOf(new Type.Pair(elementOf(args.get(0)))), RuntimeCall.PAIRS,
          list("a list", any())),
      function("rest", "rest(list)", "all items but the first", "{0} after the first",
          args -> args.get(0), RuntimeCall.REST, list("a list", any())),
      function("first", "first(list)", "the first item in the list's order; unknown for an empty list or when an uncertain item comes first", "the first of {0}",
          args -> elementOf(args.get(0)), RuntimeCall.FIRST, list("a list", any())),
      function("last", "last(list)", "the last item in the list's order; unknown for an empty list or when an uncertain item comes last", "the last of {0}",
          args -> elementOf(args.get(0)), RuntimeCall.LAST, list("a list", any())),
      function("min", "min(points)", "the point with the lowest value (the earliest on a tie); unknown when a point's value is unknown or cannot be compared", "the lowest of {0}",
          args -> elementOf(args.get(0)), RuntimeCall.MIN, list("a series of points", isKind(RecordKind.POINT))),
      function("max", "max(points)", "the point with the highest value (the earliest on a tie); unknown when a point's value is unknown or cannot be compared", "the highest of {0}",
          args -> elementOf(args.get(0)), RuntimeCall.MAX, list("a series of points", isKind(RecordKind.POINT))),
      function("upTo", "upTo(points, point)", "the points dated at or before that point", "{0} up to {1}",
          args -> args.get(0), RuntimeCall.UP_TO,
          list("a series of points", isKind(RecordKind.POINT)),
          new Parameter("a point", VALUE, isKind(RecordKind.POINT))),
      function("courses", "courses(medications)", "uses merged into courses of treatment per route: the next use starts by the day after the previous ends", "courses of {0}",
          args -> new ListOf(new RecordType(RecordKind.COURSE, null)), RuntimeCall.COURSES,
          list("medication uses", isKind(RecordKind.MEDICATION))));

  /** The function of this name, if the language has one. */
  public static Optional<FunctionDeclaration> function(String name) {
    return FUNCTIONS.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  // ---- fields ---------------------------------------------------------------------------------

  /** Every field, grouped by owner, in the order documentation lists them. */
  public static final List<FieldDeclaration> FIELDS = List.of(
      field(FieldOwner.OBSERVATION, "value", "quantity or number, as declared", "the result; unknown when absent, not of the declared kind, or carrying a comparator (< 20)",
          "valueQuantity (with comparator and unit) or valueInteger",
          LanguageTable::isNumericObservation, t -> ((RecordType) t).valueType(), RuntimeCall.OBSERVATION_VALUE),
      field(FieldOwner.OBSERVATION, "value", "codes", "the coded result", "valueCodeableConcept",
          t -> !isNumericObservation(t), t -> Type.CODES, RuntimeCall.OBSERVATION_CODED_VALUE),
      field(FieldOwner.OBSERVATION, "date", "date", "the day measured; unknown when the record gives only a partial date",
          "effectiveDateTime, else effectivePeriod.start", always(), t -> Type.DATE,
          RuntimeCall.OBSERVATION_DATE),
      field(FieldOwner.POINT, "value", "quantity, in the concept's unit", "the day's value; unknown when a result has a comparator, no number, a unit that cannot be converted, or differs from another result that day", "the observations of that day",
          always(), t -> ((RecordType) t).valueType(), RuntimeCall.POINT_VALUE),
      field(FieldOwner.POINT, "date", "date", "the day", "the observations' date", always(), t -> Type.DATE,
          RuntimeCall.POINT_DATE),
      field(FieldOwner.POINT, "conflict", "truth", "whether the day's results differ (the one cause of an unknown value that leaves only runs through that day unknown)",
          "the observations of that day", always(), t -> Type.TRUTH, RuntimeCall.POINT_CONFLICT),
      field(FieldOwner.CONDITION, "code", "codes", "the diagnosis codes", "code.coding", always(), t -> Type.CODES,
          RuntimeCall.CONDITION_CODE),
      field(FieldOwner.CONDITION, "active", "truth", "clinical status active, recurrence or relapse; unknown when no clinical status is recorded",
          "clinicalStatus", always(), t -> Type.TRUTH, RuntimeCall.CONDITION_ACTIVE),
      field(FieldOwner.CONDITION, "resolved", "truth", "clinical status resolved; unknown when no clinical status is recorded", "clinicalStatus", always(),
          t -> Type.TRUTH, RuntimeCall.CONDITION_RESOLVED),
      field(FieldOwner.CONDITION, "onset", "date", "the day it began", "onsetDateTime, onsetPeriod.start, else recordedDate",
          always(), t -> Type.DATE, RuntimeCall.CONDITION_ONSET),
      field(FieldOwner.MEDICATION, "code", "codes", "the drug's codes",
          "medicationCodeableConcept, or the code of the Medication it references", always(), t -> Type.CODES,
          RuntimeCall.MEDICATION_CODE),
      field(FieldOwner.MEDICATION, "route", "codes", "the route of administration; unknown when not recorded",
          "dosage.route (statements, administrations), dosageInstruction.route (requests)", always(),
          t -> Type.CODES, RuntimeCall.MEDICATION_ROUTE),
      field(FieldOwner.MEDICATION, "start", "date", "the first day of the use",
          "effectivePeriod.start, effectiveDateTime, or authoredOn of an active request", always(),
          t -> Type.DATE, RuntimeCall.MEDICATION_START),
      field(FieldOwner.COURSE, "route", "codes", "the route of the merged uses; unknown when not recorded", "the uses' routes", always(),
          t -> Type.CODES, RuntimeCall.COURSE_ROUTE),
      field(FieldOwner.COURSE, "reason", "codes", "coded reasons and the codes of the conditions the uses reference; unknown when none is stated",
          "reasonCode, reasonReference", always(), t -> Type.CODES, RuntimeCall.COURSE_REASON),
      field(FieldOwner.COURSE, "duration", "measured duration", "inclusive calendar days from the first to the last day",
          "the uses' periods", always(), t -> Type.MEASURED_DURATION, RuntimeCall.COURSE_DURATION),
      field(FieldOwner.COURSE, "start", "date", "the first day", "the uses' periods", always(), t -> Type.DATE,
          RuntimeCall.COURSE_START),
      field(FieldOwner.COURSE, "end", "date", "the last day; the screening date while the course is ongoing", "the uses' periods",
          always(), t -> Type.DATE, RuntimeCall.COURSE_END),
      field(FieldOwner.PROCEDURE, "code", "codes", "the procedure's codes", "code.coding", always(), t -> Type.CODES,
          RuntimeCall.PROCEDURE_CODE),
      field(FieldOwner.PROCEDURE, "date", "date", "the day it was performed",
          "performedDateTime, else performedPeriod.start", always(), t -> Type.DATE, RuntimeCall.PROCEDURE_DATE),
      field(FieldOwner.ALLERGY, "code", "codes", "the substance's codes", "code.coding", always(), t -> Type.CODES,
          RuntimeCall.ALLERGY_CODE),
      field(FieldOwner.PARTICIPATION, "start", "date", "the day participation began", "ResearchSubject.period.start",
          always(), t -> Type.DATE, RuntimeCall.PARTICIPATION_START),
      field(FieldOwner.PAIR, "previous", "the list's item", "the earlier of the two", "", always(),
          t -> ((Type.Pair) t).element(), RuntimeCall.PAIR_PREVIOUS),
      field(FieldOwner.PAIR, "next", "the list's item", "the later of the two", "", always(),
          t -> ((Type.Pair) t).element(), RuntimeCall.PAIR_NEXT));

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

  /** The runtime method of each list operator: {@code exists}, {@code count}, {@code latest}, ... */
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

  private static FunctionDeclaration function(String name, String usage, String summary, String phrase,
      Function<List<Type>, Type> result, RuntimeCall call, Parameter... parameters) {
    return new FunctionDeclaration(name, usage, summary, phrase, List.of(parameters), result, call);
  }

  private static FieldDeclaration field(FieldOwner owner, String name, String typeText, String meaning,
      String fhirSource, Predicate<Type> appliesTo, Function<Type, Type> type, RuntimeCall call) {
    return new FieldDeclaration(owner, name, typeText, meaning, fhirSource, appliesTo, type, call);
  }

  private static Parameter list(String expects, Predicate<Type> element) {
    return new Parameter(expects, LIST, element);
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

  private static boolean isNumericObservation(Type type) {
    return type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION
        && record.valueType() instanceof Type.Quantity;
  }

  private static Type elementOf(Type list) {
    return ((ListOf) list).element();
  }

  private static dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration observationOf(Type type) {
    return ((RecordType) type).observation();
  }
}
