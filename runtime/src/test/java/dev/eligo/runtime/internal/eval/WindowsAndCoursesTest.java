package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE;
import static dev.eligo.runtime.internal.eval.Fixtures.INFECTION;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.medication;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.VerificationStatus;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsAndCoursesTest {
  private static final ObservationConcept PSA =
      ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");
  private static final Coding IV = snomed("47625008");
  private static final Coding ORAL = snomed("26643006");

  private static TruthValue psaWithin(String date, CalendarDuration d) {
    Evaluation ctx = evaluate(patient().add(quantity("a", "2857-1", date, "4", "ng/mL")).build());
    return Lists.exists(Windows.within(ctx, ctx.observations(PSA), d)).value();
  }

  @ParameterizedTest(name = "PSA on {0} within 28 days: {1}")
  @CsvSource({
    "2026-10-27, TRUE", "2026-10-26, FALSE", "2026-11-24, TRUE", "2026-11-25, FALSE",
    "2026-11, UNKNOWN", "2026-10, UNKNOWN", "2026-09, FALSE", "2025, FALSE"
  })
  void within_closedWindowAndPartialDates(String date, TruthValue expected) {
    assertThat(psaWithin(date, CalendarDuration.of(28, ChronoUnit.DAYS))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "PSA on {0} within 12 months: {1}")
  @CsvSource({"2025-11-24, TRUE", "2025-11-23, FALSE"})
  void within_calendarMonths(String date, TruthValue expected) {
    assertThat(psaWithin(date, CalendarDuration.of(12, ChronoUnit.MONTHS))).isEqualTo(expected);
  }

  @Test
  void within_labelsTheWindowForMissing() {
    Evaluation ctx = evaluate(patient().build());
    Items<?> items =
        Windows.within(ctx, ctx.observations(PSA), CalendarDuration.of(28, ChronoUnit.DAYS));
    assertThat(items.missing().toString()).isEqualTo("PSA in 2026-10-27..2026-11-24");
  }

  private static Condition infection(String onset, String abatement) {
    return new Condition(
        RecordRef.of("Condition", "i"),
        List.of(icd10("J18.9")),
        ClinicalStatus.RESOLVED,
        VerificationStatus.CONFIRMED,
        RecordDate.parse(onset),
        abatement == null ? null : RecordDate.parse(abatement));
  }

  @ParameterizedTest(name = "condition {0} to {1} within 5 years: {2}")
  @CsvSource({
    // Resolved without an abatement date: it ended on some day from 2015 to S, maybe in the window.
    "2015-01-01, 2021-11-24, TRUE",
    "2015-01-01, 2021-11-23, FALSE",
    "2015-01-01, , UNKNOWN",
    "2022-01-01, , TRUE",
    "2015-01-01, 2021-11, UNKNOWN",
    "2026-11-24, , TRUE"
  })
  void within_conditionPeriodOverlapsFromOnsetToAbatementOrScreening(
      String onset, String abatement, TruthValue expected) {
    Evaluation ctx = evaluate(patient().add(infection(onset, abatement)).build());
    Items<Condition> items =
        Windows.within(ctx, ctx.conditions(INFECTION), CalendarDuration.of(5, ChronoUnit.YEARS));
    assertThat(Lists.exists(items).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "use {0} to {1} at screening: {2}")
  @CsvSource({
    "2026-11-01, 2026-11-24, TRUE",
    "2026-11-01, 2026-11-23, FALSE",
    "2026-11-24, 2026-11-30, TRUE",
    "2026-11-01, , TRUE",
    "2026-11, 2026-11, UNKNOWN"
  })
  void atScreening_periodIncludesScreeningDate(String start, String end, TruthValue expected) {
    Evaluation ctx =
        evaluate(
            patient()
                .add(
                    medication(
                        "m", atc("J01CA04"), MedicationStatus.ACTIVE, start, end, List.of(ORAL)))
                .build());
    assertThat(Lists.exists(Windows.atScreening(ctx, ctx.medications(ANTI_INFECTIVE))).value())
        .isEqualTo(expected);
  }

  private static MedicationUse use(String id, Coding route, String start, String end) {
    return medication(
        id,
        atc("J01CA04"),
        end == null ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED,
        start,
        end,
        route == null ? List.of() : List.of(route));
  }

  private static Items<Course> courses(MedicationUse... uses) {
    var builder = patient();
    for (MedicationUse u : uses) {
      builder.add(u);
    }
    Evaluation ctx = evaluate(builder.build());
    return Courses.of(ctx.medications(ANTI_INFECTIVE));
  }

  @Test
  void courses_nextStartingTheDayAfter_merges_aGapOfADaySplits() {
    Items<Course> merged =
        courses(use("a", IV, "2026-11-01", "2026-11-03"), use("b", IV, "2026-11-04", "2026-11-07"));
    assertThat(merged.definite()).hasSize(1);
    assertThat(merged.definite().get(0).duration().get().days()).isEqualTo(7);
    Items<Course> split =
        courses(use("a", IV, "2026-11-01", "2026-11-03"), use("b", IV, "2026-11-05", "2026-11-07"));
    assertThat(split.definite()).hasSize(2);
  }

  @Test
  void courses_theLastCourseNamesItsMedicationUses() {
    Items<Course> c =
        courses(use("a", IV, "2026-11-01", "2026-11-03"), use("b", IV, "2026-11-04", "2026-11-07"));
    assertThat(Lists.last(c).evidence().used())
        .extracting(RecordRef::toString)
        .containsExactlyInAnyOrder("MedicationStatement/a", "MedicationStatement/b");
  }

  /**
   * The worked example of docs/language.md ("Episodes and regimens"), window 28 days: a drug added
   * early joins, a renewal continues its line, a new drug later opens the next, and a drug of an
   * earlier line given again after another began opens a line of its own.
   */
  @Test
  void regimens_chainAsTheLanguageGuideShows() {
    RecordConcept antiCancer =
        RecordConcept.of(
            "antiCancer",
            "anti-cancer drug",
            ValueSet.builder().include(Fixtures.ATC, "L").include(Fixtures.ATC, "H02AB").build());
    Evaluation ctx =
        evaluate(
            patient()
                .add(drug("docetaxel-1", "L01CD02", "2025-01-06", "2025-04-28"))
                .add(drug("prednisone", "H02AB07", "2025-01-20", "2025-05-05"))
                .add(drug("docetaxel-2", "L01CD02", "2025-05-19", "2025-07-31"))
                .add(drug("enzalutamide", "L02BB04", "2025-09-01", null))
                .add(drug("docetaxel-3", "L01CD02", "2025-11-10", "2025-12-01"))
                .build());

    Items<Course> lines =
        Courses.regimens(ctx.medications(antiCancer), CalendarDuration.of(28, ChronoUnit.DAYS));

    assertThat(lines.definite())
        .extracting(line -> line.refs().stream().map(r -> r.id()).toList())
        .containsExactly(
            List.of("docetaxel-1", "prednisone", "docetaxel-2"),
            List.of("enzalutamide"),
            List.of("docetaxel-3"));
    assertThat(lines.definite().get(0).period().end().first()).hasToString("2025-07-31");
  }

  private static MedicationUse drug(String id, String atc, String start, String end) {
    return medication(
        id,
        atc(atc),
        end == null ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED,
        start,
        end,
        List.of());
  }

  @Test
  void courses_overlappingUses_merge() {
    Items<Course> merged =
        courses(use("a", IV, "2026-11-01", "2026-11-10"), use("b", IV, "2026-11-03", "2026-11-05"));
    assertThat(merged.definite()).hasSize(1);
    assertThat(merged.definite().get(0).duration().get().days()).isEqualTo(10);
  }

  @Test
  void courses_differentRoutes_doNotMerge() {
    Items<Course> split =
        courses(
            use("a", IV, "2026-11-01", "2026-11-03"), use("b", ORAL, "2026-11-04", "2026-11-07"));
    assertThat(split.definite()).hasSize(2);
  }

  @Test
  void courses_ongoingUse_endsAtScreening_lengthInclusive() {
    Items<Course> c = courses(use("a", IV, "2026-11-18", null));
    assertThat(c.definite().get(0).duration().get().days()).isEqualTo(7);
    Truth sevenDays =
        Compare.elapsed(
            c.definite().get(0).duration(),
            ComparisonOp.GE,
            CalendarDuration.of(7, ChronoUnit.DAYS));
    assertThat(sevenDays.isTrue()).isTrue();
  }

  @Test
  void courses_partialDates_lengthUnknown() {
    Items<Course> c = courses(use("a", IV, "2026-10", "2026-11-10"));
    assertThat(c.definite().get(0).duration().isKnown()).isFalse();
  }

  @Test
  void courses_missingRoute_routeUnknown_soRouteTestIsUnknown() {
    Items<Course> c = courses(use("a", null, "2026-11-01", "2026-11-10"));
    ValueSet intravenous = ValueSet.builder().include(Fixtures.SNOMED, "47625008").build();
    Truth t = Lists.anyList(c, course -> Codes.in(Fields.route(course), intravenous));
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void courses_reasonsJoinCodesAndReferencedConditions() {
    Condition ra =
        new Condition(
            RecordRef.of("Condition", "ra"),
            List.of(icd10("M06.9")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            RecordDate.parse("2020-01-01"),
            null);
    MedicationUse pred =
        new MedicationUse(
            RecordRef.of("MedicationStatement", "p"),
            List.of(atc("H02AB07")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-01-01")),
            List.of(ORAL),
            List.of(snomed("1234")),
            List.of(RecordRef.of("Condition", "ra")));
    RecordConcept steroid =
        RecordConcept.of(
            "gc", "glucocorticoid", ValueSet.builder().include(Fixtures.ATC, "H02AB").build());
    Evaluation ctx = evaluate(patient().add(ra).add(pred).build());
    Course course = Courses.of(ctx.medications(steroid)).definite().get(0);
    assertThat(course.reason().get().codings()).containsExactly(snomed("1234"), icd10("M06.9"));
    ValueSet autoimmune = ValueSet.builder().include(Fixtures.ICD10, "M06").build();
    assertThat(Codes.in(Fields.reason(course), autoimmune).isTrue()).isTrue();
  }

  @Test
  void courses_noStatedReason_reasonUnknown() {
    Items<Course> c = courses(use("a", ORAL, "2026-01-01", "2026-06-01"));
    ValueSet autoimmune = ValueSet.builder().include(Fixtures.ICD10, "M06").build();
    assertThat(Codes.in(Fields.reason(c.definite().get(0)), autoimmune).value())
        .isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void active_and_resolved_readClinicalStatus() {
    Condition noStatus =
        new Condition(
            RecordRef.of("Condition", "x"),
            List.of(icd10("J18")),
            null,
            null,
            RecordDate.parse("2026-11-01"),
            null);
    assertThat(Fields.active(noStatus).value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(
            Fields.active(
                    Fixtures.condition(
                        "y", icd10("J18"), "2026-11-01", ClinicalStatus.RELAPSE, null))
                .isTrue())
        .isTrue();
    assertThat(
            Fields.resolved(
                    Fixtures.condition(
                        "y", icd10("J18"), "2026-11-01", ClinicalStatus.REMISSION, null))
                .isFalse())
        .isTrue();
  }
}
