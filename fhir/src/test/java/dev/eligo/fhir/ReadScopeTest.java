package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.result.ProtocolInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader parses: one scope serves Bundles and bulk exports alike. */
class ReadScopeTest {
  @Test
  void everyMappedType_isFoundInBulkExportsByItsPatientField_andNoOtherIs() {
    for (String type : FhirJson.context().getResourceTypes()) {
      assertThat(ExportLines.patientField(type) != null)
          .as("%s: mapped in Bundles, indexed for a patient in bulk exports", type)
          .isEqualTo(BundleMapper.maps(type));
    }
  }

  @Test
  void everything_isThePatientTheMappedTypesAndWhatTheyReferTo() {
    ReadScope everything = ReadScope.everything();

    assertThat(everything.reads("Patient")).isTrue();
    assertThat(everything.reads("Observation")).isTrue();
    assertThat(everything.reads("Immunization")).isTrue();
    assertThat(everything.reads("Medication")).isTrue();
    assertThat(everything.reads("ResearchStudy")).isTrue();
    assertThat(everything.skips("ExplanationOfBenefit")).isTrue();
    assertThat(everything.skips("Claim")).isTrue();
    assertThat(everything.skips("Observaton")).as("no FHIR type: the parser says so").isFalse();
  }

  @Test
  void anEvaluator_namesWhatItReads_orReadsEverythingWhenItDoesNotSay() {
    ProtocolInfo names =
        new ProtocolInfo("NCT1", "t", "1", List.of(), List.of(), List.of("Patient", "Specimen"));
    ProtocolInfo silent = new ProtocolInfo("NCT1", "t", "1", List.of());

    assertThat(ReadScope.of(names).toString()).isEqualTo("Patient, Specimen");
    assertThat(ReadScope.of(silent)).isSameAs(ReadScope.everything());
    assertThatThrownBy(
            () ->
                ReadScope.of(
                    new ProtocolInfo("NCT1", "t", "1", List.of(), List.of(), List.of("Specimens"))))
        .hasMessage("'Specimens' is no FHIR R4 resource type");
  }

  @Test
  void aProtocolsTypes_bringWhatTheirRecordsReferTo() {
    ReadScope scope = ReadScope.of(List.of("MedicationRequest", "ResearchSubject"));

    assertThat(scope.toString())
        .isEqualTo(
            "Condition, Medication, MedicationRequest, Patient, ResearchStudy, ResearchSubject");
    assertThat(ReadScope.of(List.of("Procedure")).reads("Condition"))
        .as("a procedure's reasons are conditions")
        .isTrue();
    assertThat(ReadScope.of(List.of("Observation")).skips("Condition")).isTrue();
    assertThat(ReadScope.of(List.of("Observation")).skips("Encounter")).isTrue();
    assertThat(ReadScope.of(List.of("Claim")).reads("Claim"))
        .as("a type no record is made of is not read however it is asked for")
        .isFalse();
  }

  @Test
  void aNameThatIsNoResourceType_isRefused() {
    assertThatThrownBy(() -> ReadScope.of(List.of("Observations")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Observations' is no FHIR R4 resource type");
  }
}
