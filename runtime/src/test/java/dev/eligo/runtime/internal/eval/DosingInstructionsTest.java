package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.atc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How often a drug is given and the daily dose from the dosage instructions (as needed, a timing
 * that cannot be used, instructions that differ or whose units cannot be added), and the number of
 * days with a dose given by administrations.
 */
class DosingInstructionsTest {
  private static final RecordRef M = RecordRef.of("MedicationStatement", "m1");

  private static MedicationUse use(MedicationSource source, Dosage... dosages) {
    return new MedicationUse(
        source == MedicationSource.ADMINISTRATION
            ? RecordRef.of("MedicationAdministration", "m1")
            : M,
        List.of(atc("H02AB06")),
        MedicationStatus.ACTIVE,
        RecordPeriod.ongoingFrom(RecordDate.parse("2026-01-01")),
        List.of(),
        List.of(),
        List.of(),
        source,
        List.of(),
        null,
        List.of(dosages));
  }

  private static MedicationUse statement(Dosage... dosages) {
    return use(MedicationSource.STATEMENT, dosages);
  }

  private static Value<Quantity> frequency(MedicationUse use) {
    return Fields.medicationFrequency(Value.of(use));
  }

  private static Value<Quantity> daily(MedicationUse use) {
    return Fields.medicationDailyDose(Value.of(use));
  }

