package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.medication;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a medication use comes from, its status reason, last dose, doses and frequencies. */
class MedicationDoseMappingTest {
  private final PatientRecord record = Fixtures.map("medication-doses");

  @Test
  void request_doseAndRepeatFrequency_areReadWithTheirUcumUnits() {
    MedicationUse aspirin = medication(record, "MedicationRequest", "mr-aspirin");

    assertThat(aspirin.source()).isEqualTo(MedicationSource.REQUEST);
    assertThat(aspirin.dosages())
        .containsExactly(Dosage.of(Amount.of("81", "mg"), Frequency.of(1, 1, "d")));
    assertThat(aspirin.lastDose()).as("an order shows no dose taken").isNull();
  }

  @Test
  void stoppedStatement_statusReasonTimingCodeAndWrittenEndAsLastDose() {
    MedicationUse dexamethasone = medication(record, "MedicationStatement", "ms-dexamethasone");

    assertThat(dexamethasone.source()).isEqualTo(MedicationSource.STATEMENT);
    assertThat(dexamethasone.status()).isEqualTo(MedicationStatus.STOPPED);
    assertThat(dexamethasone.statusReasons())
        .containsExactly(new Coding("http://snomed.info/sct", "281647001", "Adverse reaction"));
    assertThat(dexamethasone.dosages())
        .containsExactly(Dosage.of(Amount.of("2", "mg"), Frequency.of(2, 1, "d")));
    assertThat(dexamethasone.lastDose()).isEqualTo(RecordDate.of(LocalDate.of(2026, 9, 15)));
  }

