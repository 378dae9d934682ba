package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Immunizations as immunization registries and hospital systems send them. */
class ImmunizationMappingTest {
  private static final String CVX = "http://hl7.org/fhir/sid/cvx";

  private static Immunization only(PatientRecord record, String id) {
    return record.immunizations().stream()
        .filter(i -> i.ref().equals(RecordRef.of("Immunization", id)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void mmrGiven_codesStatusDayAsWrittenAndPrimarySource() {
    PatientRecord record =
        Fixtures.mapResources(
            """
            {"resourceType":"Immunization","id":"mmr","status":"completed",
             "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"03",
               "display":"MMR"},{"system":"http://www.whocc.no/atc","code":"J07BD52"}]},
             "occurrenceDateTime":"2026-10-20T23:15:00+02:00","primarySource":true}
            """);

    Immunization mmr = only(record, "mmr");
    assertThat(mmr.codes()).extracting(Coding::code).containsExactly("03", "J07BD52");
    assertThat(mmr.codes().get(0).system()).isEqualTo(CVX);
    assertThat(mmr.status()).isEqualTo(ImmunizationStatus.COMPLETED);
    // The day as written in its own offset, not moved to another zone.
    assertThat(mmr.occurred())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 10, 20), LocalTime.of(23, 15)));
    assertThat(mmr.primarySource()).isTrue();
    assertThat(Fixtures.problems(record)).isEmpty();
  }

  @Test
  void notDone_keepsItsStatusReasonAndAPartialDate_reportedBySomeoneElse() {
    PatientRecord record =
        Fixtures.mapResources(
            """
            {"resourceType":"Immunization","id":"var","status":"not-done",
             "statusReason":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason",
               "code":"IMMUNE"}]},
             "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"21"}]},
             "occurrenceDateTime":"2026-09","primarySource":false}
            """);

    Immunization varicella = only(record, "var");
    assertThat(varicella.status()).isEqualTo(ImmunizationStatus.NOT_DONE);
    assertThat(varicella.status().isExcluded()).isTrue();
    assertThat(varicella.statusReasons()).extracting(Coding::code).containsExactly("IMMUNE");
    assertThat(varicella.occurred()).isEqualTo(RecordDate.ofMonth(YearMonth.of(2026, 9)));
    assertThat(varicella.primarySource()).isFalse();
  }

  @Test
  void occurrenceAsText_isUndatedWithAProblem_primarySourceAbsentIsNotSaid() {
    PatientRecord record =
        Fixtures.mapResources(
            """
            {"resourceType":"Immunization","id":"flu","status":"completed",
             "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"88"}]},
             "occurrenceString":"last autumn"}
            """);

    Immunization flu = only(record, "flu");
    assertThat(flu.occurred()).isNull();
    assertThat(flu.primarySource()).isNull();
    assertThat(Fixtures.problems(record))
        .anyMatch(p -> p.startsWith("Immunization/flu:") && p.contains("gives no date"));
  }

  @Test
  void missingOrUnknownStatus_isUnknownWithAProblem_andOtherPatientsAreSkipped() {
    PatientRecord record =
        Fixtures.mapResources(
            """
            {"resourceType":"Immunization","id":"nostatus",
             "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"03"}]},
             "occurrenceDateTime":"2026-10-01"}
            """,
            """
            {"resourceType":"Immunization","id":"other","status":"completed",
             "patient":{"reference":"Patient/someone-else"},
             "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"03"}]},
             "occurrenceDateTime":"2026-10-01"}
            """);

    assertThat(only(record, "nostatus").status()).isEqualTo(ImmunizationStatus.UNKNOWN);
    assertThat(record.immunizations()).hasSize(1);
    assertThat(Fixtures.problems(record))
        .anyMatch(p -> p.startsWith("Immunization/nostatus:") && p.contains("status is missing"))
        .anyMatch(
            p -> p.startsWith("Immunization/other:") && p.contains("not this Bundle's patient"));
  }
}