  @Test
  void frequency_isTimesPerDay_theSameInEveryInstruction() {
    Value<Quantity> twice =
        frequency(
            statement(
                Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 12, "h")),
                Dosage.of(Amount.of("10", "mg"), Frequency.of(2, 1, "d"))));
    assertThat(twice.get()).isEqualTo(Quantity.of("2", "/d"));
    assertThat(twice.label()).isEqualTo("frequency of MedicationStatement/m1");
    assertThat(twice.evidence().used()).containsExactly(M);
    assertThat(
            frequency(statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "wk")))).get())
        .isEqualTo(
            Quantity.of(
                new BigDecimal("1").divide(new BigDecimal("7"), java.math.MathContext.DECIMAL128),
                "/d"));
  }

  @Test
  void frequency_notOneFixedFrequency_isUnknownWithTheReason() {
    assertThat(
            frequency(
                    statement(
                        Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "d")),
                        Dosage.of(Amount.of("5", "mg"), Frequency.of(3, 1, "d"))))
                .reason())
        .isEqualTo(
            "frequency of MedicationStatement/m1 differs between its dosage instructions (1 /d, 3"
                + " /d)");
    assertThat(
            frequency(statement(new Dosage(Amount.of("5", "mg"), null, null, null, true))).reason())
        .isEqualTo("frequency of MedicationStatement/m1 is as needed, not a fixed frequency");
    assertThat(
            frequency(
                    statement(
                        new Dosage(
                            Amount.of("5", "mg"), null, null, "has an event timing only", false)))
                .reason())
        .isEqualTo("frequency of MedicationStatement/m1 has an event timing only");
    Value<Quantity> none =
        frequency(statement(new Dosage(Amount.of("5", "mg"), null, null, null, false)));
    assertThat(none.reason()).isEqualTo("no frequency recorded");
    assertThat(none.missing())
        .containsExactly(new Missing("frequency of MedicationStatement/m1", ""));
    assertThat(frequency(use(MedicationSource.ADMINISTRATION)).reason())
        .isEqualTo(
            "frequency of MedicationAdministration/m1 is not stated: an administration is one dose"
                + " given");
    Value<Quantity> notTime =
        frequency(statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "mg"))));
    assertThat(notTime.reason())
        .isEqualTo(
            "frequency of MedicationStatement/m1 has a period of 1 'mg', which is not a length of"
                + " time");
    assertThat(
            frequency(statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 0, "d")))).reason())
        .endsWith("has a period of 0 'd', which is not a length of time");
  }

  @Test
  void dailyDose_addsInstructions_convertingUnits() {
    Value<Quantity> sum =
        daily(
            statement(
                Dosage.of(Amount.of("1", "g"), Frequency.of(1, 1, "d")),
                Dosage.of(Amount.of("500", "mg"), Frequency.of(1, 1, "d"))));
    assertThat(sum.get()).isEqualTo(Quantity.of("1.5", "g/d"));
    assertThat(sum.label()).isEqualTo("daily dose of MedicationStatement/m1");
    assertThat(daily(statement(Dosage.of(Amount.of("2", "{tbl}"), Frequency.of(2, 1, "d")))).get())
        .isEqualTo(Quantity.of("4", "{tbl}/d"));
    assertThat(daily(statement(Dosage.of(Amount.of("2", "1"), Frequency.of(2, 1, "d")))).get())
        .isEqualTo(Quantity.of("4", "/d"));
    assertThat(
            daily(
                    statement(
                        Dosage.of(new Amount(new BigDecimal("2"), null), Frequency.of(2, 1, "d"))))
                .get())
        .isEqualTo(Quantity.of("4", "/d"));
    assertThat(daily(statement(Dosage.of(Amount.of("2", "mg/kg"), Frequency.of(1, 1, "d")))).get())
        .isEqualTo(Quantity.of("2", "(mg/kg)/d"));
  }

  @Test
  void dailyDose_unknown_namesWhatIsWrongWithTheInstructions() {
    assertThat(
            daily(
                    statement(
                        Dosage.of(Amount.of("1", "g"), Frequency.of(1, 1, "d")),
                        Dosage.of(Amount.of("5", "mL"), Frequency.of(1, 1, "d"))))
                .reason())
        .isEqualTo(
            "daily dose of MedicationStatement/m1 cannot be added up: its doses are in 'g/d' and"
                + " 'mL/d'");
    Value<Quantity> problem =
        daily(statement(new Dosage(null, "is a range from 1 to 2 {tbl}", null, null, false)));
    assertThat(problem.reason())
        .isEqualTo("dose of MedicationStatement/m1 is a range from 1 to 2 {tbl}");
    assertThat(problem.label()).isEqualTo("daily dose of MedicationStatement/m1");
    assertThat(
            daily(statement(new Dosage(null, null, Frequency.of(1, 1, "d"), null, false))).reason())
        .isEqualTo("dose of MedicationStatement/m1 is not stated, only how often it is given");
    assertThat(
            daily(
                    statement(
                        new Dosage(
                            Amount.of("5", "mg"), null, null, "has an event timing only", false)))
                .reason())
        .isEqualTo("frequency of MedicationStatement/m1 has an event timing only");
    Value<Quantity> badPeriod =
        daily(statement(Dosage.of(Amount.of("5", "mg"), Frequency.of(1, 1, "mg"))));
    assertThat(badPeriod.reason()).endsWith("which is not a length of time");
    assertThat(badPeriod.label()).isEqualTo("daily dose of MedicationStatement/m1");
    Value<Quantity> none = daily(statement());
    assertThat(none.reason()).isEqualTo("no dose recorded");
    assertThat(none.missing())
        .containsExactly(new Missing("daily dose of MedicationStatement/m1", ""));
  }

  @Test
  void doseDays_countsDaysOfAdministrations_boundedWhenSomeAreUncertain() {
    List<Member<MedicationUse>> members = new ArrayList<>();
    members.add(Member.definite(administration("a1", "2026-05-04")));
    members.add(Member.definite(administration("a2", "2026-05")));
    members.add(
        Member.possible(
            administration("a3", "2026-05-06"),
            "its route is unknown",
            List.of(new Missing("route", "a3"))));
    members.add(
        Member.possible(
            administration("a4", "2026-05-04"),
            "its route is unknown",
            List.of(new Missing("route", "a4"))));
    members.add(Member.definite(administration("a5", null)));
    Items<MedicationUse> uses = new Items<>("docetaxel", "", members, Evidence.none(), Origin.NONE);

    Value<Quantity> days = Doses.doseDays(uses);
    assertThat(days.isKnown()).isFalse();
    assertThat(days.reason())
        .isEqualTo(
            "between 1 and 4: MedicationAdministration/a2 is dated only 2026-05; possibly"
                + " MedicationAdministration/a3 (its route is unknown);"
                + " MedicationAdministration/a5 has no date");
    assertThat(days.missing())
        .containsExactly(
            new Missing("date of MedicationAdministration/a2", ""),
            new Missing("route", "a3"),
            new Missing("date of MedicationAdministration/a5", ""));
    assertThat(days.label()).isEqualTo("days with a dose of docetaxel");
  }

  private static MedicationUse administration(String id, String day) {
    RecordDate date = day == null ? null : RecordDate.parse(day);
    return new MedicationUse(
        RecordRef.of("MedicationAdministration", id),
        List.of(atc("L01CD02")),
        MedicationStatus.COMPLETED,
        date == null ? null : RecordPeriod.on(date),
        List.of(),
        List.of(),
        List.of(),
        MedicationSource.ADMINISTRATION,
        List.of(),
        date,
        List.of(new Dosage(Amount.of("140", "mg"), null, null, null, false)));
  }
}