  @Test
  void administrations_oneDoseEachNoFrequency_lastDoseOnTheWrittenDay() {
    MedicationUse first = medication(record, "MedicationAdministration", "ma-docetaxel-1");
    MedicationUse second = medication(record, "MedicationAdministration", "ma-docetaxel-2");

    assertThat(first.source()).isEqualTo(MedicationSource.ADMINISTRATION);
    assertThat(first.dosages())
        .containsExactly(new Dosage(Amount.of("140", "mg"), null, null, null, false));
    assertThat(first.lastDose())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 5, 4), LocalTime.of(10, 15)));
    assertThat(second.lastDose())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 5, 25), LocalTime.of(9, 5)));
  }

  @Test
  void dispense_coversItsDaysSupplyFromHandoverOnTheWrittenDay() {
    MedicationUse enzalutamide = medication(record, "MedicationDispense", "md-enzalutamide");

    assertThat(enzalutamide.source()).isEqualTo(MedicationSource.DISPENSE);
    assertThat(enzalutamide.status()).isEqualTo(MedicationStatus.COMPLETED);
    assertThat(enzalutamide.codes()).extracting(Coding::code).containsExactly("L02BB04");
    assertThat(enzalutamide.period())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2026, 10, 20), LocalTime.of(16, 40)),
                RecordDate.of(LocalDate.of(2026, 11, 18))));
    assertThat(enzalutamide.dosages())
        .containsExactly(Dosage.of(Amount.of("160", "mg"), Frequency.of(1, 1, "d")));
    assertThat(enzalutamide.routes()).extracting(Coding::code).containsExactly("26643006");
    assertThat(enzalutamide.lastDose()).isNull();
  }

  @Test
  void dispenseWithoutDaysSupply_coversItsDayOnly_noted() {
    PatientRecord one = Fixtures.mapResources(dispense("\"whenHandedOver\":\"2026-10-20\""));

    assertThat(medication(one, "MedicationDispense", "md1").period())
        .isEqualTo(RecordPeriod.on(RecordDate.of(LocalDate.of(2026, 10, 20))));
    assertThat(one.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.makesRecordUnusable()).isFalse();
              assertThat(p)
                  .hasToString(
                      "MedicationDispense/md1: daysSupply is missing, so the dispense is taken to cover"
                          + " the day it was handed over only");
            });
  }

  @Test
  void completedDispenseWithoutHandover_hasNoPeriodAndAProblem() {
    PatientRecord one =
        Fixtures.mapResources(dispense("\"daysSupply\":{\"value\":30,\"unit\":\"d\"}"));

    assertThat(medication(one, "MedicationDispense", "md1").period()).isNull();
    assertThat(Fixtures.problems(one))
        .containsExactly(
            "MedicationDispense/md1: whenHandedOver is missing, so when"
                + " the drug was handed over is unknown");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a dose range | {\"doseAndRate\":[{\"doseRange\":{\"low\":{\"value\":1,\"unit\":\"tablet\"},\"high\":{\"value\":2,\"unit\":\"tablet\"}}}],\"timing\":{\"code\":{\"coding\":[{\"code\":\"BID\"}]}}} | is a range from 1 tablet to 2 tablet, not one amount | 2 per d | ",
        "text only | {\"text\":\"1 tab po bid prn pain\"} | is written only as text ('1 tab po bid prn pain') | | is written only as text ('1 tab po bid prn pain')",
        "a range of frequencies | {\"doseAndRate\":[{\"doseQuantity\":{\"value\":5,\"unit\":\"mg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"}}],\"timing\":{\"repeat\":{\"frequency\":1,\"frequencyMax\":2,\"period\":1,\"periodUnit\":\"d\"}}} | | | is a range (1 to 2 per 1 d), not one frequency",
        "an unknown timing code | {\"doseAndRate\":[{\"doseQuantity\":{\"value\":5,\"unit\":\"mg\"}}],\"timing\":{\"code\":{\"coding\":[{\"system\":\"http://example.org/timing\",\"code\":\"Q3W\"}]}}} | | | is the timing code 'Q3W', which gives no number of times",
        "events of the day | {\"doseAndRate\":[{\"doseQuantity\":{\"value\":5,\"unit\":\"mg\"}}],\"timing\":{\"repeat\":{\"when\":[\"MORN\",\"EVE\"]}}} | | 2 per d | ",
        "meals in general | {\"doseAndRate\":[{\"doseQuantity\":{\"value\":5,\"unit\":\"mg\"}}],\"timing\":{\"repeat\":{\"when\":[\"AC\"]}}} | | | is given by events (AC) that do not say how many times a day",
        "weekly | {\"doseAndRate\":[{\"doseQuantity\":{\"value\":70,\"unit\":\"mg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg\"}}],\"timing\":{\"repeat\":{\"period\":1,\"periodUnit\":\"wk\"}}} | | 1 per wk | "
      })
  void statementDosage_writtenButNotOneAmountOrFrequency_keepsTheReason(
      String name, String dosage, String doseProblem, String frequency, String frequencyProblem) {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms1\",\"status\":\"active\","
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"N02BE01\"}]},"
                + "\"effectiveDateTime\":\"2026-10-01\",\"dosage\":["
                + dosage
                + "]}");

    Dosage read = medication(one, "MedicationStatement", "ms1").dosages().get(0);
    assertThat(read.doseProblem()).isEqualTo(doseProblem);
    assertThat(read.frequency() == null ? null : read.frequency().toString()).isEqualTo(frequency);
    assertThat(read.frequencyProblem()).isEqualTo(frequencyProblem);
    assertThat(one.problems())
        .as("a dosage that cannot be used is no problem of the record")
        .isEmpty();
  }

  @Test
  void asNeeded_isKept() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationRequest\",\"id\":\"mr1\",\"status\":\"active\","
                + "\"intent\":\"order\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"N02BE01\"}]},"
                + "\"authoredOn\":\"2026-10-01\",\"dosageInstruction\":[{\"asNeededBoolean\":true,"
                + "\"doseAndRate\":[{\"doseQuantity\":{\"value\":500,\"unit\":\"mg\"}}]}]}");

    Dosage read = medication(one, "MedicationRequest", "mr1").dosages().get(0);
    assertThat(read.asNeeded()).isTrue();
    assertThat(read.dose()).isEqualTo(new Amount(new BigDecimal("500"), "mg"));
  }

  @Test
  void statementWithoutDosage_hasNone_andAnOngoingUseHasNoLastDose() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"MedicationStatement\",\"id\":\"ms1\",\"status\":\"active\","
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"N02BE01\"}]},"
                + "\"effectivePeriod\":{\"start\":\"2026-10\"}}");

    MedicationUse use = medication(one, "MedicationStatement", "ms1");
    assertThat(use.dosages()).isEmpty();
    assertThat(use.statusReasons()).isEmpty();
    assertThat(use.lastDose()).isNull();
    assertThat(use.period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.ofMonth(java.time.YearMonth.of(2026, 10))));
  }

  private static String dispense(String more) {
    return "{\"resourceType\":\"MedicationDispense\",\"id\":\"md1\",\"status\":\"completed\","
        + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"L02BB04\"}]},"
        + "\"subject\":{\"reference\":\"Patient/pat-1001\"},"
        + more
        + "}";
  }
}
