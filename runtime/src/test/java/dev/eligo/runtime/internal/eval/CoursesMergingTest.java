package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.medication;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which medication uses merge into one course: the same route however its codes are ordered, in
 * date order whatever order the record lists them; a course only possible when a use is, saying
 * which and why; a course's route and reason unknown when no use states them.
 */
class CoursesMergingTest {
  private static final Coding IV = snomed("47625008");
  private static final Coding ORAL = snomed("26643006");
  private static final Coding AMOXICILLIN = atc("J01CA04");

  private static Items<Course> courses(MedicationUse... uses) {
    PatientRecord.Builder builder = patient();
    for (MedicationUse u : uses) {
      builder.add(u);
    }
    Evaluation ctx = evaluate(builder.build());
    return Courses.of(ctx.medications(ANTI_INFECTIVE));
  }

  private static MedicationUse use(
      String id, MedicationStatus status, String start, String end, List<Coding> routes) {
    return medication(id, AMOXICILLIN, status, start, end, routes);
  }

  @Test
  void theSameRoutesInAnotherOrder_mergeIntoOneCourse() {
    Items<Course> merged =
        courses(
            use("b", MedicationStatus.COMPLETED, "2026-11-04", "2026-11-07", List.of(ORAL, IV)),
            use("a", MedicationStatus.COMPLETED, "2026-11-01", "2026-11-03", List.of(IV, ORAL)));
    assertThat(merged.definite()).hasSize(1);
    Course course = merged.definite().get(0);
    assertThat(course.uses()).extracting(u -> u.ref().id()).containsExactly("a", "b");
    assertThat(course.start().get()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(course.duration().get().days()).isEqualTo(7);

    Items<Course> byRoute =
        courses(
            use("a", MedicationStatus.COMPLETED, "2026-11-01", "2026-11-03", List.of(IV)),
            use("b", MedicationStatus.COMPLETED, "2026-11-04", "2026-11-07", List.of(ORAL)));
    assertThat(byRoute.definite()).hasSize(2);
    assertThat(byRoute.concept()).isEqualTo("courses of anti-infective");
  }

  @Test
  void aCourseWithAnUncertainUse_isOnlyPossible_namingTheUse() {
    Items<Course> courses =
        courses(
            use("a", MedicationStatus.COMPLETED, "2026-11-01", "2026-11-03", List.of(IV)),
            use("u", MedicationStatus.UNKNOWN, "2026-11-04", "2026-11-07", List.of(IV)));
    assertThat(courses.definite()).isEmpty();
    Possible<Course> course = courses.possible().get(0);
    assertThat(course.item().uses()).extracting(u -> u.ref().id()).containsExactly("a", "u");
    assertThat(course.reason()).isEqualTo("MedicationStatement/u: status unknown");
    assertThat(course.missing())
        .containsExactly(
            new Missing("anti-infective", "as recorded in MedicationStatement/u (status unknown)"));
  }

  @Test
  void routeAndReason_unstated_areUnknownNamingTheUses() {
    Course course =
        courses(use("a", MedicationStatus.COMPLETED, "2026-11-01", "2026-11-03", List.of()))
            .definite()
            .get(0);
    Value<Codes> route = course.route();
    assertThat(route.reason()).isEqualTo("no route recorded");
    assertThat(route.label()).isEqualTo("route of MedicationStatement/a");
    assertThat(route.missing()).containsExactly(new Missing("route of MedicationStatement/a", ""));
    assertThat(course.reason().reason()).isEqualTo("no stated reason");
    assertThat(course.reason().label()).isEqualTo("reason for MedicationStatement/a");

    Course withRoute =
        courses(use("b", MedicationStatus.COMPLETED, "2026-11-01", "2026-11-03", List.of(IV)))
            .definite()
            .get(0);
    assertThat(withRoute.route().get()).isEqualTo(Codes.of(IV));
    assertThat(withRoute.route().label()).isEqualTo("route of MedicationStatement/b");
    assertThat(withRoute.duration().label()).startsWith("length of ");
  }

  @Test
  void aReasonNotAmongThePatientsConditions_isSaid() {
    MedicationUse withReason =
        new MedicationUse(
            RecordRef.of("MedicationStatement", "r"),
            List.of(AMOXICILLIN),
            MedicationStatus.COMPLETED,
            new dev.eligo.runtime.record.RecordPeriod(
                dev.eligo.runtime.record.RecordDate.parse("2026-11-01"),
                dev.eligo.runtime.record.RecordDate.parse("2026-11-03")),
            List.of(IV),
            List.of(),
            List.of(RecordRef.of("Condition", "gone")));
    Course course = courses(withReason).definite().get(0);
    Value<Codes> reason = course.reason();
    assertThat(reason.reason())
        .isEqualTo("reason [Condition/gone] not found among the patient's conditions");
    assertThat(reason.label()).isEqualTo("reason for MedicationStatement/r");
  }
}
