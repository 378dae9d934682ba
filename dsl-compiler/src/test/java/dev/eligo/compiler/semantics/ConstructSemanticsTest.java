package dev.eligo.compiler.semantics;

import static dev.eligo.compiler.semantics.Facts.ICD10;
import static dev.eligo.compiler.semantics.Facts.ICD9CM;
import static dev.eligo.compiler.semantics.Facts.SNOMED;
import static dev.eligo.compiler.semantics.Facts.bloodPressure;
import static dev.eligo.compiler.semantics.Facts.born;
import static dev.eligo.compiler.semantics.Facts.diagnosis;
import static dev.eligo.compiler.semantics.Facts.drug;
import static dev.eligo.compiler.semantics.Facts.lab;
import static dev.eligo.compiler.semantics.Facts.labInRange;
import static dev.eligo.compiler.semantics.Facts.patient;
import static dev.eligo.compiler.semantics.Facts.psa;
import static dev.eligo.compiler.semantics.Facts.resolvedDiagnosis;
import static dev.eligo.runtime.result.CriterionOutcome.MET;
import static dev.eligo.runtime.result.CriterionOutcome.NOT_MET;
import static dev.eligo.runtime.result.CriterionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.Probe;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the constructs mean, row by row: a criterion, a patient, a screening and the outcome a
 * clinician expects, boundaries included. Every row's criterion goes into one protocol, compiled
 * once by Eligo and javac; each row then screens its own patient.
 */
class ConstructSemanticsTest {
  private static final LocalDate SCREENING = LocalDate.of(2026, 6, 1);

  private static final String DECLARATIONS =
      """
      protocol NCT00000042
        title "The meaning of each construct"
        version "1"

      codesystem LOINC = "http://loinc.org"
      codesystem ATC = "http://www.whocc.no/atc" matching prefix
      codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10" matching prefix ignoring dots
      codesystem SNOMED = "http://snomed.info/sct"
      codesystem ARM = "urn:example:arm"

      input consent "the date of informed consent": date
      input cohort "the cohort being filled": code in ARM
      input doseLevel "the dose level": number
      input plannedDose "the planned first dose": quantity 'mg'
      input fit "the investigator judges the patient fit": truth

      observation psa "PSA": LOINC {2857-1}
        quantity 'ng/mL'
      observation weight "body weight": LOINC {29463-7}
        quantity 'kg'
      observation systolic "systolic blood pressure": LOINC {8480-6}
        quantity 'mm[Hg]'
      observation diastolic "diastolic blood pressure": LOINC {8462-4}
        quantity 'mm[Hg]'
      observation testosterone "serum testosterone": LOINC {2986-8}
        quantity 'ng/dL'
        plausible from 0 to 3000 'ng/dL'
      condition prostateCancer "prostate cancer": ICD10 {C61}
      condition otherCancer "another cancer": ICD10 {C00-C96} except ICD10 {C61}
        classified by ICD10
      medication antiCancer "systemic anticancer therapy": ATC {L01, L02}
      medication adt "androgen deprivation therapy": ATC {L02}

      define firstAdt "the start of the first androgen deprivation therapy" = (earliest adt).start
      define points "the PSA series" = series(psa)
      define lines "lines of therapy" = regimens(antiCancer, 28 days)
      define recentAbove(lab, limit) "above the limit in the last 28 days" =
        latest lab within 28 days before screening > limit
      observation anc "absolute neutrophil count": LOINC {751-8}
        quantity '10*9/L'
      define belowHalfLln(lab) "below half the lower limit of normal" = latest lab < 0.5 x LLN
      """;

  private static final List<Row> ROWS = rows();
  private static ProtocolEvaluator evaluator;

