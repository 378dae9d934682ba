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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latest and earliest record when records tie or only may count: an uncertain record that may
 * be more recent (or earlier) leaves the answer unknown with what would decide it; tied records
 * must say the same, a value in another unit or reported as a limit is not the same.
 */
class LatestAndEarliestTiesTest {
  private static final Missing STATUS = new Missing("PSA", "status of Observation/u");

  private static Observation psa(String id, String date, ObservationValue value) {
    return psa(id, date, value, null);
  }

  private static Observation psa(String id, String date, ObservationValue value, String issued) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(loinc("2857-1")),
        ObservationStatus.FINAL,
        RecordDate.parse(date),
        issued == null ? null : Instant.parse(issued),
        value,
        List.of());
  }

  private static ObservationValue ng(String value) {
    return ObservationValue.QuantityValue.of(value, "ng/mL");
  }

  private static Items<Observation> list(Member<Observation> first, Member<Observation> second) {
    return new Items<>("PSA", "in 2026", List.of(first, second), Evidence.none(), Origin.NONE);
  }

  private static Items<Observation> list(Member<Observation> only) {
    return new Items<>("PSA", "in 2026", List.of(only), Evidence.none(), Origin.NONE);
  }

  private static Member<Observation> sure(Observation o) {
    return Member.definite(o);
  }

  private static Member<Observation> uncertain(Observation o, List<Missing> missing) {
    return Member.possible(o, "its status is unknown", missing);
  }

  @Test
  void anUncertainRecordThatMayBeMoreRecent_leavesLatestUnknown_namingIt() {
    Observation sure = psa("a", "2026-11-01", ng("4.1"));
    Observation later = psa("u", "2026-11-05", ng("9.0"));
    Items<Observation> psas = list(sure(sure), uncertain(later, List.of(STATUS)));

    Value<Observation> latest = Lists.latest(psas);
    assertThat(latest.isKnown()).isFalse();
    assertThat(latest.reason()).startsWith("an uncertain record may be more recent: ");
    assertThat(latest.reason()).contains("Observation/u");
    assertThat(latest.missing()).containsExactly(STATUS);
    assertThat(latest.label()).isEqualTo("latest PSA in 2026");
    // the earliest is the sure one: the uncertain record is later
    assertThat(Lists.earliest(psas).get()).isSameAs(sure);
  }

  @Test
  void anUncertainRecordThatMayBeEarlier_leavesEarliestUnknown() {
    Observation before = psa("u", "2026-10-01", ng("9.0"));
    Observation sure = psa("a", "2026-11-01", ng("4.1"));
    Value<Observation> earliest = Lists.earliest(list(uncertain(before, List.of()), sure(sure)));
    assertThat(earliest.reason()).startsWith("an uncertain record may be earlier: ");
    // no missing data of its own: the list's
    assertThat(earliest.missing()).containsExactly(new Missing("PSA", "in 2026"));
  }

  @Test
  void onlyUncertainRecords_areSaidAsSuch() {
    Value<Observation> latest =
        Lists.latest(list(uncertain(psa("u", "2026-11-05", ng("9.0")), List.of(STATUS))));
    assertThat(latest.reason()).startsWith("only uncertain records: ");
    assertThat(latest.missing()).containsExactly(STATUS);
  }

  @Test
  void tiedRecordsThatSayTheSame_giveThatValue_citingBoth() {
    Observation a = psa("a", "2026-11-01", ng("4.10"));
    Observation b = psa("b", "2026-11-01", ng("4.1"));
    Value<Observation> latest = Lists.latest(list(sure(a), sure(b)));
    assertThat(latest.get()).isSameAs(a);
    assertThat(latest.evidence().used())
        .containsExactly(RecordRef.of("Observation", "a"), RecordRef.of("Observation", "b"));
  }

  @Test
  void tiedRecordsInDifferentUnitsOrWithALimit_areNotTheSameValue() {
    Observation mass = psa("a", "2026-11-01", ng("4.1"));
    Observation otherUnit =
        psa("b", "2026-11-01", ObservationValue.QuantityValue.of("4.1", "ug/L"));
    Observation limit =
        psa(
            "c",
            "2026-11-01",
            new ObservationValue.QuantityValue(new BigDecimal("4.1"), "ng/mL", "<"));

    assertThat(Lists.latest(list(sure(mass), sure(otherUnit))).reason())
        .startsWith("different values at the same time: ");
    assertThat(Lists.latest(list(sure(mass), sure(limit))).reason())
        .startsWith("different values at the same time: ");
    Observation coded =
        psa("d", "2026-11-01", new ObservationValue.CodedValue(List.of(loinc("LA6576-8")), null));
    Observation sameCode =
        psa("e", "2026-11-01", new ObservationValue.CodedValue(List.of(loinc("LA6576-8")), null));
    assertThat(Lists.latest(list(sure(coded), sure(sameCode))).get()).isSameAs(coded);
    assertThat(Lists.latest(list(sure(coded), sure(mass))).isKnown()).isFalse();
  }

  @Test
  void tiedItemsOtherThanObservations_areTheSameOnlyWhenEqual() {
    Items<String> days =
        new Items<>(
            "visits",
            "",
            List.of(Member.definite("x"), Member.definite("y")),
            Evidence.none(),
            Origin.NONE);
    // plain items have no date: all tie
    assertThat(Lists.latest(days).reason()).startsWith("different values at the same time: ");
    Items<String> same =
        new Items<>(
            "visits",
            "",
            List.of(Member.definite("x"), Member.definite("x")),
            Evidence.none(),
            Origin.NONE);
    assertThat(Lists.latest(same).get()).isEqualTo("x");
  }

  @Test
  void onTheSameDay_theIssuedInstantOrdersRecordsWithoutATime() {
    Observation first = psa("a", "2026-11-01", ng("4.1"), "2026-11-01T10:00:00Z");
    Observation second = psa("b", "2026-11-01", ng("5.0"), "2026-11-01T12:00:00Z");
    Observation timed = psa("t", "2026-11-01T08:00", ng("6.0"), "2026-11-01T09:00:00Z");
    Items<Observation> psas = list(sure(first), sure(second));
    assertThat(Lists.latest(psas).get()).isSameAs(second);
    assertThat(Lists.earliest(psas).get()).isSameAs(first);
    // a timed record is ordered against untimed ones by issued, too
    assertThat(Lists.earliest(list(sure(first), sure(timed))).get()).isSameAs(timed);
    assertThat(Lists.latest(list(sure(first), sure(timed))).get()).isSameAs(first);
  }
}
