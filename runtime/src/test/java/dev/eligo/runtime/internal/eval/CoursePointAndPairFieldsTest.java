package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE;
import static dev.eligo.runtime.internal.eval.Fixtures.PSA_CODES;
import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.medication;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.TruthValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fields generated code reads from a course (drugs, how many, uses, route, reason, days), a day
 * of a series (date, conflicting values), a pair of consecutive items, and a medication's dose.
 */
class CoursePointAndPairFieldsTest {

  @Test
  void aCoursesFields() {
    Evaluation ctx =
        evaluate(
            patient()
                .add(
                    medication(
                        "a",
                        atc("J01CA04"),
                        MedicationStatus.COMPLETED,
                        "2026-11-01",
                        "2026-11-03",
                        List.of(snomed("47625008"))))
                .add(
                    medication(
                        "b",
                        atc("J01DD04"),
                        MedicationStatus.COMPLETED,
                        "2026-11-04",
                        "2026-11-07",
                        List.of(snomed("47625008"))))
                .build());
    Items<Course> courses = Courses.of(ctx.medications(ANTI_INFECTIVE));
    Value<Course> course = courses.valueOf(courses.definite().get(0));

    assertThat(Fields.courseCode(course).get()).isEqualTo(Codes.of(atc("J01CA04"), atc("J01DD04")));
    assertThat(Fields.courseDrugs(course).get()).isEqualTo(Quantity.number(2));
    assertThat(Fields.courseUses(course).get().definite())
        .extracting(u -> u.ref().id())
        .containsExactly("a", "b");
    assertThat(Fields.courseRoute(course).get()).isEqualTo(Codes.of(snomed("47625008")));
    assertThat(Fields.route(course.get()).get()).isEqualTo(Codes.of(snomed("47625008")));
    assertThat(Fields.courseReason(course).reason()).isEqualTo("no stated reason");
    assertThat(Fields.reason(course.get()).reason()).isEqualTo("no stated reason");
    assertThat(Fields.courseStart(course).get()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(Fields.courseEnd(course).get()).isEqualTo(LocalDate.of(2026, 11, 7));
    Value<Elapsed> days = Fields.courseDuration(course);
    assertThat(days.get().days()).isEqualTo(7);
    assertThat(Fields.duration(course.get()).get()).isEqualTo(days.get());
  }

  @Test
  void aDayOfASeries_andAPairOfDays() {
    ObservationConcept psa = ObservationConcept.quantity("psa", "PSA", PSA_CODES, "ng/mL");
    Evaluation ctx =
        evaluate(
            patient()
                .add(quantity("a", "2857-1", "2026-09-01", "4", "ng/mL"))
                .add(quantity("b", "2857-1", "2026-10-01", "5", "ng/mL"))
                .add(quantity("c", "2857-1", "2026-10-01", "6", "ng/mL"))
                .build());
    Items<Point> series = Series.of(ctx.observations(psa));
    Items<Pair<Point>> pairs = Lists.pairs(series);
    Value<Pair<Point>> pair = pairs.valueOf(pairs.definite().get(0));

    Value<Point> first = Fields.pairPrevious(pair);
    Value<Point> second = Fields.pairNext(pair);
    assertThat(Fields.pointDate(first).get()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(Fields.pointValue(first).get()).isEqualTo(Quantity.of("4", "ng/mL"));
    assertThat(Fields.pointConflict(first).value()).isEqualTo(TruthValue.FALSE);
    assertThat(Fields.pointDate(second).get()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Fields.pointConflict(second).value()).isEqualTo(TruthValue.TRUE);
    assertThat(pair.get()).hasToString(Show.of(first.get()) + " then " + Show.of(second.get()));
  }

  @Test
  void aMedicationsDoseFields() {
    MedicationUse use =
        new MedicationUse(
            RecordRef.of("MedicationStatement", "m"),
            List.of(atc("H02AB06")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.parse("2026-01-01")),
            List.of(),
            List.of(),
            List.of(),
            MedicationSource.STATEMENT,
            List.of(),
            null,
            List.of(Dosage.of(Amount.of("5", "mg"), Frequency.of(2, 1, "d"))));
    Value<MedicationUse> m = Value.of(use);
    assertThat(Fields.medicationDose(m).get()).isEqualTo(Quantity.of("5", "mg"));
    assertThat(Fields.medicationFrequency(m).get()).isEqualTo(Quantity.of("2", "/d"));
    assertThat(Fields.medicationDailyDose(m).get()).isEqualTo(Quantity.of("10", "mg/d"));
  }
}
