package dev.eligo.compiler.check;

import static dev.eligo.compiler.check.JavaShape.ATTESTATION_CONCEPT;
import static dev.eligo.compiler.check.JavaShape.BOOLEAN;
import static dev.eligo.compiler.check.JavaShape.CHRONO_UNIT;
import static dev.eligo.compiler.check.JavaShape.CALENDAR_DURATION;
import static dev.eligo.compiler.check.JavaShape.COMPARISON_OP;
import static dev.eligo.compiler.check.JavaShape.CONTEXT;
import static dev.eligo.compiler.check.JavaShape.DECIMAL;
import static dev.eligo.compiler.check.JavaShape.FUNCTION;
import static dev.eligo.compiler.check.JavaShape.LIST;
import static dev.eligo.compiler.check.JavaShape.LISTS;
import static dev.eligo.compiler.check.JavaShape.OBJECT;
import static dev.eligo.compiler.check.JavaShape.OBSERVATION_CONCEPT;
import static dev.eligo.compiler.check.JavaShape.PARTICIPATION_CONCEPT;
import static dev.eligo.compiler.check.JavaShape.RECORD_CONCEPT;
import static dev.eligo.compiler.check.JavaShape.SEX;
import static dev.eligo.compiler.check.JavaShape.SUPPLIER;
import static dev.eligo.compiler.check.JavaShape.TEXT;
import static dev.eligo.compiler.check.JavaShape.TRUTH;
import static dev.eligo.compiler.check.JavaShape.TRUTHS;
import static dev.eligo.compiler.check.JavaShape.VALUE;
import static dev.eligo.compiler.check.JavaShape.VALUE_SET;
import static dev.eligo.compiler.check.JavaShape.WHOLE_NUMBER;

import java.util.List;

/**
 * Every runtime method an expression of a criteria file becomes. The checker's table
 * ({@link LanguageTable}) names these for functions, fields and operators, and the generator
 * emits exactly these calls; a test checks each against the runtime. Owners are classes of
 * the runtime's support package for generated code; {@link #instance()} calls go to the
 * evaluation ({@code ctx}).
 */
public enum RuntimeCall {
  // ---- the patient's records, read through the evaluation ----
  OBSERVATIONS("Evaluation", "observations", true, LIST, OBSERVATION_CONCEPT),
  CONDITIONS("Evaluation", "conditions", true, LIST, RECORD_CONCEPT),
  MEDICATIONS("Evaluation", "medications", true, LIST, RECORD_CONCEPT),
  PROCEDURES("Evaluation", "procedures", true, LIST, RECORD_CONCEPT),
  ALLERGIES("Evaluation", "allergies", true, LIST, RECORD_CONCEPT),
  PARTICIPATIONS("Evaluation", "participations", true, LIST, PARTICIPATION_CONCEPT),
  ATTESTATION("Evaluation", "attestation", true, TRUTH, ATTESTATION_CONCEPT),
  AGE("Evaluation", "age", true, VALUE),
  SEX_IS("Evaluation", "sexIs", true, TRUTH, SEX),
  SCREENING_DATE("Evaluation", "screening", true, VALUE),
  /** A definition's value if this evaluation computed it already, else null. */
  RECALL("Evaluation", "recall", true, OBJECT, WHOLE_NUMBER),
  /** Keeps a definition's value for the rest of the evaluation, and gives it back. */
  REMEMBER("Evaluation", "remember", true, OBJECT, WHOLE_NUMBER, OBJECT),

