package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static dev.eligo.runtime.internal.eval.Fixtures.evaluate;
import static dev.eligo.runtime.internal.eval.Fixtures.patient;
import static dev.eligo.runtime.internal.eval.Fixtures.quantity;
import static dev.eligo.runtime.internal.eval.Fixtures.withRange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.internal.time.CalendarDuration;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestAndCompareTest {
  private static final ObservationConcept TESTOSTERONE =
      ObservationConcept.quantity(
              "t",
              "serum testosterone",
              ValueSet.builder().include(LOINC, "2986-8").include(LOINC, "14913-8").build(),
              "ng/dL")
          .withMolarMass(new BigDecimal("288.42"), "g/mol");
  private static final ObservationConcept CREATININE =
      ObservationConcept.quantity(
              "cr",
              "creatinine",
              ValueSet.builder().include(LOINC, "2160-0").include(LOINC, "14682-9").build(),
              "mg/dL")
          .withMolarMass(new BigDecimal("113.12"), "g/mol");
  private static final CalendarDuration DAYS_90 = CalendarDuration.of(90, ChronoUnit.DAYS);
  private static final CalendarDuration DAYS_28 = CalendarDuration.of(28, ChronoUnit.DAYS);

  private static Value<Observation> latest(
      PatientRecord p, ObservationConcept c, CalendarDuration d) {
    Evaluation ctx = evaluate(p);
    return Lists.latest(Windows.within(ctx, ctx.observations(c), d));
  }

  @Test
  void latest_byDateThenTime() {
    var p =
        patient()
            .add(quantity("t1", "14913-8", "2026-11-01T09:00:00", "0.9", "nmol/L"))
            .add(quantity("t0", "14913-8", "2026-11-01T08:00:00", "5", "nmol/L"))
            .add(quantity("old", "14913-8", "2026-10-01", "7", "nmol/L"))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).get().ref().id()).isEqualTo("t1");
  }

  @Test
  void latest_sameInstant_issuedBreaksTheTie() {
    var p =
        patient()
            .add(
                Fixtures.issued(
                    quantity("a", "14913-8", "2026-11-01", "0.9", "nmol/L"),
                    "2026-11-02T10:00:00Z"))
            .add(
                Fixtures.issued(
                    quantity("b", "14913-8", "2026-11-01", "2.0", "nmol/L"),
                    "2026-11-02T09:00:00Z"))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).get().ref().id()).isEqualTo("a");
  }

  @Test
  void latest_twoDifferentValuesSameInstant_isUnknownShowingBoth() {
    var p =
        patient()
            .add(quantity("a", "14913-8", "2026-11-01", "0.9", "nmol/L"))
            .add(quantity("b", "14913-8", "2026-11-01", "2.0", "nmol/L"))
            .build();
    Value<Observation> latest = latest(p, TESTOSTERONE, DAYS_90);
    assertThat(latest.isKnown()).isFalse();
    assertThat(latest.reason())
        .contains("Observation/a")
        .contains("Observation/b")
        .startsWith("different values at the same time");
    assertThat(latest.missing())
        .extracting(Missing::toString)
        .containsExactly("serum testosterone in 2026-08-26..2026-11-24");
  }

  @Test
  void latest_twoEqualValuesSameInstant_isKnown() {
    var p =
        patient()
            .add(quantity("a", "14913-8", "2026-11-01", "0.90", "nmol/L"))
            .add(quantity("b", "14913-8", "2026-11-01", "0.9", "nmol/L"))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).isKnown()).isTrue();
  }

  @Test
  void latest_partialDateThatMayBeLater_tiesAndIsUnknown() {
    var p =
        patient()
            .add(quantity("a", "14913-8", "2026-11-10", "0.9", "nmol/L"))
            .add(quantity("b", "14913-8", "2026-11", "2.0", "nmol/L"))
            .build();
    Evaluation ctx = evaluate(p);
    assertThat(Lists.latest(ctx.observations(TESTOSTERONE)).isKnown()).isFalse();
  }

  @Test
  void latest_correctedValue_replacesFinal() {
    var p =
        patient()
            .add(quantity("f", "14913-8", "2026-11-01", "0.9", "nmol/L", ObservationStatus.FINAL))
            .add(
                quantity(
                    "c", "14913-8", "2026-11-01", "2.0", "nmol/L", ObservationStatus.CORRECTED))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).get().ref().id()).isEqualTo("c");
  }

  @Test
  void latest_possibleRecordThatMayBeMoreRecent_isUnknown() {
    var p =
        patient()
            .add(quantity("a", "14913-8", "2026-11-01", "0.9", "nmol/L"))
            .add(quantity("u", "14913-8", "2026-11-05", "2.0", "nmol/L", ObservationStatus.UNKNOWN))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).isKnown()).isFalse();
  }

  @Test
  void latest_possibleRecordThatIsOlder_doesNotMatter() {
    var p =
        patient()
            .add(quantity("u", "14913-8", "2026-10-01", "2.0", "nmol/L", ObservationStatus.UNKNOWN))
            .add(quantity("a", "14913-8", "2026-11-01", "0.9", "nmol/L"))
            .build();
    assertThat(latest(p, TESTOSTERONE, DAYS_90).get().ref().id()).isEqualTo("a");
  }

  @Test
  void latest_none_isUnknownWithTheConceptAndWindow() {
    Value<Observation> latest = latest(patient().build(), CREATININE, DAYS_28);
    assertThat(latest.isKnown()).isFalse();
    assertThat(latest.missing())
        .extracting(Missing::toString)
        .containsExactly("creatinine in 2026-10-27..2026-11-24");
  }

  @Test
  void earliest_pickOldest() {
    var p =
        patient()
            .add(quantity("a", "14913-8", "2026-11-01", "0.9", "nmol/L"))
            .add(quantity("b", "14913-8", "2026-09-01", "2.0", "nmol/L"))
            .build();
    assertThat(Lists.earliest(evaluate(p).observations(TESTOSTERONE)).get().ref().id())
        .isEqualTo("b");
  }

  @Test
  void observation_convertsThresholdWithMolarMass_andExplains() {
    var p = patient().add(quantity("t1", "14913-8", "2026-11-01", "0.9", "nmol/L")).build();
    Truth t =
        Compare.observation(
            latest(p, TESTOSTERONE, DAYS_90), ComparisonOp.LT, Arithmetic.constant("50", "ng/dL"));
    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
    assertThat(t.toString())
        .isEqualTo(
            "latest serum testosterone in 2026-08-26..2026-11-24: "
                + "0.9 nmol/L on 2026-11-01 (Observation/t1) < 1.7336 nmol/L "
                + "(= 50 ng/dL via molar mass 288.42 g/mol): true");
  }

  @Test
  void observation_latestUnitUnconvertible_isUnknownWithoutFallingBack() {
    var p =
        patient()
            .add(quantity("old", "14913-8", "2026-10-01", "0.9", "nmol/L"))
            .add(quantity("new", "14913-8", "2026-11-01", "0.9", "mmol/mol"))
            .build();
    Truth t =
        Compare.observation(
            latest(p, TESTOSTERONE, DAYS_90), ComparisonOp.LT, Arithmetic.constant("50", "ng/dL"));
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.statement()).contains("Observation/new").contains("cannot be converted");
    assertThat(t.evidence().unusable()).extracting(n -> n.ref().id()).containsExactly("new");
    assertThat(t.missing())
        .extracting(Missing::toString)
        .containsExactly("serum testosterone in 2026-08-26..2026-11-24");
  }

  @Test
  void observation_comparatorRange_decidesOnlyWhenTheWholeRangeDoes() {
    Observation below =
        new Observation(
            RecordRef.of("Observation", "x"),
            List.of(Fixtures.loinc("14913-8")),
            ObservationStatus.FINAL,
            RecordDate.parse("2026-11-01"),
            null,
            new ObservationValue.QuantityValue(new BigDecimal("0.5"), "nmol/L", "<"),
            List.of());
    var p = patient().add(below).build();
    assertThat(
            Compare.observation(
                    latest(p, TESTOSTERONE, DAYS_90),
                    ComparisonOp.LT,
                    Arithmetic.constant("50", "ng/dL"))
                .value())
        .isEqualTo(TruthValue.TRUE);
    assertThat(
            Compare.observation(
                    latest(p, TESTOSTERONE, DAYS_90),
                    ComparisonOp.LT,
                    Arithmetic.constant("0.3", "nmol/L"))
                .value())
        .isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void observationToUln_creatinineInMgPerDlAgainstUlnInUmolPerL() {
    // ULN 106 umol/L = 1.199072 mg/dL at 113.12 g/mol; 2.5 x ULN = 2.99768 mg/dL
    Observation over =
        withRange(
            quantity("c1", "2160-0", "2026-11-20", "3.0", "mg/dL"),
            ReferenceRange.upTo("106", "umol/L"));
    Observation under =
        withRange(
            quantity("c2", "2160-0", "2026-11-20", "2.99", "mg/dL"),
            ReferenceRange.upTo("106", "umol/L"));
    Truth overResult =
        Compare.observationToUln(
            latest(patient().add(over).build(), CREATININE, DAYS_28),
            ComparisonOp.GE,
            new BigDecimal("2.5"));
    Truth underResult =
        Compare.observationToUln(
            latest(patient().add(under).build(), CREATININE, DAYS_28),
            ComparisonOp.GE,
            new BigDecimal("2.5"));
    assertThat(overResult.value()).isEqualTo(TruthValue.TRUE);
    assertThat(underResult.value()).isEqualTo(TruthValue.FALSE);
    assertThat(overResult.statement())
        .isEqualTo(
            "latest creatinine in 2026-10-27..2026-11-24: "
                + "3.0 mg/dL on 2026-11-20 (Observation/c1) >= 2.9977 mg/dL (= 265 umol/L via molar mass "
                + "113.12 g/mol), 2.5 x ULN 106 umol/L from its reference range");
  }

  @Test
  void observationToUln_highWithoutUnit_takesTheValuesUnit() {
    Observation o =
        withRange(
            quantity("c1", "2160-0", "2026-11-20", "2.5", "mg/dL"),
            new ReferenceRange(null, null, new BigDecimal("1.2"), null, "normal"));
    Truth t =
        Compare.observationToUln(
            latest(patient().add(o).build(), CREATININE, DAYS_28),
            ComparisonOp.GE,
            new BigDecimal("2"));
    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void observationToUln_noNormalRange_isUnknown() {
    Observation o =
        withRange(
            quantity("c1", "2160-0", "2026-11-20", "2.5", "mg/dL"),
            new ReferenceRange(null, null, new BigDecimal("1.2"), "mg/dL", "treatment"));
    Truth t =
        Compare.observationToUln(
            latest(patient().add(o).build(), CREATININE, DAYS_28),
            ComparisonOp.GE,
            new BigDecimal("2"));
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.statement()).contains("no upper limit of normal");
  }

  @Test
  void observationToUln_severalDifferentHighs_isUnknown_equalOnesAreFine() {
    Observation different =
        withRange(
            quantity("c1", "2160-0", "2026-11-20", "2.5", "mg/dL"),
            ReferenceRange.upTo("1.2", "mg/dL"),
            ReferenceRange.upTo("1.3", "mg/dL"));
    Observation same =
        withRange(
            quantity("c1", "2160-0", "2026-11-20", "2.5", "mg/dL"),
            ReferenceRange.upTo("1.2", "mg/dL"),
            ReferenceRange.upTo("0.0012", "g/dL"));
    assertThat(
            Compare.observationToUln(
                    latest(patient().add(different).build(), CREATININE, DAYS_28),
                    ComparisonOp.GE,
                    new BigDecimal("2"))
                .value())
        .isEqualTo(TruthValue.UNKNOWN);
    assertThat(
            Compare.observationToUln(
                    latest(patient().add(same).build(), CREATININE, DAYS_28),
                    ComparisonOp.GE,
                    new BigDecimal("2"))
                .value())
        .isEqualTo(TruthValue.TRUE);
  }

  @Test
  void observationToUln_missingValue_isUnknownWithConceptAndWindow() {
    Truth t =
        Compare.observationToUln(
            latest(patient().build(), CREATININE, DAYS_28), ComparisonOp.GE, new BigDecimal("2"));
    assertThat(t.missing())
        .extracting(Missing::toString)
        .containsExactly("creatinine in 2026-10-27..2026-11-24");
  }

  @Test
  void quantities_countAgainstNumber() {
    var count = Value.known(Quantity.number(2), Evidence.none());
    assertThat(Compare.quantities(count, ComparisonOp.GE, Arithmetic.constant("1", "1")).isTrue())
        .isTrue();
    assertThat(Compare.quantities(count, ComparisonOp.GT, Arithmetic.constant("2", "1")).isFalse())
        .isTrue();
  }

  @Test
  void observation_integerValue_comparesAsNumber() {
    ObservationConcept ecog =
        ObservationConcept.count(
            "ecog",
            "ECOG performance status",
            ValueSet.builder().include(LOINC, "89247-1").build());
    Observation o =
        new Observation(
            RecordRef.of("Observation", "e"),
            List.of(Fixtures.loinc("89247-1")),
            ObservationStatus.FINAL,
            RecordDate.parse("2026-11-20"),
            null,
            new ObservationValue.IntegerValue(1),
            List.of());
    Truth t =
        Compare.observation(
            latest(patient().add(o).build(), ecog, DAYS_28),
            ComparisonOp.LE,
            Arithmetic.constant("1", "1"));
    assertThat(t.value()).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void arithmetic_timesAndUnits() {
    Value<Quantity> result =
        Arithmetic.times(Arithmetic.constant("1.5", "1"), Arithmetic.constant("3.0", "ng/mL"));
    assertThat(result.get()).isEqualTo(Quantity.of("4.5", "ng/mL"));
    assertThat(
            Arithmetic.minus(Arithmetic.constant("5", "ng/mL"), Arithmetic.constant("1", "ug/L"))
                .get())
        .isEqualTo(Quantity.of("4", "ng/mL"));
    assertThat(
            Arithmetic.divide(Arithmetic.constant("1", "ng/mL"), Arithmetic.constant("0", "1"))
                .isKnown())
        .isFalse();
    assertThat(
            Arithmetic.plus(Arithmetic.constant("1", "ng/mL"), Arithmetic.constant("1", "s"))
                .isKnown())
        .isFalse();
  }
}
