package dev.eligo.compiler.generate;

import com.palantir.javapoet.ClassName;
import dev.eligo.compiler.check.RuntimeCall;

/**
 * Every runtime type generated code names, in one place. The calls themselves come from the
 * checker's {@link RuntimeCall} table: this class and that table are the contract between the
 * compiler and the runtime (docs/runtime-contract.md describes both).
 */
final class RuntimeNames {
  private RuntimeNames() {}

  private static final String RUNTIME = "dev.eligo.runtime";
  private static final String EVAL = RUNTIME + ".internal.eval";

  static final ClassName PROTOCOL_EVALUATOR = ClassName.get(RUNTIME, "ProtocolEvaluator");

  static final ClassName TRUTH = ClassName.get(RUNTIME + ".result", "Truth");
  static final ClassName EVALUATION = ClassName.get(EVAL, "Evaluation");
  static final ClassName VALUE = ClassName.get(EVAL, "Value");
  static final ClassName ITEMS = ClassName.get(EVAL, "Items");
  static final ClassName CODES = ClassName.get(EVAL, "Codes");
  static final ClassName POINT = ClassName.get(EVAL, "Point");
  static final ClassName PAIR = ClassName.get(EVAL, "Pair");
  static final ClassName COURSE = ClassName.get(EVAL, "Course");
  static final ClassName WORDS = ClassName.get(EVAL, "Words");
  static final ClassName CODE_SYSTEM_REF = ClassName.get(EVAL, "CodeSystemRef");
  static final ClassName CODE_MATCH = ClassName.get(EVAL, "CodeMatch");
  static final ClassName VALUE_SET = ClassName.get(EVAL, "ValueSet");
  static final ClassName OBSERVATION_CONCEPT = ClassName.get(EVAL, "ObservationConcept");
  static final ClassName RECORD_CONCEPT = ClassName.get(EVAL, "RecordConcept");
  static final ClassName ATTESTATION_CONCEPT = ClassName.get(EVAL, "AttestationConcept");
  static final ClassName PARTICIPATION_CONCEPT = ClassName.get(EVAL, "ParticipationConcept");
  static final ClassName INPUT_CONCEPT = ClassName.get(EVAL, "InputConcept");
  static final ClassName INPUT_KIND = ClassName.get(RUNTIME + ".result", "InputInfo", "Kind");
  static final ClassName SCREENING = ClassName.get(RUNTIME, "Screening");

  static final ClassName QUANTITY = ClassName.get(RUNTIME + ".internal.quantity", "Quantity");
  static final ClassName COMPARISON_OP =
      ClassName.get(RUNTIME + ".internal.quantity", "ComparisonOp");
  static final ClassName CALENDAR_DURATION =
      ClassName.get(RUNTIME + ".internal.time", "CalendarDuration");
  static final ClassName ELAPSED = ClassName.get(RUNTIME + ".internal.time", "Elapsed");

  static final ClassName PATIENT_RECORD = ClassName.get(RUNTIME + ".record", "PatientRecord");
  static final ClassName OBSERVATION = ClassName.get(RUNTIME + ".record", "Observation");
  static final ClassName CONDITION = ClassName.get(RUNTIME + ".record", "Condition");
  static final ClassName MEDICATION_USE = ClassName.get(RUNTIME + ".record", "MedicationUse");
  static final ClassName PROCEDURE = ClassName.get(RUNTIME + ".record", "Procedure");
  static final ClassName ALLERGY = ClassName.get(RUNTIME + ".record", "Allergy");
  static final ClassName RESEARCH_PARTICIPATION =
      ClassName.get(RUNTIME + ".record", "ResearchParticipation");
  static final ClassName SPECIMEN = ClassName.get(RUNTIME + ".record", "Specimen");
  static final ClassName ENCOUNTER = ClassName.get(RUNTIME + ".record", "Encounter");
  static final ClassName DIAGNOSTIC_REPORT = ClassName.get(RUNTIME + ".record", "DiagnosticReport");
  static final ClassName IMAGING_STUDY = ClassName.get(RUNTIME + ".record", "ImagingStudy");
  static final ClassName IMMUNIZATION = ClassName.get(RUNTIME + ".record", "Immunization");
  static final ClassName SEX = ClassName.get(RUNTIME + ".record", "Sex");

  static final ClassName CRITERION_INFO = ClassName.get(RUNTIME + ".result", "CriterionInfo");
  static final ClassName CRITERION_KIND = ClassName.get(RUNTIME + ".result", "CriterionKind");
  static final ClassName CRITERION_RESULT = ClassName.get(RUNTIME + ".result", "CriterionResult");
  static final ClassName PROTOCOL_INFO = ClassName.get(RUNTIME + ".result", "ProtocolInfo");
  static final ClassName SCREENING_RESULT = ClassName.get(RUNTIME + ".result", "ScreeningResult");

  /** The class a runtime call is made on. */
  static ClassName owner(RuntimeCall call) {
    return ClassName.get(call.ownerPackage(), call.owner());
  }
}
