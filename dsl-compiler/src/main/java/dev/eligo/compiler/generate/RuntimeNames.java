package dev.eligo.compiler.generate;

import com.palantir.javapoet.ClassName;

/**
 * Every runtime type generated code refers to, in one place: this class and
 * docs/runtime-contract.md are the contract between the compiler and the runtime.
 */
final class RuntimeNames {
  private RuntimeNames() {}

  private static final String RUNTIME = "dev.eligo.runtime";

  static final ClassName PROTOCOL_EVALUATOR = ClassName.get(RUNTIME, "ProtocolEvaluator");

  static final ClassName TRUTH = ClassName.get(RUNTIME + ".result", "Truth");
  static final ClassName LOGIC = ClassName.get(RUNTIME + ".internal.eval", "Logic");

  static final ClassName EVALUATION = ClassName.get(RUNTIME + ".internal.eval", "Evaluation");
  static final ClassName VALUE = ClassName.get(RUNTIME + ".internal.eval", "Value");
  static final ClassName ITEMS = ClassName.get(RUNTIME + ".internal.eval", "Items");
  static final ClassName CODES = ClassName.get(RUNTIME + ".internal.eval", "Codes");
  static final ClassName POINT = ClassName.get(RUNTIME + ".internal.eval", "Point");
  static final ClassName PAIR = ClassName.get(RUNTIME + ".internal.eval", "Pair");
  static final ClassName COURSE = ClassName.get(RUNTIME + ".internal.eval", "Course");
  static final ClassName LISTS = ClassName.get(RUNTIME + ".internal.eval", "Lists");
  static final ClassName SERIES = ClassName.get(RUNTIME + ".internal.eval", "Series");
  static final ClassName COURSES = ClassName.get(RUNTIME + ".internal.eval", "Courses");
  static final ClassName WINDOWS = ClassName.get(RUNTIME + ".internal.eval", "Windows");
  static final ClassName DATES = ClassName.get(RUNTIME + ".internal.eval", "Dates");
  static final ClassName COMPARE = ClassName.get(RUNTIME + ".internal.eval", "Compare");
  static final ClassName ARITHMETIC = ClassName.get(RUNTIME + ".internal.eval", "Arithmetic");
  static final ClassName FIELDS = ClassName.get(RUNTIME + ".internal.eval", "Fields");
  static final ClassName CODE_SYSTEM_REF = ClassName.get(RUNTIME + ".internal.eval", "CodeSystemRef");
  static final ClassName CODE_MATCH = ClassName.get(RUNTIME + ".internal.eval", "CodeMatch");
  static final ClassName VALUE_SET = ClassName.get(RUNTIME + ".internal.eval", "ValueSet");
  static final ClassName OBSERVATION_CONCEPT = ClassName.get(RUNTIME + ".internal.eval", "ObservationConcept");
  static final ClassName RECORD_CONCEPT = ClassName.get(RUNTIME + ".internal.eval", "RecordConcept");
  static final ClassName ATTESTATION_CONCEPT = ClassName.get(RUNTIME + ".internal.eval", "AttestationConcept");
  static final ClassName PARTICIPATION_CONCEPT = ClassName.get(RUNTIME + ".internal.eval", "ParticipationConcept");

  static final ClassName QUANTITY = ClassName.get(RUNTIME + ".internal.quantity", "Quantity");
  static final ClassName COMPARISON_OP = ClassName.get(RUNTIME + ".internal.quantity", "ComparisonOp");
  static final ClassName CALENDAR_DURATION = ClassName.get(RUNTIME + ".internal.time", "CalendarDuration");
  static final ClassName ELAPSED = ClassName.get(RUNTIME + ".internal.time", "Elapsed");

  static final ClassName PATIENT_RECORD = ClassName.get(RUNTIME + ".record", "PatientRecord");
  static final ClassName OBSERVATION = ClassName.get(RUNTIME + ".record", "Observation");
  static final ClassName CONDITION = ClassName.get(RUNTIME + ".record", "Condition");
  static final ClassName MEDICATION_USE = ClassName.get(RUNTIME + ".record", "MedicationUse");
  static final ClassName PROCEDURE = ClassName.get(RUNTIME + ".record", "Procedure");
  static final ClassName ALLERGY = ClassName.get(RUNTIME + ".record", "Allergy");
  static final ClassName RESEARCH_PARTICIPATION = ClassName.get(RUNTIME + ".record", "ResearchParticipation");
  static final ClassName SEX = ClassName.get(RUNTIME + ".record", "Sex");

  static final ClassName CRITERION_INFO = ClassName.get(RUNTIME + ".result", "CriterionInfo");
  static final ClassName CRITERION_KIND = ClassName.get(RUNTIME + ".result", "CriterionKind");
  static final ClassName CRITERION_RESULT = ClassName.get(RUNTIME + ".result", "CriterionResult");
  static final ClassName PROTOCOL_INFO = ClassName.get(RUNTIME + ".result", "ProtocolInfo");
  static final ClassName SCREENING_RESULT = ClassName.get(RUNTIME + ".result", "ScreeningResult");
}
