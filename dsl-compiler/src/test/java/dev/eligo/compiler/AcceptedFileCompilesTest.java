package dev.eligo.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.testing.Probe;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files that once passed the checker and then failed in javac, crashed or hung (found by hand and
 * by fuzzing the sample). Each now compiles through javac and screens, or gets a diagnostic at its
 * line and column.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AcceptedFileCompilesTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);
  private static final String LOINC = "http://loinc.org";

  /** A small protocol; each case adds its own definitions and criteria. */
  static String protocol(String rest) {
    return """
        protocol NCT00000002
          title "Seam regressions"
          version "1"

        codesystem LOINC = "http://loinc.org"
        codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10" matching prefix ignoring dots

        observation psa "PSA": LOINC {2857-1}
          quantity 'ng/mL'
        observation weight "body weight": LOINC {29463-7}
          quantity 'kg'
        observation creatinine "serum creatinine": LOINC {2160-0, 14682-9}
          quantity 'mg/dL'
          molar mass 113.12 'g/mol'
        condition prostateCancer "prostate cancer": ICD10 {C61}

        define s = series(psa within 12 months before screening)
        """
        + rest;
  }

  // ---- lists that may be unknown, and if over lists
  // ----------------------------------------------

  @Test
  void lastOfRuns_isOneListThatMayBeUnknown() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "lastRun.eligo",
            protocol(
                """
        define lastRun = last(runs(s, 3))
        inclusion I1 "The last three PSA values rise." = exists lastRun
          and all point in lastRun satisfies point.value > 0.1 'ng/mL'
        """));
    assertThat(outcome(evaluator, rising(4), "I1")).isEqualTo(CriterionOutcome.MET);
    // Fewer than three values: there is no last run, so the answer is unknown, not false.
    assertThat(outcome(evaluator, rising(2), "I1")).isEqualTo(CriterionOutcome.UNKNOWN);
  }

  @Test
  void existsFirstOfRuns_compilesAndScreens() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "firstRun.eligo",
            protocol(
                """
        define e = exists first(runs(s, 2))
        inclusion I1 "Two PSA values." = e
        """));
    assertThat(outcome(evaluator, rising(2), "I1")).isEqualTo(CriterionOutcome.MET);
    assertThat(outcome(evaluator, rising(1), "I1")).isEqualTo(CriterionOutcome.UNKNOWN);
  }

  @Test
  void ifOverLists_choosesTheList_andUnknownConditionKeepsCommonItems() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "ifLists.eligo",
            protocol(
                """
        define chosen = if exists prostateCancer then psa else psa
        inclusion I1 "Any PSA." = exists chosen
        """));
    assertThat(outcome(evaluator, rising(1), "I1")).isEqualTo(CriterionOutcome.MET);
    assertThat(outcome(evaluator, rising(0), "I1")).isEqualTo(CriterionOutcome.NOT_MET);
  }

  @Test
  void ifOverObservations_keepsTheObservation() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "ifObservations.eligo",
            protocol(
                """
        define latestChosen = if exists prostateCancer then latest psa else latest psa
        inclusion I1 "PSA above 2." = latestChosen > 2 'ng/mL'
        """));
    assertThat(outcome(evaluator, rising(4), "I1")).isEqualTo(CriterionOutcome.MET);
  }

  // ---- arithmetic
  // ---------------------------------------------------------------------------------

  @Test
  void ratioOfTwoValues_convertsTheDivisorWithItsMolarMass_whicheverComesFirst() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "ratio.eligo",
            protocol(
                """
        define weightFirst = (latest weight / 1 'kg') / (latest creatinine / 1 'mg/dL')
        define creatinineFirst = (latest creatinine / 1 'mg/dL') / (latest weight / 1 'kg')
        inclusion I1 "Weight over creatinine above 50." = weightFirst > 50
        inclusion I2 "Creatinine over weight below 0.02." = creatinineFirst < 0.02
        """));
    // 80 kg and 88.4 umol/L (= 1 mg/dL at 113.12 g/mol): the ratios are 80 and 0.0125.
    PatientRecord patient =
        PatientRecord.builder("p")
            .birthDate(LocalDate.of(1950, 1, 1))
            .sex(Sex.MALE)
            .add(observation("w", "29463-7", "80", "kg", "2026-11-20"))
            .add(observation("c", "14682-9", "88.4", "umol/L", "2026-11-20"))
            .build();
    ScreeningResult result = evaluator.screen(patient, SCREENING);
    assertThat(outcome(result, "I1")).as(result.explain()).isEqualTo(CriterionOutcome.MET);
    assertThat(outcome(result, "I2")).as(result.explain()).isEqualTo(CriterionOutcome.MET);
    assertThat(result.missing()).isEmpty();
  }

  @Test
  void sumOfTwoHundredTerms_isTooDeep_atItsPlace() {
    StringBuilder sum = new StringBuilder("1");
    for (int i = 0; i < 200; i++) {
      sum.append(" + 1");
    }
    List<Diagnostic> errors =
        Probe.errors(
            "sum.eligo",
            protocol("inclusion I1 \"Many terms.\" = latest psa < (" + sum + ") * 1 'ng/mL'\n"));
    assertThat(Probe.positions(errors)).startsWith("18:").contains("ELG0105");
  }

  @Test
  void sumOfFortyTerms_compiles() {
    StringBuilder sum = new StringBuilder("1");
    for (int i = 0; i < 40; i++) {
      sum.append(" + 1");
    }
    Probe.evaluator(
        "sum40.eligo",
        protocol("inclusion I1 \"Forty terms.\" = latest psa < (" + sum + ") * 1 'ng/mL'\n"));
  }

  // ---- nesting
  // ------------------------------------------------------------------------------------

  @Test
  void seventySiblingIfs_areTwoLevelsDeep_andCompile() {
    StringBuilder ors = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      ors.append(i == 0 ? "" : " or ").append("(if exists prostateCancer then true else false)");
    }
    Probe.evaluator("siblings.eligo", protocol("inclusion I1 \"Any.\" = " + ors + "\n"));
  }

  // ---- names
  // --------------------------------------------------------------------------------------

  @Test
  void javaWordsAndRuntimeClassNamesAsNames_compile() {
    Probe.evaluator(
        "names.eligo",
        protocol(
            """
        define yield = exists psa
        define Logic = exists (psa where value > 1 'ng/mL')
        define Dates = count psa
        define record = 28 days
        define var = latest psa
        inclusion I1 "Names Java uses." = yield and Logic and Dates > 0
          and exists (psa within record before screening)
          and var > 1 'ng/mL'
          and any yield2 in psa satisfies yield2.value > 0 'ng/mL'
          and any PSA in psa satisfies PSA.value > 0 'ng/mL'
          and any Lists in s satisfies Lists.value > 0 'ng/mL'
          and any ctx in psa satisfies ctx.value > 0 'ng/mL'
        """));
  }

  @Test
  void nameOverTwoHundredCharacters_isReportedAtItsPlace() {
    String name = "a".repeat(70_000);
    List<Diagnostic> errors =
        Probe.errors("longName.eligo", protocol("define " + name + " = exists psa\n"));
    assertThat(Probe.positions(errors)).contains("18:8 ELG0308");
  }

  @Test
  void numberOfAMillionDigits_isReportedQuickly() {
    String number = "9".repeat(1_000_000);
    List<Diagnostic> errors =
        Probe.errors(
            "longNumber.eligo",
            protocol("inclusion I1 \"Huge.\" = latest psa > " + number + " 'ng/mL'\n"));
    assertThat(Probe.positions(errors)).contains("18:37 ELG0307");
  }

  // ---- limits
  // -------------------------------------------------------------------------------------

  @Test
  void durationOfMaxIntYears_isReported() {
    List<Diagnostic> errors =
        Probe.errors(
            "years.eligo",
            protocol(
                "inclusion I1 \"Ever.\" = exists (psa within 2147483647 years before screening)\n"));
    assertThat(Probe.positions(errors)).contains("18:43 ELG0307");
  }

  @Test
  void twoHundredYears_compileAndScreen() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "longest.eligo",
            protocol("inclusion I1 \"Ever.\" = exists (psa within 200 years before screening)\n"));
    assertThat(outcome(evaluator, rising(1), "I1")).isEqualTo(CriterionOutcome.MET);
  }

  @Test
  void twoThousandFiveHundredCriteria_areReportedAsTooMany() {
    StringBuilder criteria = new StringBuilder();
    for (int i = 0; i < 2_500; i++) {
      criteria
          .append("inclusion I")
          .append(i)
          .append(" \"Criterion ")
          .append(i)
          .append(".\" = exists psa\n");
    }
    List<Diagnostic> errors = Probe.errors("many.eligo", protocol(criteria.toString()));
    assertThat(Probe.positions(errors)).isEqualTo("618:11 ELG0308");
  }

  @Test
  void fiveHundredCriteria_compile() {
    StringBuilder criteria = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      criteria
          .append("inclusion I")
          .append(i)
          .append(" \"Criterion ")
          .append(i)
          .append(".\" = exists psa\n");
    }
    Probe.evaluator("fiveHundred.eligo", protocol(criteria.toString()));
  }

  @Test
  void factorOrMolarMassWithoutTheirNumber_isASyntaxError_notACrash() {
    String factor =
        protocol("").replace("molar mass 113.12 'g/mol'", "factor '[IU]' = 5.82 '{copies}'")
            + "inclusion I1 \"x\" = exists creatinine\n";
    assertThat(Probe.positions(Probe.errors("factor.eligo", factor))).contains("ELG0101");
    String molar =
        protocol("").replace("molar mass 113.12 'g/mol'", "molar mass 'g/mol'")
            + "inclusion I1 \"x\" = exists creatinine\n";
    assertThat(Probe.positions(Probe.errors("molar.eligo", molar))).contains("14:14 ELG0101");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void unitWithAHugeExponent_isReportedWithoutHanging() {
    List<Diagnostic> errors =
        Probe.errors(
            "exponent.eligo", protocol("inclusion I1 \"x\" = latest psa > 1 '10*99999999/L'\n"));
    assertThat(Probe.positions(errors)).contains("18:35 ELG0303");
  }

  // ---- text as editors save it
  // --------------------------------------------------------------------

  @Test
  void lineAndParagraphSeparatorsInText_compileAndKeepTheText() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "separators.eligo",
            protocol("inclusion I1 \"Pasted\u2028from a PDF\u2029here.\" = exists psa\n"));
    assertThat(evaluator.protocol().criteria().get(0).text())
        .isEqualTo("Pasted\u2028from a PDF\u2029here.");
  }

  @Test
  void byteOrderMark_isNotACharacterOfTheFile() {
    Probe.evaluator("bom.eligo", "\uFEFF" + protocol("inclusion I1 \"x\" = exists psa\n"));
  }

  @Test
  void carriageReturnLineEnds_giveTheRightLine() {
    String file = protocol("inclusion I1 \"x\" = exists psb\n").replace("\n", "\r");
    assertThat(Probe.positions(Probe.errors("mac.eligo", file))).isEqualTo("18:27 ELG0201");
    String windows = protocol("inclusion I1 \"x\" = exists psb\n").replace("\n", "\r\n");
    assertThat(Probe.positions(Probe.errors("windows.eligo", windows))).isEqualTo("18:27 ELG0201");
  }

  // ---- parameterised definitions
  // ---------------------------------------------------------------------

  @Test
  void parameterisedDefinitionCalledFromAnotherDefinition_compilesAndScreens() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "called-from-definition.eligo",
            protocol(
                """
        define above(lab, limit) = latest lab within 28 days before screening > limit
        define heavy = above(weight, 100 'kg')
        define later = heavy or above(psa, 4 'ug/L')
        inclusion I1 "x" = later
        """));
    PatientRecord heavy =
        PatientRecord.builder("heavy")
            .birthDate(LocalDate.of(1950, 1, 1))
            .sex(Sex.MALE)
            .add(observation("w1", "29463-7", "120", "kg", SCREENING.minusDays(3).toString()))
            .build();
    assertThat(outcome(evaluator, heavy, "I1")).isEqualTo(CriterionOutcome.MET);
  }

  // The inner definition is first called while the outer one is checked: its method must be named
  // before the outer method's call to it is written.
  @Test
  void parameterisedDefinitionCalledFromAnotherParameterisedDefinition_compilesAndScreens() {
    ProtocolEvaluator evaluator =
        Probe.evaluator(
            "nested-parameterised.eligo",
            protocol(
                """
        define onDay(lab, sampleDate) = lab where date = sampleDate
        define weighedThatDay(point) = exists onDay(weight, point.date)
        inclusion I1 "x" = any point in psa satisfies weighedThatDay(point)
        """));
    PatientRecord.Builder patient =
        PatientRecord.builder("same-day")
            .birthDate(LocalDate.of(1950, 1, 1))
            .sex(Sex.MALE)
            .add(observation("p1", "2857-1", "5", "ng/mL", SCREENING.minusDays(3).toString()));
    assertThat(outcome(evaluator, patient.build(), "I1")).isEqualTo(CriterionOutcome.NOT_MET);
    patient.add(observation("w1", "29463-7", "80", "kg", SCREENING.minusDays(3).toString()));
    assertThat(outcome(evaluator, patient.build(), "I1")).isEqualTo(CriterionOutcome.MET);
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------

  private static CriterionOutcome outcome(
      ProtocolEvaluator evaluator, PatientRecord patient, String id) {
    ScreeningResult result = evaluator.screen(patient, SCREENING);
    return outcome(result, id);
  }

  private static CriterionOutcome outcome(ScreeningResult result, String id) {
    return result.criterion(id).map(CriterionResult::outcome).orElseThrow();
  }

  /** A man with prostate cancer and {@code count} PSA values rising a month apart. */
  private static PatientRecord rising(int count) {
    PatientRecord.Builder builder =
        PatientRecord.builder("rising-" + count)
            .birthDate(LocalDate.of(1950, 1, 1))
            .sex(Sex.MALE)
            .add(
                new Condition(
                    RecordRef.of("Condition", "c1"),
                    List.of(Coding.of("http://hl7.org/fhir/sid/icd-10", "C61")),
                    null,
                    null,
                    RecordDate.of(LocalDate.of(2020, 1, 1)),
                    null));
    for (int i = 0; i < count; i++) {
      builder.add(
          observation(
              "psa" + i,
              "2857-1",
              String.valueOf(1 + i),
              "ng/mL",
              SCREENING.minusMonths(count - i).toString()));
    }
    return builder.build();
  }

  private static Observation observation(
      String id, String code, String value, String unit, String date) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(Coding.of(LOINC, code)),
        ObservationStatus.FINAL,
        RecordDate.parse(date),
        null,
        ObservationValue.QuantityValue.of(value, unit),
        List.of());
  }
}
