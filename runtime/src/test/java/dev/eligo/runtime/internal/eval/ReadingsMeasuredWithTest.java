package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diastolic pressure taken with a systolic one: a component of the same Observation, or a
 * separate Observation of the same instant; never paired by its day alone.
 */
class ReadingsMeasuredWithTest {

  private static Observation bp(String id, String code, String when, String mmHg) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(loinc(code)),
        ObservationStatus.FINAL,
        when == null ? null : RecordDate.parse(when),
        null,
        ObservationValue.QuantityValue.of(mmHg, "mm[Hg]"),
        List.of());
  }

  private static Items<Observation> diastolic(Observation... readings) {
    return new Items<>("diastolic", "in 2026", members(readings), Evidence.none(), Origin.NONE);
  }

  private static List<Member<Observation>> members(Observation... readings) {
    List<Member<Observation>> members = new ArrayList<>();
    for (Observation o : readings) {
      members.add(Member.definite(o));
    }
    return members;
  }

  @Test
  void aComponentOfTheSameObservation_isThePartner() {
    Observation systolic = bp("panel", "8480-6", "2026-11-02T09:15", "150");
    Observation part = bp("panel", "8462-4", "2026-11-02T09:15", "95");
    Observation otherSameInstant = bp("d2", "8462-4", "2026-11-02T09:15", "80");

    Value<Observation> partner =
        Readings.measuredWith(Value.of(systolic), diastolic(otherSameInstant, part));
    assertThat(partner.get()).isSameAs(part);
    assertThat(partner.label()).isEqualTo("diastolic measured with Observation/panel");
  }

  @Test
  void aSeparateObservationOfTheSameInstant_isThePartner_notOneOfTheSameDayOnly() {
    Observation systolic = bp("s1", "8480-6", "2026-11-02T09:15", "150");
    Observation sameInstant = bp("d1", "8462-4", "2026-11-02T09:15", "95");
    Observation laterThatDay = bp("d2", "8462-4", "2026-11-02T17:40", "80");

    assertThat(
            Readings.measuredWith(Value.of(systolic), diastolic(laterThatDay, sameInstant)).get())
        .isSameAs(sameInstant);

    Value<Observation> none = Readings.measuredWith(Value.of(systolic), diastolic(laterThatDay));
    assertThat(none.isKnown()).isFalse();
    assertThat(none.reason())
        .isEqualTo("none recorded with Observation/s1 (a component of it, or at 2026-11-02T09:15)");
    assertThat(none.missing()).containsExactly(new Missing("diastolic", "in 2026"));
  }

  @Test
  void aReadingWithoutATimeOfDay_cannotBePairedWithASeparateOne() {
    Observation dayOnly = bp("s1", "8480-6", "2026-11-02", "150");
    Observation sameDay = bp("d1", "8462-4", "2026-11-02", "95");
    Value<Observation> partner = Readings.measuredWith(Value.of(dayOnly), diastolic(sameDay));
    assertThat(partner.reason())
        .isEqualTo(
            "which one was measured with Observation/s1 cannot be told: it is not a component of"
                + " that record, and the record gives no time of day");

    Observation undated = bp("s2", "8480-6", null, "150");
    assertThat(Readings.measuredWith(Value.of(undated), diastolic(sameDay)).reason())
        .endsWith("and the record has no date");
  }

  @Test
  void severalPartnersWithDifferentValues_areUnknown_theSameValueTwiceIsThatValue() {
    Observation systolic = bp("s1", "8480-6", "2026-11-02T09:15", "150");
    Observation d1 = bp("d1", "8462-4", "2026-11-02T09:15", "95");
    Observation d2 = bp("d2", "8462-4", "2026-11-02T09:15", "90");
    Observation d3 = bp("d3", "8462-4", "2026-11-02T09:15", "95");

    Value<Observation> differing = Readings.measuredWith(Value.of(systolic), diastolic(d1, d2));
    assertThat(differing.isKnown()).isFalse();
    assertThat(differing.reason()).startsWith("several recorded with it, with different values: ");
    assertThat(differing.missing()).containsExactly(new Missing("diastolic", "in 2026"));

    assertThat(Readings.measuredWith(Value.of(systolic), diastolic(d1, d3)).get()).isSameAs(d1);
  }

  @Test
  void aPartnerThatMayNotCount_leavesItUnknown() {
    Observation systolic = bp("s1", "8480-6", "2026-11-02T09:15", "150");
    Observation d1 = bp("d1", "8462-4", "2026-11-02T09:15", "95");
    Missing status = new Missing("diastolic", "status");
    Items<Observation> list =
        new Items<>(
            "diastolic",
            "",
            List.of(Member.possible(d1, "its status is preliminary", List.of(status))),
            Evidence.none(),
            Origin.NONE);

    Value<Observation> partner = Readings.measuredWith(Value.of(systolic), list);
    assertThat(partner.reason()).endsWith(" may not count: its status is preliminary");
    assertThat(partner.missing()).containsExactly(status);
  }

  @Test
  void ofAnUnknownReading_theReasonCarriesOver() {
    Value<Observation> none =
        Value.<Observation>unknown(
                "no systolic recorded", List.of(new Missing("systolic", "")), Evidence.none())
            .labelled("latest systolic");
    Value<Observation> partner = Readings.measuredWith(none, diastolic());
    assertThat(partner.reason()).isEqualTo("no systolic recorded");
    assertThat(partner.missing()).containsExactly(new Missing("systolic", ""));
    assertThat(partner.label()).isEqualTo("diastolic measured with latest systolic");
  }
}
