package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.observation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.ObservationValue.BooleanValue;
import dev.eligo.runtime.record.ObservationValue.QuantityValue;
import dev.eligo.runtime.record.ObservationValue.TextValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.ReferenceRange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Observations reported in parts, with a body site, interpretation, yes/no and text values,
 * comparators and low limits.
 */
class ObservationPartsMappingTest {
  private static final String INTERPRETATION =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

  @Test
  void bloodPressure_componentsKeepTheirCodesValuesAndInterpretation_bodySiteOnTheWhole() {
    Observation bp = observation(Fixtures.map("components"), "bp-1");

    assertThat(bp.value()).isNull();
    assertThat(bp.bodySites())
        .containsExactly(new Coding("http://snomed.info/sct", "368209003", "Right arm"));
    assertThat(bp.components()).hasSize(2);
    ObservationComponent systolic = bp.components().get(0);
    assertThat(systolic.codes()).extracting(Coding::code).containsExactly("8480-6");
    assertThat(systolic.value())
        .isEqualTo(new QuantityValue(new BigDecimal("152"), "mm[Hg]", null, "mmHg"));
    assertThat(systolic.interpretations()).containsExactly(new Coding(INTERPRETATION, "H", "High"));
    assertThat(bp.part(systolic).bodySites())
        .as("a part is measured where its whole is")
        .isEqualTo(bp.bodySites());
    assertThat(bp.part(systolic).ref()).isEqualTo(bp.ref());
  }

  @Test
  void componentWithoutValue_keepsTheWrittenReasonItIsAbsent() {
    Observation bp = observation(Fixtures.map("components"), "bp-2");

    ObservationComponent systolic = bp.components().get(0);
    assertThat(systolic.value()).isNull();
    assertThat(systolic.absentReason()).isEqualTo("cuff error");
  }

  @Test
  void componentWithoutCode_isLeftOutAndNoted() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},\"effectiveDateTime\":\"2026-11-01\","
                + "\"component\":[{\"code\":{\"text\":\"systolic\"},\"valueQuantity\":{\"value\":120,\"unit\":\"mmHg\"}}]}");

    assertThat(observation(one, "o1").components()).isEmpty();
    assertThat(one.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.makesRecordUnusable()).isFalse();
              assertThat(p.message())
                  .isEqualTo(
                      "component[0] has no coded code, so what it measured is unknown; it was left out");
            });
  }

  @Test
  void yesNoAndTextValues_areKept() {
    PatientRecord record = Fixtures.map("observation-values");

    assertThat(observation(record, "central-read").value()).isEqualTo(new BooleanValue(true));
    assertThat(observation(record, "hla-a").value()).isEqualTo(new TextValue("HLA-A*02:01"));
  }

  @Test
  void viralLoadBelowTheLimit_keepsItsComparatorAndInterpretation() {
    Observation vl = observation(Fixtures.map("observation-values"), "hiv-vl");

    assertThat(((QuantityValue) vl.value()).comparator()).isEqualTo("<");
    assertThat(vl.interpretations())
        .containsExactly(new Coding(INTERPRETATION, "ND", "Not detected"));
  }

  @Test
  void neutrophils_lowAndHighOfTheRange_areBothKept() {
    Observation anc = observation(Fixtures.map("observation-values"), "neutrophils");

    assertThat(anc.referenceRanges())
        .containsExactly(
            new ReferenceRange(
                new BigDecimal("1.8"), "10*3/uL", new BigDecimal("7.7"), "10*3/uL", null));
    assertThat(anc.interpretations()).extracting(Coding::code).containsExactly("L");
  }

  @Test
  void unknownComparator_makesTheValueUnusableWithTheReason() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"20447-9\"}]},\"effectiveDateTime\":\"2026-11-01\","
                + "\"valueQuantity\":{\"value\":20,\"comparator\":\"ca\",\"unit\":\"copies/mL\"}}");

    ObservationValue value = observation(one, "o1").value();
    assertThat(value).isInstanceOf(ObservationValue.Unusable.class);
    assertThat(((ObservationValue.Unusable) value).reason())
        .isEqualTo(
            "its comparator 'ca' is not one of <, <=, >=, >, so what the value means is unknown");
  }

  @Test
  void valueAbsent_keepsDataAbsentReason() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2857-1\"}]},\"effectiveDateTime\":\"2026-11-01\","
                + "\"dataAbsentReason\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/data-absent-reason\","
                + "\"code\":\"not-performed\",\"display\":\"Not Performed\"}]}}");

    Observation psa = observation(one, "o1");
    assertThat(psa.value()).isNull();
    assertThat(psa.absentReason()).isEqualTo("Not Performed");
    assertThat(one.problems()).isEmpty();
  }

  @Test
  void interpretationAndBodySiteAbsent_areEmpty() {
    Observation psa = observation(Fixtures.map("psa"), "psa-4");

    assertThat(psa.interpretations()).isEmpty();
    assertThat(psa.bodySites()).isEmpty();
    assertThat(psa.components()).isEmpty();
    assertThat(psa.absentReason()).isNull();
  }
}