  @BeforeAll
  static void compileEveryRow() {
    String criteria =
        IntStream.range(0, ROWS.size())
            .mapToObj(
                i ->
                    "inclusion R"
                        + (i + 1)
                        + " \""
                        + ROWS.get(i).construct()
                        + "\" =\n  "
                        + ROWS.get(i).criterion())
            .collect(Collectors.joining("\n"));
    evaluator = Probe.evaluator("semantics.eligo", DECLARATIONS + "\n" + criteria + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRows")
  void criterion_onItsPatient_hasTheExpectedOutcome(Row row) {
    String id = "R" + (ROWS.indexOf(row) + 1);
    Screening screening = row.screening().apply(defaultScreening());
    CriterionResult result = evaluator.screen(row.patient(), screening).criterion(id).orElseThrow();

    assertThat(result.outcome())
        .as("%s\n%s", row.criterion(), result.explain())
        .isEqualTo(row.expected());
  }

  static Stream<Row> allRows() {
    return ROWS.stream();
  }

  private static Screening defaultScreening() {
    return Screening.on(SCREENING)
        .with("consent", "2026-05-20")
        .with("cohort", "expansion")
        .with("doseLevel", "2")
        .with("plannedDose", "100")
        .with("fit", "true");
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // Windows next to a date other than the screening date; both ends are included.
    String beforeConsent = "exists (psa within 28 days before consent)";
    rows.add(
        row("window before an input date", beforeConsent, patient(psa("2026-04-22", "3")), MET));
    rows.add(
        row(
            "window before an input date, a day too early",
            beforeConsent,
            patient(psa("2026-04-21", "3")),
            NOT_MET));
    rows.add(
        row(
            "window before an input date, after it",
            beforeConsent,
            patient(psa("2026-05-21", "3")),
            NOT_MET));
    rows.add(
        row(
            "window before an undecided input date",
            beforeConsent,
            patient(psa("2026-05-01", "3")),
            s -> s.with("consent", "unknown"),
            UNKNOWN));
    String aroundFirstAdt = "exists (psa within 14 days of firstAdt)";
    rows.add(
        row(
            "window around a defined date, after it",
            aroundFirstAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-01-24", "3")),
            MET));
    rows.add(
        row(
            "window around a defined date, before it",
            aroundFirstAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2025-12-27", "3")),
            MET));
    rows.add(
        row(
            "window around a defined date, a day out",
            aroundFirstAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-01-25", "3")),
            NOT_MET));
    rows.add(
        row(
            "window around a date the record does not give",
            aroundFirstAdt,
            patient(psa("2026-01-20", "3")),
            UNKNOWN));
    String afterFirstAdt = "exists (psa on or after firstAdt)";
    rows.add(
        row(
            "on or after a date, on it",
            afterFirstAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-01-10", "3")),
            MET));
    rows.add(
        row(
            "on or after a date, the day before",
            afterFirstAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-01-09", "3")),
            NOT_MET));
    String duringAdt = "exists (psa during (latest adt))";
    rows.add(
        row(
            "during a course",
            duringAdt,
            patient(drug("L02BB04", "2026-01-10", "2026-03-10"), psa("2026-03-10", "3")),
            MET));
    rows.add(
        row(
            "during a course, after its end",
            duringAdt,
            patient(drug("L02BB04", "2026-01-10", "2026-03-10"), psa("2026-03-11", "3")),
            NOT_MET));
    String afterAdt = "exists (psa within 30 days after firstAdt)";
    rows.add(
        row(
            "within days after a date, the last day",
            afterAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-02-09", "3")),
            MET));
    rows.add(
        row(
            "within days after a date, a day late",
            afterAdt,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-02-10", "3")),
            NOT_MET));
    String beforeConsentOnly = "exists (psa before consent)";
    rows.add(
        row(
            "before a date, the day before",
            beforeConsentOnly,
            patient(psa("2026-05-19", "3")),
            MET));
    rows.add(
        row("before a date, on it", beforeConsentOnly, patient(psa("2026-05-20", "3")), NOT_MET));
    String fromAdtToConsent = "exists (psa from firstAdt to consent)";
    rows.add(
        row(
            "from one date to another, on the last",
            fromAdtToConsent,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-05-20", "3")),
            MET));
    rows.add(
        row(
            "from one date to another, before the first",
            fromAdtToConsent,
            patient(drug("L02BB04", "2026-01-10", null), psa("2026-01-09", "3")),
            NOT_MET));

    // Age at a date and numbers from time: whole units, counted as a calendar does.
    String adultAtAdt = "age at firstAdt >= 18 years";
    rows.add(
        row(
            "age at a date, the day before the birthday",
            adultAtAdt,
            patient(born("2000-03-01"), drug("L02BB04", "2018-02-28", null)),
            NOT_MET));
    rows.add(
        row(
            "age at a date, on the birthday",
            adultAtAdt,
            patient(born("2000-03-01"), drug("L02BB04", "2018-03-01", null)),
            MET));
    String daysOnAdt = "(screening - firstAdt) in days > 90";
    rows.add(
        row(
            "days between dates, 90",
            daysOnAdt,
            patient(drug("L02BB04", "2026-03-03", null)),
            NOT_MET));
    rows.add(
        row(
            "days between dates, 91",
            daysOnAdt,
            patient(drug("L02BB04", "2026-03-02", null)),
            MET));
    String monthsOnAdt = "(screening - firstAdt) in months >= 3";
    rows.add(
        row(
            "whole months, three to the day",
            monthsOnAdt,
            patient(drug("L02BB04", "2026-03-01", null)),
            MET));
    rows.add(
        row(
            "whole months, a day short of three",
            monthsOnAdt,
            patient(drug("L02BB04", "2026-03-02", null)),
            NOT_MET));
    String weeksOnAdt = "(screening - firstAdt) in weeks >= 2";
    rows.add(
        row("weeks, fourteen days", weeksOnAdt, patient(drug("L02BB04", "2026-05-18", null)), MET));
    rows.add(
        row(
            "weeks, thirteen days are not two weeks",
            weeksOnAdt,
            patient(drug("L02BB04", "2026-05-19", null)),
            NOT_MET));
    rows.add(
        row("age in years as a number", "age in years >= 66", patient(born("1960-06-01")), MET));
    rows.add(
        row(
            "age in years as a number, the day before",
            "age in years >= 66",
            patient(born("1960-06-02")),
            NOT_MET));

    // A quantity in a unit is a plain number; let names a value once.
    String psaInMicrograms = "(latest psa) in 'ug/L' > 2";
    rows.add(row("a quantity in a unit", psaInMicrograms, patient(psa("2026-05-01", "2.5")), MET));
    rows.add(
        row(
            "a quantity in a unit, below",
            psaInMicrograms,
            patient(psa("2026-05-01", "1.5")),
            NOT_MET));
    rows.add(
        row(
            "a quantity converted into a unit",
            "(latest weight) in 'kg' > 100",
            patient(lab("29463-7", "2026-05-01", "250", "[lb_av]")),
            MET));
    String letPsa = "let u = (latest psa) in 'ug/L' in u > 2 and u < 100";
    rows.add(row("let, inside", letPsa, patient(psa("2026-05-01", "50")), MET));
    rows.add(row("let, outside", letPsa, patient(psa("2026-05-01", "150")), NOT_MET));
    rows.add(row("let, nothing recorded", letPsa, patient(), UNKNOWN));

    // A definition with parameters means its body with the arguments in place.
    String psaAbove = "recentAbove(psa, 10 'ng/mL')";
    rows.add(
        row("parameterised definition, above", psaAbove, patient(psa("2026-05-20", "12")), MET));
    rows.add(
        row("parameterised definition, below", psaAbove, patient(psa("2026-05-20", "8")), NOT_MET));
    rows.add(
        row(
            "parameterised definition, nothing in its window",
            psaAbove,
            patient(psa("2026-04-01", "12")),
            UNKNOWN));
    rows.add(
        row(
            "parameterised definition, another argument",
            "recentAbove(weight, 100 'kg')",
            patient(lab("29463-7", "2026-05-20", "101", "kg")),
            MET));

    // Episodes join uses apart by less than the gap; regimens group drugs started together.
    String longEpisode = "exists (episodes(antiCancer, 30 days) where duration >= 90 days)";
    rows.add(
        row(
            "episode across a short gap",
            longEpisode,
            patient(
                drug("L02BB04", "2025-01-01", "2025-02-15"),
                drug("L02BB04", "2025-03-01", "2025-04-15")),
            MET));
    rows.add(
        row(
            "episodes apart by more than the gap",
            longEpisode,
            patient(
                drug("L02BB04", "2025-01-01", "2025-02-15"),
                drug("L02BB04", "2025-04-01", "2025-05-15")),
            NOT_MET));
    rows.add(
        row(
            "episode joined by a gap of exactly 30 days",
            longEpisode,
            patient(
                drug("L02BB04", "2025-01-01", "2025-02-15"),
                drug("L02BB04", "2025-03-17", "2025-04-15")),
            MET));
    rows.add(
        row(
            "episodes apart by 31 days",
            longEpisode,
            patient(
                drug("L02BB04", "2025-01-01", "2025-02-15"),
                drug("L02BB04", "2025-03-18", "2025-04-15")),
            NOT_MET));
    String secondLineCombination = "nth(lines, 2).drugs >= 2";
    rows.add(
        row(
            "second regimen of two drugs",
            secondLineCombination,
            patient(
                drug("L02BB04", "2024-01-01", "2024-12-01"),
                drug("L01CD02", "2025-01-01", "2025-05-01"),
                drug("L01XA02", "2025-01-10", "2025-05-01")),
            MET));
    rows.add(
        row(
            "second regimen of one drug, the next started later",
            secondLineCombination,
            patient(
                drug("L02BB04", "2024-01-01", "2024-12-01"),
                drug("L01CD02", "2025-01-01", "2025-05-01"),
                drug("L01XA02", "2025-03-01", "2025-05-01")),
            NOT_MET));
    rows.add(
        row(
            "second regimen, a drug started 28 days after the first",
            secondLineCombination,
            patient(
                drug("L02BB04", "2024-01-01", "2024-12-01"),
                drug("L01CD02", "2025-01-01", "2025-05-01"),
                drug("L01XA02", "2025-01-29", "2025-05-01")),
            MET));
    rows.add(
        row(
            "second regimen, a drug started 29 days after the first",
            secondLineCombination,
            patient(
                drug("L02BB04", "2024-01-01", "2024-12-01"),
                drug("L01CD02", "2025-01-01", "2025-05-01"),
                drug("L01XA02", "2025-01-30", "2025-05-01")),
            NOT_MET));
    rows.add(
        row(
            "a drug renewed in a new record continues its regimen",
            "count lines >= 2",
            patient(
                drug("L01CD02", "2025-01-01", "2025-03-01"),
                drug("L01CD02", "2025-03-15", "2025-05-01")),
            NOT_MET));
    rows.add(
        row(
            "a drug restarted long after its regimen ended is a new line",
            "count lines >= 2",
            patient(
                drug("L01CD02", "2025-01-01", "2025-03-01"),
                drug("L01CD02", "2025-05-01", "2025-06-01")),
            MET));
    rows.add(
        row(
            "a second regimen the record does not have",
            secondLineCombination,
            patient(drug("L02BB04", "2024-01-01", "2024-12-01")),
            UNKNOWN));
    rows.add(
        row(
            "count of regimens",
            "count lines >= 3",
            patient(
                drug("L02BB04", "2024-01-01", "2024-12-01"),
                drug("L01CD02", "2025-01-01", "2025-05-01"),
                drug("L01XA02", "2025-03-01", "2025-05-01")),
            MET));

    // Points of a series: after, next and previous are relative to a point.
    String risingAfterNadir = "exists (after(points, min(points)) where value > 2.5 'ng/mL')";
    rows.add(
        row(
            "a point after the nadir above a limit",
            risingAfterNadir,
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2"), psa("2026-03-01", "3")),
            MET));
    rows.add(
        row(
            "no point after the nadir",
            risingAfterNadir,
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "4"), psa("2026-03-01", "2")),
            NOT_MET));
    rows.add(
        row(
            "the point after the nadir is higher",
            "next(points, min(points)).value > min(points).value",
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2"), psa("2026-03-01", "3")),
            MET));
    rows.add(
        row(
            "the last point rose from the one before",
            "previous(points, last(points)).value < last(points).value",
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2"), psa("2026-03-01", "3")),
            MET));
    rows.add(
        row(
            "the first point",
            "nth(points, 1).value > 4 'ng/mL'",
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2")),
            MET));
    rows.add(
        row(
            "a third point of two",
            "nth(points, 3).value > 0 'ng/mL'",
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2")),
            UNKNOWN));
    rows.add(
        row(
            "the point after the last",
            "next(points, last(points)).value > 0 'ng/mL'",
            patient(psa("2026-01-01", "5"), psa("2026-02-01", "2")),
            UNKNOWN));

    // A value outside its plausible range is unusable: it decides nothing.
    String castrate = "latest testosterone < 50 'ng/dL'";
    rows.add(
        row(
            "a plausible value",
            castrate,
            patient(lab("2986-8", "2026-05-01", "20", "ng/dL")),
            MET));
    rows.add(
        row(
            "an implausible value",
            castrate,
            patient(lab("2986-8", "2026-05-01", "5000", "ng/dL")),
            UNKNOWN));
    rows.add(
        row(
            "a value on the plausible bound",
            castrate,
            patient(lab("2986-8", "2026-05-01", "3000", "ng/dL")),
            NOT_MET));
    rows.add(
        row(
            "a value just past the plausible bound",
            castrate,
            patient(lab("2986-8", "2026-05-01", "3000.1", "ng/dL")),
            UNKNOWN));
    rows.add(
        row(
            "a plausible value in another unit",
            castrate,
            patient(lab("2986-8", "2026-05-01", "0.02", "ug/dL")),
            MET));
    rows.add(
        row(
            "an implausible value in another unit",
            castrate,
            patient(lab("2986-8", "2026-05-01", "4", "ug/dL")),
            UNKNOWN));

    // A condition no longer active without an abatement date ended some day from its onset to S.
    String recentCancer = "exists (otherCancer within 5 years before screening)";
    rows.add(
        row(
            "resolved long ago, the end not recorded",
            recentCancer,
            patient(resolvedDiagnosis(ICD10, "C50.9", "2015-01-01", null)),
            UNKNOWN));
    rows.add(
        row(
            "resolved long ago, ended before the window",
            recentCancer,
            patient(resolvedDiagnosis(ICD10, "C50.9", "2015-01-01", "2018-01-01")),
            NOT_MET));
    rows.add(
        row(
            "resolved, begun inside the window",
            recentCancer,
            patient(resolvedDiagnosis(ICD10, "C50.9", "2023-01-01", null)),
            MET));
    rows.add(
        row(
            "active since long ago",
            recentCancer,
            patient(diagnosis(ICD10, "C50.9", "2015-01-01")),
            MET));

    // The coding rule: a record coded only in systems the protocol does not declare is
    // unclassified.
    rows.add(
        row(
            "a code of the concept",
            "exists prostateCancer",
            patient(diagnosis(ICD10, "C61", "2020-01-01")),
            MET));
    rows.add(
        row(
            "a code of a declared system outside the concept",
            "exists prostateCancer",
            patient(diagnosis(SNOMED, "399068003", "2020-01-01")),
            NOT_MET));
    rows.add(
        row(
            "a code of an undeclared system",
            "exists prostateCancer",
            patient(diagnosis(ICD9CM, "185", "2020-01-01")),
            UNKNOWN));
    rows.add(
        row(
            "classified by: a code of the concept's system",
            "exists otherCancer",
            patient(diagnosis(ICD10, "C34.1", "2020-01-01")),
            MET));
    rows.add(
        row(
            "classified by: excluded code",
            "exists otherCancer",
            patient(diagnosis(ICD10, "C61", "2020-01-01")),
            NOT_MET));
    rows.add(
        row(
            "classified by: a declared system the concept does not read",
            "exists otherCancer",
            patient(diagnosis(SNOMED, "254637007", "2020-01-01")),
            UNKNOWN));

    // Screening inputs, and the value unknown for one not decided yet.
    String expansion = "cohort in ARM {expansion}";
    rows.add(row("a code input", expansion, patient(), MET));
    rows.add(
        row(
            "a code input, another code",
            expansion,
            patient(),
            s -> s.with("cohort", "escalation"),
            NOT_MET));
    rows.add(
        row(
            "a code input, undecided",
            expansion,
            patient(),
            s -> s.with("cohort", "unknown"),
            UNKNOWN));
    rows.add(row("a truth input", "fit", patient(), MET));
    rows.add(row("a truth input, false", "fit", patient(), s -> s.with("fit", "false"), NOT_MET));
    rows.add(
        row("a truth input, undecided", "fit", patient(), s -> s.with("fit", "unknown"), UNKNOWN));
    rows.add(row("a number input", "doseLevel >= 2", patient(), MET));
    rows.add(
        row(
            "a number input, below",
            "doseLevel >= 2",
            patient(),
            s -> s.with("doseLevel", "1"),
            NOT_MET));
    rows.add(row("a quantity input", "plannedDose >= 100 'mg'", patient(), MET));
    rows.add(
        row(
            "a quantity input with its unit",
            "plannedDose >= 0.1 'g'",
            patient(),
            s -> s.with("plannedDose", "99 mg"),
            NOT_MET));

    // sum: a total over a list, converted into one unit; an empty list totals zero. Amounts that
    // cannot be negative (durations, doses) make the known part a floor: a total already over a
    // limit stays over it whatever unknown parts add.
    String daysOnTherapy = "sum c in courses(antiCancer) of (c.duration in days) > 182";
    rows.add(
        row(
            "sum of course days, 100 + 83 is over 182",
            daysOnTherapy,
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L02BB04", "2025-06-01", "2025-08-22")),
            MET));
    rows.add(
        row(
            "sum of course days, 100 + 82 is not over 182",
            daysOnTherapy,
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L02BB04", "2025-06-01", "2025-08-21")),
            NOT_MET));
    rows.add(
        row(
            "sum over no courses is zero",
            daysOnTherapy,
            patient(psa("2026-05-01", "3")),
            NOT_MET));
    rows.add(
        row(
            "sum with an unknown part, the known part already over",
            daysOnTherapy,
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L02BB04", "2025-06-01", "2025-08-22"),
                drug("L01CD02", "2024-05", "2024-06-15")),
            MET));
    rows.add(
        row(
            "sum with an unknown part, the known part under",
            daysOnTherapy,
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L01CD02", "2024-05", "2024-06-15")),
            UNKNOWN));
    rows.add(
        row(
            "sum with an unknown part, the known part over an upper limit",
            "sum c in courses(antiCancer) of (c.duration in days) < 150",
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L02BB04", "2025-06-01", "2025-08-22"),
                drug("L01CD02", "2024-05", "2024-06-15")),
            NOT_MET));
    rows.add(
        row(
            "sum of amounts that may be negative, with an unknown part",
            "sum c in courses(antiCancer) of ((c.duration in days) - 10) > 100",
            patient(
                drug("L02BB04", "2025-01-01", "2025-04-10"),
                drug("L02BB04", "2025-06-01", "2025-08-22"),
                drug("L01CD02", "2024-05", "2024-06-15")),
            UNKNOWN));
    String totalWeight = "sum w in weight of w > 100 'kg'";
    rows.add(
        row(
            "sum of quantities in different units",
            totalWeight,
            patient(
                lab("29463-7", "2026-05-01", "60", "kg"),
                lab("29463-7", "2026-05-02", "41000", "g")),
            MET));
    rows.add(
        row(
            "sum of quantities at the limit",
            totalWeight,
            patient(
                lab("29463-7", "2026-05-01", "60", "kg"),
                lab("29463-7", "2026-05-02", "40000", "g")),
            NOT_MET));
    rows.add(
        row(
            "sum over no observations is zero in any unit",
            "sum w in weight of w = 0 'g'",
            patient(psa("2026-05-01", "3")),
            MET));

    // measuredWith: the diastolic of the same panel, or of a separate record of the same instant;
    // never the diastolic of another reading of the same day.
    String controlledReading =
        "any s in systolic satisfies (s <= 140 'mm[Hg]' and measuredWith(s, diastolic) <= 90 'mm[Hg]')";
    rows.add(
        row(
            "measured with: a panel at 140/90",
            controlledReading,
            patient(bloodPressure("2026-05-01T08:10:00", "140", "90")),
            MET));
    rows.add(
        row(
            "measured with: a panel at 140/91",
            controlledReading,
            patient(bloodPressure("2026-05-01T08:10:00", "140", "91")),
            NOT_MET));
    rows.add(
        row(
            "measured with: two panels of one day, each paired with its own diastolic",
            controlledReading,
            patient(
                bloodPressure("2026-05-01", "130", "95"), bloodPressure("2026-05-01", "150", "85")),
            NOT_MET));
    rows.add(
        row(
            "measured with: a panel without its diastolic",
            controlledReading,
            patient(bloodPressure("2026-05-01T08:10:00", "130", null)),
            UNKNOWN));
    rows.add(
        row(
            "measured with: separate records of the same instant",
            controlledReading,
            patient(
                lab("8480-6", "2026-05-01T08:10:00", "130", "mm[Hg]"),
                lab("8462-4", "2026-05-01T08:10:00", "85", "mm[Hg]")),
            MET));
    rows.add(
        row(
            "measured with: separate records ten minutes apart",
            controlledReading,
            patient(
                lab("8480-6", "2026-05-01T08:10:00", "130", "mm[Hg]"),
                lab("8462-4", "2026-05-01T08:20:00", "85", "mm[Hg]")),
            UNKNOWN));
    rows.add(
        row(
            "measured with: separate records with only the day",
            controlledReading,
            patient(
                lab("8480-6", "2026-05-01", "130", "mm[Hg]"),
                lab("8462-4", "2026-05-01", "85", "mm[Hg]")),
            UNKNOWN));
    // The shortest window: the anchor's day only.
    String sameDay = "exists (psa within 0 days before screening)";
    rows.add(row("window of 0 days, on the day", sameDay, patient(psa("2026-06-01", "3")), MET));
    rows.add(
        row("window of 0 days, the day before", sameDay, patient(psa("2026-05-31", "3")), NOT_MET));
    // The age at a date, as a number of years (born on 1 January 1960, consent on 20 May 2026).
    rows.add(row("age at a date in years", "age at consent in years >= 66", patient(), MET));
    rows.add(
        row(
            "age at a date in years, a year short",
            "age at consent in years >= 67",
            patient(),
            NOT_MET));
    // An if choosing between an observation, read as its value, and a quantity.
    String fitPsa = "(if fit then latest psa else 4 'ng/mL') < 3 'ng/mL'";
    rows.add(
        row(
            "if between an observation and a quantity",
            fitPsa,
            patient(psa("2026-05-01", "2")),
            MET));
    rows.add(
        row(
            "if between an observation and a quantity, the quantity",
            fitPsa,
            patient(psa("2026-05-01", "2")),
            s -> s.with("fit", "false"),
            NOT_MET));
    // 'x LLN' in the body of a parameterised definition stays the lower limit in each call.
    String lowAnc = "belowHalfLln(anc)";
    rows.add(
        row(
            "LLN in a called definition, below half of it",
            lowAnc,
            patient(labInRange("751-8", "2026-05-01", "0.7", "10*9/L", "1.5", "8")),
            MET));
    rows.add(
        row(
            "LLN in a called definition, above half of it and below half the ULN",
            lowAnc,
            patient(labInRange("751-8", "2026-05-01", "3", "10*9/L", "1.5", "8")),
            NOT_MET));
    return rows;
  }

  private static Row row(
      String construct, String criterion, PatientRecord patient, CriterionOutcome expected) {
    return new Row(construct, criterion, patient, UnaryOperator.identity(), expected);
  }

  private static Row row(
      String construct,
      String criterion,
      PatientRecord patient,
      UnaryOperator<Screening> screening,
      CriterionOutcome expected) {
    return new Row(construct, criterion, patient, screening, expected);
  }

  /** One criterion, one patient, one screening and what the criterion must say. */
  record Row(
      String construct,
      String criterion,
      PatientRecord patient,
      UnaryOperator<Screening> screening,
      CriterionOutcome expected) {
    @Override
    public String toString() {
      return construct + ": " + expected;
    }
  }
}
