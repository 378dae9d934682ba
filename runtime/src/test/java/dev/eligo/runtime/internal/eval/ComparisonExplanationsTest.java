package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.internal.time.Elapsed;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a comparison says to the screener: the value with its record and date, the threshold, the
 * lower limit of normal; why it is unknown (no value, an unusable one, a date known only as an
 * interval); dates and spans of time against each other.
 */
class ComparisonExplanationsTest {
  private static final RecordRef O1 = RecordRef.of("Observation", "o1");

  private static Observation hb(ObservationValue value, String date, ReferenceRange... ranges) {
    return new Observation(
        O1,
        List.of(loinc("718-7")),
        ObservationStatus.FINAL,
        date == null ? null : RecordDate.parse(date),
        null,
        value,
        List.of(ranges));
  }

  private static Value<Observation> latest(Observation o) {
    return Value.known(o, Evidence.used(o.ref())).labelled("latest haemoglobin");
  }

  private static Value<Quantity> threshold(String value, String unit) {
    return Arithmetic.constant(value, unit);
  }

  @Test
  void quantities_sayTheValueAndTheNamedThreshold() {
    Value<Quantity> psa =
        Value.known(Quantity.of("4.2", "ng/mL"), Evidence.used(O1)).labelled("latest PSA");
    Truth t =
        Compare.quantities(psa, ComparisonOp.GT, threshold("2", "ng/mL").labelled("nadir + 2"));
    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
    assertThat(t.statement()).isEqualTo("latest PSA: 4.2 ng/mL > 2 ng/mL (nadir + 2)");
    assertThat(t.evidence().used()).containsExactly(O1);

    Truth unconvertible = Compare.quantities(psa, ComparisonOp.GT, threshold("2", "mL"));
    assertThat(unconvertible.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(unconvertible.statement()).startsWith("latest PSA: ").contains("(");

    Value<Quantity> none =
        Value.<Quantity>unknown("none recorded", List.of(new Missing("PSA", "")), Evidence.none())
            .labelled("latest PSA");
    Truth unknown = Compare.quantities(threshold("2", "ng/mL"), ComparisonOp.LT, none);
    assertThat(unknown.statement()).isEqualTo("2 ng/mL < latest PSA: none recorded");
    assertThat(unknown.missing()).containsExactly(new Missing("PSA", ""));
  }

  @Test
  void observation_putsTheDateAndRecordAfterTheValue() {
    Truth t =
        Compare.observation(
            latest(hb(ObservationValue.QuantityValue.of("9.5", "g/dL"), "2026-11-02")),
            ComparisonOp.GE,
            threshold("9", "g/dL"));
    assertThat(t.isTrue()).isTrue();
    assertThat(t.statement())
        .isEqualTo("latest haemoglobin: 9.5 g/dL on 2026-11-02 (Observation/o1) >= 9 g/dL");

    Truth undated =
        Compare.observation(
            latest(hb(ObservationValue.QuantityValue.of("9.5", "g/dL"), null)),
            ComparisonOp.GE,
            threshold("9", "g/dL"));
    assertThat(undated.statement()).contains("9.5 g/dL undated (Observation/o1)");

    Truth count =
        Compare.observation(
            latest(hb(new ObservationValue.IntegerValue(3), "2026-11-02")),
            ComparisonOp.LE,
            threshold("2", "1"));
    assertThat(count.value()).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void observation_withoutAUsableValue_isUnknown_askingForAUsableOne() {
    Truth text =
        Compare.observation(
            latest(hb(new ObservationValue.TextValue("haemolysed"), "2026-11-02")),
            ComparisonOp.GE,
            threshold("9", "g/dL"));
    assertThat(text.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(text.statement())
        .isEqualTo(
            "latest haemoglobin: haemolysed on 2026-11-02 (Observation/o1) >= 9 g/dL (the value"
                + " haemolysed is not a quantity)");
    assertThat(text.missing())
        .containsExactly(new Missing("a usable value instead of Observation/o1", ""));
    assertThat(text.evidence().unusable())
        .containsExactly(new Evidence.Note(O1, "the value haemolysed is not a quantity"));

    ObservationValue.Unusable unusable =
        new ObservationValue.Unusable(
            ObservationValue.QuantityValue.of("95", "g/dL"), "95 g/dL is above 25 g/dL");
    Truth implausible =
        Compare.observation(
            latest(hb(unusable, "2026-11-02")), ComparisonOp.GE, threshold("9", "g/dL"));
    assertThat(implausible.statement()).endsWith(">= 9 g/dL (95 g/dL is above 25 g/dL)");

    Value<Observation> none =
        Value.<Observation>unknown(
                "none recorded", List.of(new Missing("haemoglobin", "")), Evidence.none())
            .labelled("latest haemoglobin");
    Truth noValue = Compare.observation(none, ComparisonOp.GE, threshold("9", "g/dL"));
    assertThat(noValue.statement()).isEqualTo("latest haemoglobin: none recorded >= 9 g/dL");
    assertThat(noValue.missing()).containsExactly(new Missing("haemoglobin", ""));
  }

  @Test
  void lowerLimitOfNormal_isTheLowEndOfTheNormalRange() {
    ReferenceRange normal =
        new ReferenceRange(new BigDecimal("13"), "g/dL", new BigDecimal("17"), "g/dL", null);
    Truth low =
        Compare.observationToLln(
            latest(hb(ObservationValue.QuantityValue.of("9.5", "g/dL"), "2026-11-02", normal)),
            ComparisonOp.LT,
            new BigDecimal("0.8"));
    // 0.8 x 13 = 10.4
    assertThat(low.value()).isEqualTo(TruthValue.TRUE);
    assertThat(low.statement())
        .isEqualTo(
            "latest haemoglobin: 9.5 g/dL on 2026-11-02 (Observation/o1) < 10.4 g/dL, 0.8 x LLN"
                + " 13 g/dL from its reference range");

    Truth zero =
        Compare.observationToLln(
            latest(hb(ObservationValue.QuantityValue.of("9.5", "g/dL"), "2026-11-02", normal)),
            ComparisonOp.GT,
            BigDecimal.ZERO);
    assertThat(zero.value()).isEqualTo(TruthValue.TRUE);

    Truth noRange =
        Compare.observationToLln(
            latest(hb(ObservationValue.QuantityValue.of("9.5", "g/dL"), "2026-11-02")),
            ComparisonOp.LT,
            BigDecimal.ONE);
    assertThat(noRange.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(noRange.statement())
        .endsWith("< 1 x LLN (no lower limit of normal came with the value)");
    assertThat(noRange.missing())
        .containsExactly(new Missing("lower limit of normal of Observation/o1", ""));
  }

  @Test
  void limitOfNormal_ofNoOrAnUnusableValue_isUnknown() {
    Value<Observation> none =
        Value.<Observation>unknown("none recorded", List.of(new Missing("hb", "")), Evidence.none())
            .labelled("latest haemoglobin");
    Truth noValue = Compare.observationToUln(none, ComparisonOp.GT, BigDecimal.ONE);
    assertThat(noValue.statement()).isEqualTo("latest haemoglobin: none recorded > 1 x ULN");
    assertThat(noValue.missing()).containsExactly(new Missing("hb", ""));

    Truth coded =
        Compare.observationToUln(
            latest(hb(new ObservationValue.BooleanValue(true), "2026-11-02")),
            ComparisonOp.GT,
            BigDecimal.ONE);
    assertThat(coded.statement()).endsWith("> 1 x ULN (the value yes is not a quantity)");
    ObservationValue.Unusable unusable =
        new ObservationValue.Unusable(
            ObservationValue.QuantityValue.of("95", "g/dL"), "95 g/dL is above 25 g/dL");
    Truth bad =
        Compare.observationToUln(
            latest(hb(unusable, "2026-11-02")), ComparisonOp.GT, BigDecimal.ONE);
    assertThat(bad.statement()).endsWith("> 1 x ULN (95 g/dL is above 25 g/dL)");
  }

  @Test
  void dates_compareDays_andAreUnknownWhenEitherIs() {
    Value<LocalDate> biopsy =
        Value.known(LocalDate.of(2026, 3, 1), Evidence.used(O1)).labelled("date of biopsy");
    Truth before = Compare.dates(biopsy, ComparisonOp.LT, Dates.constant(2026, 3, 2));
    assertThat(before.value()).isEqualTo(TruthValue.TRUE);
    assertThat(before.statement()).isEqualTo("date of biopsy: 2026-03-01 < 2026-03-02");
    assertThat(before.evidence().used()).containsExactly(O1);
    assertThat(Compare.dates(biopsy, ComparisonOp.GT, Dates.constant(2026, 3, 1)).value())
        .isEqualTo(TruthValue.FALSE);
    Value<LocalDate> none =
        Value.unknown("no date", List.of(new Missing("date", "")), Evidence.none());
    Truth unknown = Compare.dates(none, ComparisonOp.LT, biopsy);
    assertThat(unknown.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(unknown.missing()).containsExactly(new Missing("date", ""));
    assertThat(Compare.dates(biopsy, ComparisonOp.LT, none).missing())
        .containsExactly(new Missing("date", ""));
  }

  @Test
  void elapsed_anAgeFromABirthYear_asksForTheFullDateOfBirth() {
    Elapsed fromYear =
        Elapsed.betweenAnyOf(
            LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), LocalDate.of(2026, 11, 24));
    CalendarDuration years76 = CalendarDuration.of(76, ChronoUnit.YEARS);
    Truth age =
        Compare.elapsed(Value.of(fromYear).labelled("age at 2026-11-24"), ComparisonOp.GE, years76);
    assertThat(age.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(age.missing()).containsExactly(new Missing("full date of birth", ""));
    assertThat(age.statement()).isEqualTo("age at 2026-11-24: 75 to 76 years >= 76 years");

    Truth span =
        Compare.elapsed(
            Value.of(fromYear).labelled("time since diagnosis"), ComparisonOp.GE, years76);
    assertThat(span.missing())
        .containsExactly(new Missing("exact start of time since diagnosis", ""));

    Truth decided =
        Compare.elapsed(
            Value.of(fromYear).labelled("age"),
            ComparisonOp.GE,
            CalendarDuration.of(75, ChronoUnit.YEARS));
    assertThat(decided.value()).isEqualTo(TruthValue.TRUE);
    assertThat(decided.missing()).isEmpty();

    Value<Elapsed> none =
        Value.<Elapsed>unknown(
                "no birth date", List.of(new Missing("birth date", "")), Evidence.none())
            .labelled("age");
    Truth unknown = Compare.elapsed(none, ComparisonOp.GE, years76);
    assertThat(unknown.statement()).isEqualTo("age: no birth date >= 76 years");
    assertThat(unknown.missing()).containsExactly(new Missing("birth date", ""));
  }
}
