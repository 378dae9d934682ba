package dev.eligo.compiler.records;

import static dev.eligo.compiler.records.Records.ACT;
import static dev.eligo.compiler.records.Records.ICD10;
import static dev.eligo.compiler.records.Records.LOCAL;
import static dev.eligo.compiler.records.Records.LOINC;
import static dev.eligo.compiler.records.Records.SNOMED;
import static dev.eligo.compiler.records.Records.administration;
import static dev.eligo.compiler.records.Records.anc;
import static dev.eligo.compiler.records.Records.aspirin;
import static dev.eligo.compiler.records.Records.bloodPressure;
import static dev.eligo.compiler.records.Records.cancer;
import static dev.eligo.compiler.records.Records.code;
import static dev.eligo.compiler.records.Records.condition;
import static dev.eligo.compiler.records.Records.day;
import static dev.eligo.compiler.records.Records.docetaxel;
import static dev.eligo.compiler.records.Records.dose;
import static dev.eligo.compiler.records.Records.fixation;
import static dev.eligo.compiler.records.Records.imaging;
import static dev.eligo.compiler.records.Records.observation;
import static dev.eligo.compiler.records.Records.participation;
import static dev.eligo.compiler.records.Records.penicillin;
import static dev.eligo.compiler.records.Records.petCt;
import static dev.eligo.compiler.records.Records.petReport;
import static dev.eligo.compiler.records.Records.quantity;
import static dev.eligo.compiler.records.Records.reaction;
import static dev.eligo.compiler.records.Records.report;
import static dev.eligo.compiler.records.Records.specimen;
import static dev.eligo.compiler.records.Records.stay;
import static dev.eligo.compiler.records.Records.steroid;
import static dev.eligo.compiler.records.Records.tissue;
import static dev.eligo.compiler.records.Records.unreadable;
import static dev.eligo.compiler.records.Records.vaccine;
import static dev.eligo.compiler.records.Records.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import dev.eligo.compiler.testing.ModuleDirectory;
import dev.eligo.compiler.testing.TestResources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field and record kind of issue 9 in the language: {@code records/record-fields.eligo} is
 * compiled once, and each of its criteria is screened on a patient for whom it is met, one for whom
 * it is not met, and one for whom it is unknown (a field absent, unusable or uncertain).
 */
class RecordFieldsRunTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);
  private static ProtocolEvaluator evaluator;

  /** A criterion and the records that make it met, not met and unknown. */
  private record Case(
      String id,
      Consumer<PatientRecord.Builder> met,
      Consumer<PatientRecord.Builder> notMet,
      Consumer<PatientRecord.Builder> unknown) {}

  @BeforeAll
  static void compile() throws Exception {
    Path file = ModuleDirectory.resolve("src/test/resources/records/record-fields.eligo");
    CompilationResult result =
        EligoCompiler.compile(
            TestResources.read(file), CompilerOptions.inPackage("dev.eligo.records"));
    assertThat(DiagnosticPrinter.print(result.diagnostics())).isEmpty();
    InMemoryJavaCompiler.Result javac = InMemoryJavaCompiler.compile(result.javaFiles());
    assertThat(javac.diagnostics()).as(javac.describe()).isEmpty();
    evaluator =
        (ProtocolEvaluator)
            javac
                .classLoader()
                .loadClass("dev.eligo.records.NCT07298239Evaluator")
                .getDeclaredConstructor()
                .newInstance();
  }

  static Stream<Arguments> cases() {
    return CASES.stream()
        .flatMap(
            c ->
                Stream.of(
                    Arguments.of(c.id(), "met", c.met(), CriterionOutcome.MET),
                    Arguments.of(c.id(), "not met", c.notMet(), CriterionOutcome.NOT_MET),
                    Arguments.of(c.id(), "unknown", c.unknown(), CriterionOutcome.UNKNOWN)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void criterion_onItsPatient_hasItsOutcome(
      String id, String name, Consumer<PatientRecord.Builder> records, CriterionOutcome expected) {
    CriterionResult result = screen(records, id);

    assertThat(result.outcome()).as(result.truth().toString()).isEqualTo(expected);
  }

  @Test
  void dailyDoseWithoutFrequency_isMissingAsThePresentButUnusableDose() {
    CriterionResult result =
        screen(
            p ->
                p.add(
                    aspirin(
                        "MedicationStatement",
                        MedicationStatus.ACTIVE,
                        new Dosage(Amount.of("81", "mg"), null, null, null, false))),
            "MED_DAILY_DOSE");

    assertThat(result.truth().missing())
        .extracting(Object::toString)
        .contains("dose of MedicationStatement/asa has no frequency");
  }

  @Test
  void reasonNotMatched_withAReferenceTheRecordDoesNotHold_isUnknownNotFalse() {
    // Asthma is coded; the referenced condition was not sent and could be the autoimmune disease.
    CriterionResult medication =
        screen(
            p ->
                p.add(
                    steroid(
                        List.of(code(ICD10, "J45.9")),
                        List.of(RecordRef.of("Condition", "not-sent")))),
            "MED_REASON");
    CriterionResult procedure =
        screen(
            p ->
                p.add(
                    fixation(
                        ProcedureStatus.COMPLETED,
                        null,
                        List.of(code(ICD10, "C61")),
                        List.of(RecordRef.of("Condition", "not-sent")))),
            "PROC_REASON");

    assertThat(medication.outcome()).isEqualTo(CriterionOutcome.UNKNOWN);
    assertThat(medication.truth().missing())
        .extracting(Object::toString)
        .anySatisfy(m -> assertThat(m).contains("Condition/not-sent"));
    assertThat(procedure.outcome()).isEqualTo(CriterionOutcome.UNKNOWN);
  }

  @Test
  void componentWithoutValue_saysTheRecordsReason() {
    CriterionResult result =
        screen(p -> p.add(bloodPressure("bp", "2026-11-20", null, null)), "OBS_COMPONENT");

    assertThat(result.truth().toString()).contains("cuff error");
  }

  @Test
  void enrolment_isNotCountedAsAnotherTrial() {
    CriterionResult result =
        screen(
            p ->
                p.add(
                    participation(
                        "own",
                        "on-study",
                        code("https://clinicaltrials.gov", "NCT07298239"),
                        RecordPeriod.ongoingFrom(day("2026-11-01")))),
            "PART_STATUS");

    assertThat(result.outcome()).isEqualTo(CriterionOutcome.NOT_MET);
  }

  @Test
  void immunization_codedOnlyInAnUndeclaredSystem_isUnclassifiedNotAbsent() {
    // An Australian Immunisation Register code only: the protocol declares CVX, not this system.
    CriterionResult undeclared =
        screen(
            p ->
                p.add(
                    new dev.eligo.runtime.record.Immunization(
                        RecordRef.of("Immunization", "air"),
                        List.of(code("urn:oid:1.2.36.1.2001.1005.17", "MMR")),
                        ImmunizationStatus.COMPLETED,
                        day("2026-11-05"),
                        List.of(),
                        true)),
            "IMMUNIZATION");
    // A SNOMED CT code: a declared system, so the vaccine is surely not one of the CVX codes.
    CriterionResult declared =
        screen(
            p ->
                p.add(
                    new dev.eligo.runtime.record.Immunization(
                        RecordRef.of("Immunization", "sct"),
                        List.of(code(SNOMED, "871751006")),
                        ImmunizationStatus.COMPLETED,
                        day("2026-11-05"),
                        List.of(),
                        true)),
            "IMMUNIZATION");

    assertThat(undeclared.outcome()).isEqualTo(CriterionOutcome.UNKNOWN);
    assertThat(undeclared.truth().toString()).contains("unclassified");
    assertThat(declared.outcome()).isEqualTo(CriterionOutcome.NOT_MET);
  }

  private static CriterionResult screen(Consumer<PatientRecord.Builder> records, String id) {
    PatientRecord.Builder patient =
        PatientRecord.builder("p-" + id).birthDate(LocalDate.of(1950, 1, 1));
    records.accept(patient);
    return evaluator.screen(patient.build(), SCREENING).criterion(id).orElseThrow();
  }

  private static final String NCT = "https://clinicaltrials.gov";
  private static final RecordPeriod ONGOING = RecordPeriod.ongoingFrom(day("2026-11-01"));

  private static final List<Case> CASES =
      List.of(
          new Case(
              "OBS_COMPONENT",
              p -> p.add(bloodPressure("bp", "2026-11-20", quantity("152", "mm[Hg]"), null)),
              p -> p.add(bloodPressure("bp", "2026-11-20", quantity("124", "mm[Hg]"), null)),
              p -> p.add(bloodPressure("bp", "2026-11-20", null, null))),
          new Case(
              "OBS_BOOLEAN",
              p ->
                  p.add(
                      observation(
                          "cr",
                          code(LOCAL, "progression-confirmed"),
                          "2026-11-12",
                          new ObservationValue.BooleanValue(true))),
              p ->
                  p.add(
                      observation(
                          "cr",
                          code(LOCAL, "progression-confirmed"),
                          "2026-11-12",
                          new ObservationValue.CodedValue(List.of(code(LOINC, "LA32-8")), "No"))),
              p ->
                  p.add(
                      observation(
                          "cr",
                          code(LOCAL, "progression-confirmed"),
                          "2026-11-12",
                          new ObservationValue.CodedValue(
                              List.of(code(SNOMED, "82334004")), "Indeterminate")))),
          new Case(
              "OBS_TEXT",
              p ->
                  p.add(
                      observation(
                          "hla",
                          code(LOINC, "13303-3"),
                          "2026-10-05",
                          new ObservationValue.TextValue(" hla-a*02:01"))),
              p ->
                  p.add(
                      observation(
                          "hla",
                          code(LOINC, "13303-3"),
                          "2026-10-05",
                          new ObservationValue.TextValue("HLA-A*03:01"))),
              p -> p.add(observation("hla", code(LOINC, "13303-3"), "2026-10-05", null))),
          new Case(
              "OBS_COMPARATOR",
              p ->
                  p.add(
                      observation(
                          "vl",
                          code(LOINC, "20447-9"),
                          "2026-11-02",
                          new ObservationValue.QuantityValue(
                              new java.math.BigDecimal("20"), "{copies}/mL", "<"))),
              p ->
                  p.add(
                      observation(
                          "vl",
                          code(LOINC, "20447-9"),
                          "2026-11-02",
                          quantity("5000", "{copies}/mL"))),
              p ->
                  p.add(
                      observation(
                          "vl",
                          code(LOINC, "20447-9"),
                          "2026-11-02",
                          new ObservationValue.CodedValue(
                              List.of(code(SNOMED, "260415000")), "Not detected")))),
          new Case(
              "OBS_INTERPRETATION",
              p -> p.add(anc("n", "1.1", "L", null)),
              p -> p.add(anc("n", "3.1", "N", null)),
              p -> p.add(anc("n", "3.1", null, null))),
          new Case(
              "OBS_BODY_SITE",
              p -> p.add(bloodPressure("bp", "2026-11-20", quantity("124", "mm[Hg]"), "368209003")),
              p -> p.add(bloodPressure("bp", "2026-11-20", quantity("124", "mm[Hg]"), "368208006")),
              p -> p.add(bloodPressure("bp", "2026-11-20", quantity("124", "mm[Hg]"), null))),
          new Case(
              "OBS_LLN",
              p -> p.add(anc("n", "1.1", null, "1.8")),
              p -> p.add(anc("n", "2.0", null, "1.8")),
              p -> p.add(anc("n", "1.1", null, null))),
          new Case(
              "COND_ABATEMENT",
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          "2019-03-31",
                          null,
                          null)),
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          "2025-03-31",
                          null,
                          null)),
              p ->
                  p.add(
                      cancer("ca", VerificationStatus.CONFIRMED, "2015-02-10", null, null, null))),
          new Case(
              "COND_VERIFICATION",
              p ->
                  p.add(cancer("ca", VerificationStatus.CONFIRMED, "2015-02-10", null, null, null)),
              p ->
                  p.add(
                      cancer(
                          "ca", VerificationStatus.DIFFERENTIAL, "2015-02-10", null, null, null)),
              p -> p.add(cancer("ca", null, "2015-02-10", null, null, null))),
          new Case(
              "COND_UNREFUTED",
              p ->
                  p.add(
                      cancer("ca", VerificationStatus.UNCONFIRMED, "2015-02-10", null, null, null)),
              p -> p.add(cancer("ca", VerificationStatus.REFUTED, "2015-02-10", null, null, null)),
              p -> p.add(cancer("ca", VerificationStatus.UNCONFIRMED, "2026", null, null, null))),
          new Case(
              "COND_STAGE",
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          null,
                          "1222806003",
                          null)),
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          null,
                          "1222808002",
                          null)),
              p ->
                  p.add(
                      cancer("ca", VerificationStatus.CONFIRMED, "2015-02-10", null, null, null))),
          new Case(
              "COND_BODY_SITE",
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          null,
                          null,
                          "80248007")),
              p ->
                  p.add(
                      cancer(
                          "ca",
                          VerificationStatus.CONFIRMED,
                          "2015-02-10",
                          null,
                          null,
                          "73056007")),
              p ->
                  p.add(
                      cancer("ca", VerificationStatus.CONFIRMED, "2015-02-10", null, null, null))),
          new Case(
              "MED_SOURCE",
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE)),
              p -> p.add(aspirin("MedicationRequest", MedicationStatus.ACTIVE)),
              p -> p.add(aspirin("Basic", MedicationStatus.ACTIVE))),
          new Case(
              "MED_STATUS",
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.STOPPED)),
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE)),
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.UNKNOWN))),
          new Case(
              "MED_STATUS_REASON",
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          RecordPeriod.on(day("2026-06-01")),
                          null,
                          code(SNOMED, "281647001"))),
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          RecordPeriod.on(day("2026-06-01")),
                          null,
                          code(SNOMED, "266721009"))),
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          RecordPeriod.on(day("2026-06-01")),
                          null,
                          null))),
          new Case(
              "MED_END",
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          RecordPeriod.ongoingFrom(day("2026-06-01")),
                          null,
                          null)),
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          new RecordPeriod(day("2026-06-01"), day("2026-08-01")),
                          null,
                          null)),
              p ->
                  p.add(
                      docetaxel(
                          "MedicationStatement",
                          "d",
                          new RecordPeriod(day("2026-06-01"), day("2026-11")),
                          null,
                          null))),
          new Case(
              "MED_LAST_DOSE",
              p -> p.add(administration("a1", "2026-11-14")),
              p -> p.add(administration("a1", "2026-09-14")),
              p -> p.add(docetaxel("MedicationRequest", "r", ONGOING, null, null))),
          new Case(
              "MED_DOSE",
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE, dose("300", 1))),
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE, dose("81", 1))),
              p ->
                  p.add(
                      aspirin(
                          "MedicationStatement",
                          MedicationStatus.ACTIVE,
                          new Dosage(
                              null,
                              "is a range from 1 {tbl} to 2 {tbl}, not one amount",
                              null,
                              null,
                              false)))),
          new Case(
              "MED_FREQUENCY",
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE, dose("81", 2))),
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE, dose("81", 1))),
              p ->
                  p.add(
                      aspirin(
                          "MedicationStatement",
                          MedicationStatus.ACTIVE,
                          new Dosage(Amount.of("81", "mg"), null, null, null, true)))),
          new Case(
              "MED_DAILY_DOSE",
              p -> p.add(aspirin("MedicationStatement", MedicationStatus.ACTIVE, dose("81", 2))),
              p ->
                  p.add(
                      aspirin(
                          "MedicationStatement",
                          MedicationStatus.ACTIVE,
                          Dosage.of(
                              Amount.of("0.1", "g"),
                              dev.eligo.runtime.record.Frequency.of(1, 1, "d")))),
              p ->
                  p.add(
                      aspirin(
                          "MedicationStatement",
                          MedicationStatus.ACTIVE,
                          new Dosage(Amount.of("81", "mg"), null, null, null, false)))),
          new Case(
              "MED_REASON",
              p ->
                  p.add(condition("sle", "M32.9"))
                      .add(steroid(List.of(), List.of(RecordRef.of("Condition", "sle")))),
              p -> p.add(steroid(List.of(code(ICD10, "J45.9")), List.of())),
              p -> p.add(steroid(List.of(), List.of(RecordRef.of("Condition", "not-sent"))))),
          new Case(
              "MED_DOSE_DAYS",
              p ->
                  p.add(administration("a1", "2026-05-04"))
                      .add(administration("a2", "2026-05-04"))
                      .add(administration("a3", "2026-05-25"))
                      .add(administration("a4", "2026-06-15")),
              p ->
                  p.add(administration("a1", "2026-05-04")).add(administration("a2", "2026-05-25")),
              p ->
                  p.add(administration("a1", "2026-05-04"))
                      .add(administration("a2", "2026-05-25"))
                      .add(administration("a3", "2026-06"))),
          new Case(
              "PROC_STATUS",
              p -> p.add(fixation(ProcedureStatus.COMPLETED, null, List.of(), List.of())),
              p -> p.add(fixation(ProcedureStatus.IN_PROGRESS, null, List.of(), List.of())),
              p -> p.add(fixation(ProcedureStatus.UNKNOWN, null, List.of(), List.of()))),
          new Case(
              "PROC_BODY_SITE",
              p -> p.add(fixation(ProcedureStatus.COMPLETED, "29836001", List.of(), List.of())),
              p -> p.add(fixation(ProcedureStatus.COMPLETED, "85050009", List.of(), List.of())),
              p -> p.add(fixation(ProcedureStatus.COMPLETED, null, List.of(), List.of()))),
          new Case(
              "PROC_REASON",
              p ->
                  p.add(condition("fx", "S72.001A"))
                      .add(
                          fixation(
                              ProcedureStatus.COMPLETED,
                              null,
                              List.of(),
                              List.of(RecordRef.of("Condition", "fx")))),
              p ->
                  p.add(
                      fixation(
                          ProcedureStatus.COMPLETED, null, List.of(code(ICD10, "C61")), List.of())),
              p ->
                  p.add(
                      fixation(
                          ProcedureStatus.COMPLETED,
                          null,
                          List.of(),
                          List.of(RecordRef.of("Condition", "fx"))))),
          new Case(
              "ALG_TYPE",
              p -> p.add(penicillin("allergy", List.of(), null, List.of(), null)),
              p -> p.add(penicillin("intolerance", List.of(), null, List.of(), null)),
              p -> p.add(penicillin(null, List.of(), null, List.of(), null))),
          new Case(
              "ALG_CATEGORY",
              p -> p.add(penicillin(null, List.of("food", "medication"), null, List.of(), null)),
              p -> p.add(penicillin(null, List.of("environment"), null, List.of(), null)),
              p -> p.add(penicillin(null, List.of(), null, List.of(), null))),
          new Case(
              "ALG_CRITICALITY",
              p -> p.add(penicillin(null, List.of(), "high", List.of(), null)),
              p -> p.add(penicillin(null, List.of(), "low", List.of(), null)),
              p -> p.add(penicillin(null, List.of(), null, List.of(), null))),
          new Case(
              "ALG_SEVERITY",
              p ->
                  p.add(
                      penicillin(
                          null,
                          List.of(),
                          null,
                          List.of(reaction("126485001", "mild"), reaction("39579001", "severe")),
                          null)),
              p ->
                  p.add(
                      penicillin(
                          null, List.of(), null, List.of(reaction("126485001", "mild")), null)),
              p ->
                  p.add(
                      penicillin(
                          null, List.of(), null, List.of(reaction("126485001", null)), null))),
          new Case(
              "ALG_MANIFESTATION",
              p ->
                  p.add(
                      penicillin(null, List.of(), null, List.of(reaction("39579001", null)), null)),
              p ->
                  p.add(
                      penicillin(
                          null, List.of(), null, List.of(reaction("126485001", null)), null)),
              p -> p.add(penicillin(null, List.of(), null, List.of(), null))),
          new Case(
              "ALG_DATE",
              p -> p.add(penicillin(null, List.of(), null, List.of(), "2021-06-02")),
              p -> p.add(penicillin(null, List.of(), null, List.of(), "2015-06-02")),
              p -> p.add(penicillin(null, List.of(), null, List.of(), "2019"))),
          new Case(
              "PART_STATUS",
              p -> p.add(participation("rs", "on-study", code(NCT, "NCT05012345"), ONGOING)),
              p -> p.add(participation("rs", "off-study", code(NCT, "NCT05012345"), ONGOING)),
              p -> p.add(participation("rs", "unknown", code(NCT, "NCT05012345"), ONGOING))),
          new Case(
              "PART_ANY",
              // on-study-intervention and on-study-observation are kinds of on-study: they count
              p ->
                  p.add(
                      participation(
                          "rs", "on-study-intervention", code(NCT, "NCT05012345"), ONGOING)),
              p ->
                  p.add(participation("rs", "pending-on-study", code(NCT, "NCT05012345"), ONGOING)),
              p -> p.add(participation("rs", "unknown", code(NCT, "NCT05012345"), ONGOING))),
          new Case(
              "PART_STUDY",
              p -> p.add(participation("rs", "on-study", code(NCT, "NCT05012345"), ONGOING)),
              p -> p.add(participation("rs", "on-study", code(NCT, "NCT04000001"), ONGOING)),
              p -> p.add(participation("rs", "on-study", code("", "NCT05012345"), ONGOING))),
          new Case(
              "PART_END",
              p ->
                  p.add(
                      participation(
                          "rs",
                          "off-study",
                          code(NCT, "NCT05012345"),
                          new RecordPeriod(day("2026-05-02"), day("2026-09-30")))),
              p ->
                  p.add(
                      participation(
                          "rs",
                          "off-study",
                          code(NCT, "NCT05012345"),
                          new RecordPeriod(day("2025-05-02"), day("2025-09-30")))),
              p ->
                  p.add(
                      participation(
                          "rs",
                          "off-study",
                          code(NCT, "NCT05012345"),
                          new RecordPeriod(day("2025-05-02"), day("2026"))))),
          new Case(
              "ENROLMENT",
              p ->
                  p.add(
                      participation(
                          "own",
                          "screening",
                          code(NCT, "NCT07298239"),
                          RecordPeriod.ongoingFrom(day("2026-11-10")))),
              p ->
                  p.add(
                      participation(
                          "own",
                          "withdrawn",
                          code(NCT, "NCT07298239"),
                          RecordPeriod.ongoingFrom(day("2026-11-10")))),
              p ->
                  p.add(
                      participation(
                          "other",
                          "screening",
                          code(NCT, "NCT05012345"),
                          RecordPeriod.ongoingFrom(day("2026-11-10"))))),
          new Case(
              "SPECIMEN",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", null)),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2024-02-11", null)),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2025-11", null))),
          new Case(
              "SPECIMEN_FIELDS",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", "41216001")),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", "64033007")),
              p -> p.add(tissue(null, null, "41216001"))),
          new Case(
              "ENCOUNTER",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", null)),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-08-03", "2026-08-09", null)),
              p -> p.add(stay(EncounterStatus.UNKNOWN, "2026-11-03", "2026-11-09", null))),
          new Case(
              "ENCOUNTER_FIELDS",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", "183452005")),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-04", "183452005")),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11", "183452005"))),
          new Case(
              "REPORT",
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", "94222008")),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", "260385009")),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", null))),
          new Case(
              "REPORT_FIELDS",
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", null)),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-09-05", "2026-11-06", null)),
              p -> p.add(petReport(ReportStatus.UNKNOWN, "2026-11-05", "2026-11-06", null))),
          new Case(
              "IMAGING",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT", "CT"), null)),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null)),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, null, List.of("PT", "CT"), null))),
          new Case(
              "IMAGING_FIELDS",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), "38266002")),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2025-11-05", List.of("PT"), "38266002")),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null))),

          // Each field of the newer kinds on its own; an unknown type or code is one the mapping
          // could not read.
          new Case(
              "SPECIMEN_TYPE",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", null)),
              p ->
                  p.add(
                      specimen(
                          List.of(code(SNOMED, "119376003")),
                          SpecimenStatus.AVAILABLE,
                          "2026-02-11",
                          null)),
              p ->
                  p.add(specimen(List.of(), SpecimenStatus.AVAILABLE, "2026-02-11", null))
                      .add(unreadable("Specimen", "ffpe", "type"))),
          new Case(
              "SPECIMEN_STATUS",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", null)),
              p -> p.add(tissue(SpecimenStatus.UNAVAILABLE, "2026-02-11", null)),
              p -> p.add(tissue(null, "2026-02-11", null))),
          new Case(
              "SPECIMEN_BODY_SITE",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", "41216001")),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", "71854001")),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", null))),
          new Case(
              "SPECIMEN_COLLECTED",
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2026-02-11", null)),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2024-02-11", null)),
              p -> p.add(tissue(SpecimenStatus.AVAILABLE, "2025", null))),
          new Case(
              "ENCOUNTER_CLASS",
              p ->
                  p.add(
                      visit(
                          List.of(code(ACT, "IMP")),
                          null,
                          EncounterStatus.FINISHED,
                          "2026-11-03",
                          "2026-11-09")),
              p ->
                  p.add(
                      visit(
                          List.of(code(ACT, "AMB")),
                          null,
                          EncounterStatus.FINISHED,
                          "2026-11-03",
                          "2026-11-03")),
              p ->
                  p.add(
                          visit(
                              List.of(),
                              null,
                              EncounterStatus.FINISHED,
                              "2026-11-03",
                              "2026-11-09"))
                      .add(unreadable("Encounter", "stay", "class"))),
          new Case(
              "ENCOUNTER_TYPE",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", "183452005")),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", "32485007")),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", null))),
          new Case(
              "ENCOUNTER_STATUS",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", null)),
              p -> p.add(stay(EncounterStatus.IN_PROGRESS, "2026-11-03", null, null)),
              p -> p.add(stay(EncounterStatus.UNKNOWN, "2026-11-03", "2026-11-09", null))),
          new Case(
              "ENCOUNTER_START",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-11-03", "2026-11-09", null)),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-08-03", "2026-11-09", null)),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026", "2026-11-09", null))),
          new Case(
              "IMMUNIZATION",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-10-28", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-10-26", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-10", null, true))),
          new Case(
              "IMMUNIZATION_CODE",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, true)),
              p -> p.add(vaccine("21", ImmunizationStatus.COMPLETED, "2026-11-05", null, true)),
              p ->
                  p.add(vaccine(null, ImmunizationStatus.COMPLETED, "2026-11-05", null, true))
                      .add(unreadable("Immunization", "vac", "vaccineCode"))),
          new Case(
              "IMMUNIZATION_DATE",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-10-31", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026", null, true))),
          new Case(
              "IMMUNIZATION_STATUS",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.NOT_DONE, "2026-11-05", "IMMUNE", true)),
              p -> p.add(vaccine("03", ImmunizationStatus.UNKNOWN, "2026-11-05", null, true))),
          new Case(
              "IMMUNIZATION_STATUS_REASON",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", "IMMUNE", true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", "PATOBJ", true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, true))),
          new Case(
              "IMMUNIZATION_PRIMARY_SOURCE",
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, true)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, false)),
              p -> p.add(vaccine("03", ImmunizationStatus.COMPLETED, "2026-11-05", null, null))),
          new Case(
              "ENCOUNTER_END",
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-10-20", "2026-11-02", null)),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-10-20", "2026-10-31", null)),
              p -> p.add(stay(EncounterStatus.FINISHED, "2026-08-03", "2026", null))),
          new Case(
              "REPORT_CONCLUSION",
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", "94222008")),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", "260413007")),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", null))),
          new Case(
              "IMAGING_MODALITY",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT", "CT"), null)),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null)),
              p ->
                  p.add(imaging(List.of(), ImagingStatus.AVAILABLE, "2026-11-05", List.of(), null))
                      .add(unreadable("ImagingStudy", "img", "series.modality"))),
          new Case(
              "REPORT_CODE",
              p ->
                  p.add(
                      report(
                          List.of(code(LOINC, "81555-5")),
                          ReportStatus.FINAL,
                          "2026-11-05",
                          "2026-11-06",
                          null)),
              p ->
                  p.add(
                      report(
                          List.of(code(LOINC, "44139-4")),
                          ReportStatus.FINAL,
                          "2026-11-05",
                          "2026-11-06",
                          null)),
              p ->
                  p.add(report(List.of(), ReportStatus.FINAL, "2026-11-05", "2026-11-06", null))
                      .add(unreadable("DiagnosticReport", "pet", "code"))),
          new Case(
              "REPORT_STATUS",
              p -> p.add(petReport(ReportStatus.FINAL, "2026-11-05", "2026-11-06", null)),
              p -> p.add(petReport(ReportStatus.AMENDED, "2026-11-05", "2026-11-06", null)),
              p -> p.add(petReport(ReportStatus.UNKNOWN, "2026-11-05", "2026-11-06", null))),
          new Case(
              "REPORT_ISSUED",
              p -> p.add(petReport(ReportStatus.FINAL, "2026-10-30", "2026-11-02", null)),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-10-30", "2026-10-31", null)),
              p ->
                  p.add(
                      report(
                          List.of(code(LOINC, "81555-5")),
                          ReportStatus.FINAL,
                          "2026-10-30",
                          null,
                          null))),
          new Case(
              "REPORT_DATE",
              p ->
                  p.add(
                      report(
                          List.of(code(LOINC, "81555-5")),
                          ReportStatus.FINAL,
                          null,
                          "2026-11-06",
                          null)),
              p -> p.add(petReport(ReportStatus.FINAL, "2026-10-30", "2026-11-02", null)),
              p -> p.add(petReport(ReportStatus.FINAL, "2026", "2026-11-02", null))),
          new Case(
              "IMAGING_CODE",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null)),
              p ->
                  p.add(
                      imaging(
                          List.of(code(LOINC, "44139-4")),
                          ImagingStatus.AVAILABLE,
                          "2026-11-05",
                          List.of("PT"),
                          null)),
              p ->
                  p.add(
                          imaging(
                              List.of(),
                              ImagingStatus.AVAILABLE,
                              "2026-11-05",
                              List.of("PT"),
                              null))
                      .add(unreadable("ImagingStudy", "img", "procedureCode"))),
          new Case(
              "IMAGING_STATUS",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null)),
              p -> p.add(petCt(ImagingStatus.REGISTERED, "2026-11-05", List.of("PT"), null)),
              p -> p.add(petCt(ImagingStatus.UNKNOWN, "2026-11-05", List.of("PT"), null))),
          new Case(
              "IMAGING_BODY_SITE",
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), "38266002")),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), "51185008")),
              p -> p.add(petCt(ImagingStatus.AVAILABLE, "2026-11-05", List.of("PT"), null))));
}