  // ---- logic ----
  AND("Logic", "and", false, TRUTH, TRUTHS),
  OR("Logic", "or", false, TRUTH, TRUTHS),
  NOT("Logic", "not", false, TRUTH, TRUTH),
  IF_THEN_ELSE("Logic", "ifThenElse", false, TRUTH, TRUTH, SUPPLIER, SUPPLIER),
  CHOOSE_VALUE("Logic", "choose", false, VALUE, TRUTH, SUPPLIER, SUPPLIER),
  CHOOSE_LIST("Lists", "choose", false, LIST, TRUTH, SUPPLIER, SUPPLIER),
  IS_UNKNOWN_VALUE("Logic", "isUnknown", false, TRUTH, VALUE),
  IS_UNKNOWN_TRUTH("Logic", "isUnknown", false, TRUTH, TRUTH),
  IS_KNOWN_VALUE("Logic", "isKnown", false, TRUTH, VALUE),
  IS_KNOWN_TRUTH("Logic", "isKnown", false, TRUTH, TRUTH),
  UNKNOWN("Logic", "unknown", false, TRUTH, TEXT),
  UNKNOWN_FOR("Logic", "unknown", false, TRUTH, TEXT, LISTS),
  NAMED("Logic", "named", false, TRUTH, TEXT, TRUTH),
  CONSTANT_TRUTH("Logic", "constant", false, TRUTH, BOOLEAN),
  /** A truth about a value that may be unknown: unknown with its reason when it is. */
  GIVEN("Logic", "given", false, TRUTH, VALUE, FUNCTION),
  /** A value read from a value that may be unknown. */
  THEN("Logic", "then", false, VALUE, VALUE, FUNCTION),

  // ---- lists ----
  EXISTS("Lists", "exists", false, TRUTH, LIST),
  COUNT("Lists", "count", false, VALUE, LIST),
  LATEST("Lists", "latest", false, VALUE, LIST),
  EARLIEST("Lists", "earliest", false, VALUE, LIST),
  FIRST("Lists", "first", false, VALUE, LIST),
  LAST("Lists", "last", false, VALUE, LIST),
  REST("Lists", "rest", false, LIST, LIST),
  MIN("Lists", "min", false, VALUE, LIST),
  MAX("Lists", "max", false, VALUE, LIST),
  RUNS("Lists", "runs", false, LIST, LIST, WHOLE_NUMBER),
  PAIRS("Lists", "pairs", false, LIST, LIST),
  /** Items held as values (fields are read from them). */
  WHERE("Lists", "where", false, LIST, LIST, TEXT, FUNCTION),
  /** Items that are lists themselves, such as runs. */
  WHERE_LIST("Lists", "whereList", false, LIST, LIST, TEXT, FUNCTION),
  ANY("Lists", "any", false, TRUTH, LIST, FUNCTION),
  ANY_LIST("Lists", "anyList", false, TRUTH, LIST, FUNCTION),
  ALL("Lists", "all", false, TRUTH, LIST, FUNCTION),
  ALL_LIST("Lists", "allList", false, TRUTH, LIST, FUNCTION),
  /** One list as a value, where an {@code if} chooses between it and a list that may be unknown. */
  SINGLE_LIST("Lists", "single", false, VALUE, LIST),
  /** A list read from a list that may be unknown. */
  THEN_LIST("Logic", "thenList", false, VALUE, VALUE, FUNCTION),
  SERIES("Series", "of", false, LIST, LIST),
  UP_TO("Series", "upTo", false, LIST, LIST, VALUE),
  COURSES("Courses", "of", false, LIST, LIST),
  WITHIN("Windows", "within", false, LIST, CONTEXT, LIST, CALENDAR_DURATION),
  AT_SCREENING("Windows", "atScreening", false, LIST, CONTEXT, LIST),

