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
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Missing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a course of treatment tells of itself: its days, drugs, route and reason, and its name. */
class CourseTest {
  private static final Coding IV = snomed("47625008");
  private static final Coding AMOXICILLIN = atc("J01CA04");
  private static final Coding CEFTRIAXONE = atc("J01DD04");

  private static MedicationUse use(String id, Coding drug, String start, String end) {
    return medication(
        id,
        drug,
        end == null ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED,
        start,
        end,
        List.of(IV));
  }

  private static Course onlyCourse(MedicationUse... uses) {
    var builder = patient();
    for (MedicationUse u : uses) {
      builder.add(u);
    }
    Evaluation ctx = evaluate(builder.build());
    return Courses.of(ctx.medications(ANTI_INFECTIVE)).definite().get(0);
  }

  @Test
  void startEndAndLength_ofMergedUses() {
    Course course =
        onlyCourse(
            use("a", AMOXICILLIN, "2026-11-01", "2026-11-03"),
            use("b", CEFTRIAXONE, "2026-11-04", "2026-11-07"));

    assertThat(course.start().get()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(course.end().get()).isEqualTo(LocalDate.of(2026, 11, 7));
    assertThat(course.duration().get().days()).isEqualTo(7);
    assertThat(course.uses()).extracting(u -> u.ref().id()).containsExactly("a", "b");
    assertThat(course.duration().evidence().used())
        .extracting(RecordRef::id)
        .containsExactly("a", "b");
  }

  @Test
  void drugs_areCountedOnce_andListedOnce() {
    Course course =
        onlyCourse(
            use("a", AMOXICILLIN, "2026-11-01", "2026-11-03"),
            use("b", CEFTRIAXONE, "2026-11-04", "2026-11-07"),
            use("c", AMOXICILLIN, "2026-11-08", "2026-11-09"));

    assertThat(course.drugs().get().value()).isEqualByComparingTo("2");
    assertThat(course.codes().get().codings()).containsExactly(AMOXICILLIN, CEFTRIAXONE);
    assertThat(course.codes().label())
        .isEqualTo("drugs of MedicationStatement/a, MedicationStatement/b, MedicationStatement/c");
    assertThat(course)
        .hasToString(
            "course of J01CA04, J01DD04 route 47625008 2026-11-01 to 2026-11-09"
                + " (MedicationStatement/a, MedicationStatement/b, MedicationStatement/c)");
  }

  @Test
  void aPartialStartDate_leavesStartAndLengthUnknown_sayingWhy() {
    Course course = onlyCourse(use("a", AMOXICILLIN, "2026-10", "2026-11-10"));

    assertThat(course.start().isKnown()).isFalse();
    assertThat(course.start().reason()).isEqualTo("the date is only 2026-10");
    assertThat(course.start().missing())
        .extracting(Missing::toString)
        .containsExactly("dates of MedicationStatement/a");
    assertThat(course.end().get()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(course.duration().isKnown()).isFalse();
  }

  @Test
  void anOngoingUse_endsAtScreening() {
    Course course = onlyCourse(use("a", AMOXICILLIN, "2026-11-20", null));

    assertThat(course.end().get()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(course.duration().get().days()).isEqualTo(5);
  }

  @Test
  void aUseWithoutDates_hasNoStartEndOrLength() {
    MedicationUse undated =
        new MedicationUse(
            RecordRef.of("MedicationStatement", "u"),
            List.of(AMOXICILLIN),
            MedicationStatus.ACTIVE,
            null,
            List.of(),
            List.of(),
            List.of());
    Course course = onlyCourse(undated);

    assertThat(course.start().reason()).isEqualTo("no date recorded");
    assertThat(course.duration().isKnown()).isFalse();
    assertThat(course.route().reason()).isEqualTo("no route recorded");
    assertThat(course.route().label()).isEqualTo("route of MedicationStatement/u");
    assertThat(course.reason().reason()).isEqualTo("no stated reason");
    assertThat(course).hasToString("course of J01CA04 with no dates (MedicationStatement/u)");
  }

  @Test
  void aReasonReferringToNoCondition_isUnknown_namingTheReference() {
    MedicationUse use =
        new MedicationUse(
            RecordRef.of("MedicationStatement", "r"),
            List.of(AMOXICILLIN),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-11-01")),
            List.of(IV),
            List.of(),
            List.of(RecordRef.of("Condition", "gone")));
    Course course = onlyCourse(use);

    assertThat(course.reason().isKnown()).isFalse();
    assertThat(course.reason().reason())
        .isEqualTo("reason [Condition/gone] not found among the patient's conditions");
    assertThat(course.reason().label()).isEqualTo("reason for MedicationStatement/r");
  }
}
