package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One list of what is read serves Bundles and bulk exports alike. */
class ReadTypesTest {
  @Test
  void everyMappedType_isFoundInBulkExportsByItsPatientField_andNoOtherIs() {
    for (String type : FhirJson.context().getResourceTypes()) {
      assertThat(ExportLines.patientField(type) != null)
          .as("%s: mapped in Bundles, indexed for a patient in bulk exports", type)
          .isEqualTo(BundleMapper.maps(type));
    }
  }

  @Test
  void whatIsRead_isThePatientTheMappedTypesAndWhatTheyReferTo() {
    assertThat(ReadTypes.isRead("Patient")).isTrue();
    assertThat(ReadTypes.isRead("Observation")).isTrue();
    assertThat(ReadTypes.isRead("Medication")).isTrue();
    assertThat(ReadTypes.isRead("ResearchStudy")).isTrue();
    assertThat(ReadTypes.isNeverRead("ExplanationOfBenefit")).isTrue();
    assertThat(ReadTypes.isNeverRead("Claim")).isTrue();
    assertThat(ReadTypes.isNeverRead("Observaton"))
        .as("no FHIR type: the parser says so")
        .isFalse();
    assertThat(ReadTypes.isNeverRead("Medication")).isFalse();
  }
}