  // ---- dates, comparisons, codes, arithmetic ----
  DATES_BETWEEN("Dates", "between", false, VALUE, VALUE, VALUE),
  DATES_PLUS("Dates", "plus", false, VALUE, VALUE, CALENDAR_DURATION),
  DATES_MINUS("Dates", "minus", false, VALUE, VALUE, CALENDAR_DURATION),
  COMPARE_QUANTITIES("Compare", "quantities", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_OBSERVATION("Compare", "observation", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_OBSERVATION_TO_ULN("Compare", "observationToUln", false, TRUTH, VALUE, COMPARISON_OP, DECIMAL),
  COMPARE_DATES("Compare", "dates", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_ELAPSED("Compare", "elapsed", false, TRUTH, VALUE, COMPARISON_OP, CALENDAR_DURATION),
  CODES_IN("Codes", "in", false, TRUTH, VALUE, VALUE_SET),
  PLUS("Arithmetic", "plus", false, VALUE, VALUE, VALUE),
  MINUS("Arithmetic", "minus", false, VALUE, VALUE, VALUE),
  TIMES("Arithmetic", "times", false, VALUE, VALUE, VALUE),
  DIVIDE("Arithmetic", "divide", false, VALUE, VALUE, VALUE),
  NEGATE("Arithmetic", "negate", false, VALUE, VALUE),

  // ---- constants written in the file, built once when the evaluator class loads ----
  QUANTITY_CONSTANT("Arithmetic", "constant", false, VALUE, TEXT, TEXT),
  DATE_CONSTANT("Dates", "constant", false, VALUE, WHOLE_NUMBER, WHOLE_NUMBER, WHOLE_NUMBER),
  DURATION_CONSTANT("CalendarDuration", "of", false, CALENDAR_DURATION, JavaShape.LONG, CHRONO_UNIT),

  // ---- fields of records, points, courses and pairs ----
  OBSERVATION_VALUE("Fields", "observationValue", false, VALUE, VALUE),
  OBSERVATION_CODED_VALUE("Fields", "observationCodedValue", false, VALUE, VALUE),
  OBSERVATION_DATE("Fields", "observationDate", false, VALUE, VALUE),
  POINT_VALUE("Fields", "pointValue", false, VALUE, VALUE),
  POINT_DATE("Fields", "pointDate", false, VALUE, VALUE),
  POINT_CONFLICT("Fields", "pointConflict", false, TRUTH, VALUE),
  CONDITION_CODE("Fields", "conditionCode", false, VALUE, VALUE),
  CONDITION_ACTIVE("Fields", "conditionActive", false, TRUTH, VALUE),
  CONDITION_RESOLVED("Fields", "conditionResolved", false, TRUTH, VALUE),
  CONDITION_ONSET("Fields", "conditionOnset", false, VALUE, VALUE),
  MEDICATION_CODE("Fields", "medicationCode", false, VALUE, VALUE),
  MEDICATION_ROUTE("Fields", "medicationRoute", false, VALUE, VALUE),
  MEDICATION_START("Fields", "medicationStart", false, VALUE, VALUE),
  COURSE_ROUTE("Fields", "courseRoute", false, VALUE, VALUE),
  COURSE_REASON("Fields", "courseReason", false, VALUE, VALUE),
  COURSE_DURATION("Fields", "courseDuration", false, VALUE, VALUE),
  COURSE_START("Fields", "courseStart", false, VALUE, VALUE),
  COURSE_END("Fields", "courseEnd", false, VALUE, VALUE),
  PROCEDURE_CODE("Fields", "procedureCode", false, VALUE, VALUE),
  PROCEDURE_DATE("Fields", "procedureDate", false, VALUE, VALUE),
  ALLERGY_CODE("Fields", "allergyCode", false, VALUE, VALUE),
  PARTICIPATION_START("Fields", "participationStart", false, VALUE, VALUE),
  PAIR_PREVIOUS("Fields", "pairPrevious", false, VALUE, VALUE),
  PAIR_NEXT("Fields", "pairNext", false, VALUE, VALUE);

  private final String owner;
  private final String method;
  private final boolean instance;
  private final JavaShape result;
  private final List<JavaShape> parameters;

  RuntimeCall(String owner, String method, boolean instance, JavaShape result, JavaShape... parameters) {
    this.owner = owner;
    this.method = method;
    this.instance = instance;
    this.result = result;
    this.parameters = List.of(parameters);
  }

  /** The runtime class's simple name. */
  public String owner() {
    return owner;
  }

  /** The runtime class's package: the support package for generated code, or its time package. */
  public String ownerPackage() {
    return owner.equals("CalendarDuration") ? "dev.eligo.runtime.internal.time" : "dev.eligo.runtime.internal.eval";
  }

  public String method() {
    return method;
  }

  /** Whether it is called on the evaluation ({@code ctx.age()}) rather than statically. */
  public boolean instance() {
    return instance;
  }

  public JavaShape result() {
    return result;
  }

  public List<JavaShape> parameters() {
    return parameters;
  }
}
