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

  static final ClassName TRUTH = ClassName.get(RUNTIME + ".logic", "Truth");
  static final ClassName LOGIC = ClassName.get(RUNTIME + ".logic", "Logic");

  static final ClassName EVALUATION = ClassName.get(RUNTIME + ".eval", "Evaluation");
  static final ClassName VALUE = ClassName.get(RUNTIME + ".eval", "Value");
  static final ClassName ITEMS = ClassName.get(RUNTIME + ".eval", "Items");
  static final ClassName CODES = ClassName.get(RUNTIME + ".eval", "Codes");
  static final ClassName POINT = ClassName.get(RUNTIME + ".eval", "Point");
  static final ClassName PAIR = ClassName.get(RUNTIME + ".eval", "Pair");
  static final ClassName COURSE = ClassName.get(RUNTIME + ".eval", "Course");
  static final ClassName LISTS = ClassName.get(RUNTIME + ".eval", "Lists");
  static final ClassName SERIES = ClassName.get(RUNTIME + ".eval", "Series");
  static final ClassName COURSES = ClassName.get(RUNTIME + ".eval", "Courses");
  static final ClassName WINDOWS = ClassName.get(RUNTIME + ".eval", "Windows");
  static final ClassName DATES = ClassName.get(RUNTIME + ".eval", "Dates");
  static final ClassName COMPARE = ClassName.get(RUNTIME + ".eval", "Compare");
  static final ClassName ARITHMETIC = ClassName.get(RUNTIME + ".eval", "Arithmetic");
  static final ClassName FIELDS = ClassName.get(RUNTIME + ".eval", "Fields");
  static final ClassName CODE_SYSTEM_REF = ClassName.get(RUNTIME + ".eval", "CodeSystemRef");
  static final ClassName CODE_MATCH = ClassName.get(RUNTIME + ".eval", "CodeMatch");
  static final ClassName VALUE_SET = ClassName.get(RUNTIME + ".eval", "ValueSet");
  static final ClassName OBSERVATION_CONCEPT = ClassName.get(RUNTIME + ".eval", "ObservationConcept");
  static final ClassName RECORD_CONCEPT = ClassName.get(RUNTIME + ".eval", "RecordConcept");
  static final ClassName ATTESTATION_CONCEPT = ClassName.get(RUNTIME + ".eval", "AttestationConcept");
  static final ClassName PARTICIPATION_CONCEPT = ClassName.get(RUNTIME + ".eval", "ParticipationConcept");

  static final ClassName QUANTITY = ClassName.get(RUNTIME + ".quantity", "Quantity");
  static final ClassName COMPARISON_OP = ClassName.get(RUNTIME + ".quantity", "ComparisonOp");
  static final ClassName CALENDAR_DURATION = ClassName.get(RUNTIME + ".time", "CalendarDuration");
  static final ClassName ELAPSED = ClassName.get(RUNTIME + ".time", "Elapsed");

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
