package dev.eligo.compiler.check;

import static dev.eligo.compiler.check.JavaShape.ATTESTATION_CONCEPT;
import static dev.eligo.compiler.check.JavaShape.BOOLEAN;
import static dev.eligo.compiler.check.JavaShape.CALENDAR_DURATION;
import static dev.eligo.compiler.check.JavaShape.CHRONO_UNIT;
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
 * Every runtime method an expression of a criteria file becomes. The checker's table ({@link
 * LanguageTable}) names these for functions, fields and operators, and the generator emits exactly
 * these calls; a test checks each against the runtime. Owners are classes of the runtime's support
 * package for generated code; {@link #instance()} calls go to the evaluation ({@code ctx}).
 */
public enum RuntimeCall {
  // ---- the patient's records, read through the evaluation ----
  OBSERVATIONS("Evaluation", "observations", true, LIST, OBSERVATION_CONCEPT),
  CONDITIONS("Evaluation", "conditions", true, LIST, RECORD_CONCEPT),
  MEDICATIONS("Evaluation", "medications", true, LIST, RECORD_CONCEPT),
  PROCEDURES("Evaluation", "procedures", true, LIST, RECORD_CONCEPT),
  ALLERGIES("Evaluation", "allergies", true, LIST, RECORD_CONCEPT),
  PARTICIPATIONS("Evaluation", "participations", true, LIST, PARTICIPATION_CONCEPT),
  SPECIMENS("Evaluation", "specimens", true, LIST, RECORD_CONCEPT),
  ENCOUNTERS("Evaluation", "encounters", true, LIST, RECORD_CONCEPT),
  REPORTS("Evaluation", "reports", true, LIST, RECORD_CONCEPT),
  IMAGING_STUDIES("Evaluation", "imagingStudies", true, LIST, RECORD_CONCEPT),
  IMMUNIZATIONS("Evaluation", "immunizations", true, LIST, RECORD_CONCEPT),
  /** The patient's participation in this protocol's own study. */
  ENROLMENT("Evaluation", "enrolment", true, VALUE),
  ATTESTATION("Evaluation", "attestation", true, TRUTH, ATTESTATION_CONCEPT),
  AGE("Evaluation", "age", true, VALUE),
  INPUT("Evaluation", "input", true, VALUE, JavaShape.INPUT_CONCEPT),
  INPUT_TRUTH("Evaluation", "inputTruth", true, TRUTH, JavaShape.INPUT_CONCEPT),
  AGE_AT("Evaluation", "ageAt", true, VALUE, VALUE),
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
  /** {@code sum x in items of amount}: the total, keeping its bounds when parts are unknown. */
  SUM("Sums", "total", false, VALUE, LIST, TEXT, TEXT, BOOLEAN, FUNCTION),
  SUM_LIST("Sums", "totalList", false, VALUE, LIST, TEXT, TEXT, BOOLEAN, FUNCTION),
  /** One list as a value, where an {@code if} chooses between it and a list that may be unknown. */
  SINGLE_LIST("Lists", "single", false, VALUE, LIST),
  /** A list read from a list that may be unknown. */
  THEN_LIST("Logic", "thenList", false, VALUE, VALUE, FUNCTION),
  SERIES("Series", "of", false, LIST, LIST),
  UP_TO("Series", "upTo", false, LIST, LIST, VALUE),
  COURSES("Courses", "of", false, LIST, LIST),
  EPISODES("Courses", "episodes", false, LIST, LIST, CALENDAR_DURATION),
  REGIMENS("Courses", "regimens", false, LIST, LIST, CALENDAR_DURATION),
  NTH("Lists", "nth", false, VALUE, LIST, WHOLE_NUMBER),
  AFTER("Lists", "after", false, LIST, LIST, VALUE),
  NEXT("Lists", "next", false, VALUE, LIST, VALUE),
  PREVIOUS("Lists", "previous", false, VALUE, LIST, VALUE),
  UNREFUTED("Lists", "unrefuted", false, LIST, LIST),
  MEASURED_WITH("Readings", "measuredWith", false, VALUE, VALUE, LIST),
  DOSE_DAYS("Doses", "doseDays", false, VALUE, LIST),
  WITHIN("Windows", "within", false, LIST, CONTEXT, LIST, CALENDAR_DURATION),
  AT_SCREENING("Windows", "atScreening", false, LIST, CONTEXT, LIST),
  WITHIN_BEFORE("Windows", "before", false, LIST, CONTEXT, LIST, CALENDAR_DURATION, VALUE),
  WITHIN_AFTER("Windows", "after", false, LIST, CONTEXT, LIST, CALENDAR_DURATION, VALUE),
  WITHIN_AROUND("Windows", "around", false, LIST, CONTEXT, LIST, CALENDAR_DURATION, VALUE),
  BEFORE_DATE("Windows", "beforeDate", false, LIST, CONTEXT, LIST, VALUE),
  ON_OR_BEFORE("Windows", "onOrBefore", false, LIST, CONTEXT, LIST, VALUE),
  AFTER_DATE("Windows", "afterDate", false, LIST, CONTEXT, LIST, VALUE),
  ON_OR_AFTER("Windows", "onOrAfter", false, LIST, CONTEXT, LIST, VALUE),
  BETWEEN("Windows", "between", false, LIST, CONTEXT, LIST, VALUE, VALUE),
  AT_DATE("Windows", "at", false, LIST, CONTEXT, LIST, VALUE),
  DURING("Windows", "during", false, LIST, CONTEXT, LIST, VALUE),

  // ---- dates, comparisons, codes, arithmetic ----
  DATES_BETWEEN("Dates", "between", false, VALUE, VALUE, VALUE),
  DATES_PLUS("Dates", "plus", false, VALUE, VALUE, CALENDAR_DURATION),
  DATES_MINUS("Dates", "minus", false, VALUE, VALUE, CALENDAR_DURATION),
  COMPARE_QUANTITIES("Compare", "quantities", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_OBSERVATION("Compare", "observation", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_OBSERVATION_TO_ULN(
      "Compare", "observationToUln", false, TRUTH, VALUE, COMPARISON_OP, DECIMAL),
  COMPARE_OBSERVATION_TO_LLN(
      "Compare", "observationToLln", false, TRUTH, VALUE, COMPARISON_OP, DECIMAL),
  COMPARE_TEXTS("Texts", "compare", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  WORDS_IS("Words", "is", false, TRUTH, VALUE, TEXT),
  COMPARE_DATES("Compare", "dates", false, TRUTH, VALUE, COMPARISON_OP, VALUE),
  COMPARE_ELAPSED("Compare", "elapsed", false, TRUTH, VALUE, COMPARISON_OP, CALENDAR_DURATION),
  CODES_IN("Codes", "in", false, TRUTH, VALUE, VALUE_SET),
  PLUS("Arithmetic", "plus", false, VALUE, VALUE, VALUE),
  MINUS("Arithmetic", "minus", false, VALUE, VALUE, VALUE),
  TIMES("Arithmetic", "times", false, VALUE, VALUE, VALUE),
  DIVIDE("Arithmetic", "divide", false, VALUE, VALUE, VALUE),
  NEGATE("Arithmetic", "negate", false, VALUE, VALUE),
  /** {@code (latest weight) in 'kg'}. */
  IN_UNIT("Arithmetic", "inUnit", false, VALUE, VALUE, TEXT),
  /** {@code age in years}. */
  NUMBER_OF("Dates", "numberOf", false, VALUE, CHRONO_UNIT, VALUE),
  /** {@code let name = value in body}. */
  LET("Logic", "let", false, OBJECT, OBJECT, FUNCTION),

  // ---- constants written in the file, built once when the evaluator class loads ----
  QUANTITY_CONSTANT("Arithmetic", "constant", false, VALUE, TEXT, TEXT),
  DATE_CONSTANT("Dates", "constant", false, VALUE, WHOLE_NUMBER, WHOLE_NUMBER, WHOLE_NUMBER),
  TEXT_CONSTANT("Texts", "constant", false, VALUE, TEXT),
  DURATION_CONSTANT(
      "CalendarDuration", "of", false, CALENDAR_DURATION, JavaShape.LONG, CHRONO_UNIT),

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
  COURSE_CODE("Fields", "courseCode", false, VALUE, VALUE),
  COURSE_DRUGS("Fields", "courseDrugs", false, VALUE, VALUE),
  COURSE_USES("Fields", "courseUses", false, VALUE, VALUE),
  COURSE_START("Fields", "courseStart", false, VALUE, VALUE),
  COURSE_END("Fields", "courseEnd", false, VALUE, VALUE),
  PROCEDURE_CODE("Fields", "procedureCode", false, VALUE, VALUE),
  PROCEDURE_DATE("Fields", "procedureDate", false, VALUE, VALUE),
  ALLERGY_CODE("Fields", "allergyCode", false, VALUE, VALUE),
  PARTICIPATION_START("Fields", "participationStart", false, VALUE, VALUE),
  OBSERVATION_BOOLEAN_VALUE("Fields", "observationBooleanValue", false, TRUTH, VALUE),
  OBSERVATION_TEXT_VALUE("Fields", "observationTextValue", false, VALUE, VALUE),
  OBSERVATION_COMPARATOR("Fields", "observationComparator", false, VALUE, VALUE),
  OBSERVATION_INTERPRETATION("Fields", "observationInterpretation", false, VALUE, VALUE),
  OBSERVATION_BODY_SITE("Fields", "observationBodySite", false, VALUE, VALUE),
  CONDITION_ABATEMENT("Fields", "conditionAbatement", false, VALUE, VALUE),
  CONDITION_VERIFICATION("Fields", "conditionVerification", false, VALUE, VALUE),
  CONDITION_STAGE("Fields", "conditionStage", false, VALUE, VALUE),
  CONDITION_BODY_SITE("Fields", "conditionBodySite", false, VALUE, VALUE),
  MEDICATION_SOURCE("Fields", "medicationSource", false, VALUE, VALUE),
  MEDICATION_STATUS("Fields", "medicationStatus", false, VALUE, VALUE),
  MEDICATION_STATUS_REASON("Fields", "medicationStatusReason", false, VALUE, VALUE),
  MEDICATION_END("Fields", "medicationEnd", false, VALUE, VALUE),
  MEDICATION_LAST_DOSE("Fields", "medicationLastDose", false, VALUE, VALUE),
  MEDICATION_DOSE("Fields", "medicationDose", false, VALUE, VALUE),
  MEDICATION_FREQUENCY("Fields", "medicationFrequency", false, VALUE, VALUE),
  MEDICATION_DAILY_DOSE("Fields", "medicationDailyDose", false, VALUE, VALUE),
  MEDICATION_REASON("Fields", "medicationReason", false, VALUE, VALUE),
  PROCEDURE_STATUS("Fields", "procedureStatus", false, VALUE, VALUE),
  PROCEDURE_BODY_SITE("Fields", "procedureBodySite", false, VALUE, VALUE),
  PROCEDURE_REASON("Fields", "procedureReason", false, VALUE, VALUE),
  ALLERGY_TYPE("Fields", "allergyType", false, VALUE, VALUE),
  ALLERGY_CATEGORY("Fields", "allergyCategory", false, VALUE, VALUE),
  ALLERGY_CRITICALITY("Fields", "allergyCriticality", false, VALUE, VALUE),
  ALLERGY_SEVERITY("Fields", "allergySeverity", false, VALUE, VALUE),
  ALLERGY_MANIFESTATION("Fields", "allergyManifestation", false, VALUE, VALUE),
  ALLERGY_DATE("Fields", "allergyDate", false, VALUE, VALUE),
  PARTICIPATION_STATUS("Fields", "participationStatus", false, VALUE, VALUE),
  PARTICIPATION_STUDY("Fields", "participationStudy", false, VALUE, VALUE),
  PARTICIPATION_END("Fields", "participationEnd", false, VALUE, VALUE),
  IMMUNIZATION_CODE("ImmunizationFields", "immunizationCode", false, VALUE, VALUE),
  IMMUNIZATION_DATE("ImmunizationFields", "immunizationDate", false, VALUE, VALUE),
  IMMUNIZATION_STATUS("ImmunizationFields", "immunizationStatus", false, VALUE, VALUE),
  IMMUNIZATION_STATUS_REASON("ImmunizationFields", "immunizationStatusReason", false, VALUE, VALUE),
  IMMUNIZATION_PRIMARY_SOURCE(
      "ImmunizationFields", "immunizationPrimarySource", false, TRUTH, VALUE),
  SPECIMEN_TYPE("Fields", "specimenType", false, VALUE, VALUE),
  SPECIMEN_COLLECTED("Fields", "specimenCollected", false, VALUE, VALUE),
  SPECIMEN_STATUS("Fields", "specimenStatus", false, VALUE, VALUE),
  SPECIMEN_BODY_SITE("Fields", "specimenBodySite", false, VALUE, VALUE),
  ENCOUNTER_CLASS("Fields", "encounterClass", false, VALUE, VALUE),
  ENCOUNTER_TYPE("Fields", "encounterType", false, VALUE, VALUE),
  ENCOUNTER_START("Fields", "encounterStart", false, VALUE, VALUE),
  ENCOUNTER_END("Fields", "encounterEnd", false, VALUE, VALUE),
  ENCOUNTER_STATUS("Fields", "encounterStatus", false, VALUE, VALUE),
  REPORT_CODE("Fields", "reportCode", false, VALUE, VALUE),
  REPORT_CONCLUSION("Fields", "reportConclusion", false, VALUE, VALUE),
  REPORT_ISSUED("Fields", "reportIssued", false, VALUE, VALUE),
  REPORT_DATE("Fields", "reportDate", false, VALUE, VALUE),
  REPORT_STATUS("Fields", "reportStatus", false, VALUE, VALUE),
  IMAGING_CODE("Fields", "imagingCode", false, VALUE, VALUE),
  IMAGING_MODALITY("Fields", "imagingModality", false, VALUE, VALUE),
  IMAGING_BODY_SITE("Fields", "imagingBodySite", false, VALUE, VALUE),
  IMAGING_DATE("Fields", "imagingDate", false, VALUE, VALUE),
  IMAGING_STATUS("Fields", "imagingStatus", false, VALUE, VALUE),
  PAIR_PREVIOUS("Fields", "pairPrevious", false, VALUE, VALUE),
  PAIR_NEXT("Fields", "pairNext", false, VALUE, VALUE);

  private final String owner;
  private final String method;
  private final boolean instance;
  private final JavaShape result;
  private final List<JavaShape> parameters;

  RuntimeCall(
      String owner, String method, boolean instance, JavaShape result, JavaShape... parameters) {
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
    return owner.equals("CalendarDuration")
        ? "dev.eligo.runtime.internal.time"
        : "dev.eligo.runtime.internal.eval";
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
