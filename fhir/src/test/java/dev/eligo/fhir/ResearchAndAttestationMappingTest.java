package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.participation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Data-dictionary rows "other trial participation" and "investigator attestations". */
class ResearchAndAttestationMappingTest {

  @Test
  void otherTrial_researchSubject_getsItsStudysIdentifiersAndPeriod() {
    ResearchParticipation other = participation(Fixtures.map("research"), "rs-other");

    assertThat(other.status()).isEqualTo("off-study");
    assertThat(other.studyIdentifiers()).containsExactly("NCT05012345", "ONC-2025-17");
    assertThat(other.period())
        .isEqualTo(
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2026, 5, 2)), RecordDate.of(LocalDate.of(2026, 9, 30))));
  }

  @Test
  void otherTrial_thisProtocolsOwnStudy_isRecognisableByItsIdentifier() {
    ResearchParticipation self = participation(Fixtures.map("research"), "rs-self");

    assertThat(self.studyIdentifiers()).containsExactly("NCT07298239");
    assertThat(self.status()).isEqualTo("screening");
    assertThat(self.period())
        .isEqualTo(RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 11, 24))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "candidate",
        "on-study",
        "on-study-intervention",
        "on-study-observation",
        "follow-up",
        "off-study",
        "withdrawn",
        "ineligible"
      })
  void researchSubject_everyStatus_isMappedAsWritten(String status) {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"ResearchSubject\",\"id\":\"rs1\",\"status\":\""
                + status
                + "\","
                + "\"study\":{\"reference\":\"ResearchStudy/s9\",\"identifier\":{\"system\":\"https://clinicaltrials.gov\",\"value\":\"NCT01111111\"}},"
                + "\"individual\":{\"reference\":\"Patient/pat-1001\"}}");

    assertThat(participation(one, "rs1").status()).isEqualTo(status);
    assertThat(participation(one, "rs1").studyIdentifiers())
        .as("the reference's own identifier")
        .containsExactly("NCT01111111");
    assertThat(one.problems()).isEmpty();
  }

  @Test
  void researchSubject_studyNotInBundle_hasNoIdentifiersAndAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"ResearchSubject\",\"id\":\"rs1\",\"status\":\"on-study\","
                + "\"study\":{\"reference\":\"ResearchStudy/s9\"},\"individual\":{\"reference\":\"Patient/pat-1001\"}}");

    assertThat(participation(one, "rs1").studyIdentifiers()).isEmpty();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "ResearchSubject/rs1: study 'ResearchStudy/s9' names no "
                + "ResearchStudy in the Bundle and no identifier; which study it is is unknown");
  }

  @Test
  void attestations_nestedItemsBooleanAndLoincAnswers_areAllFound() {
    PatientRecord record = Fixtures.map("attestations");

    assertThat(record.attestations())
        .extracting(Attestation::linkId, Attestation::answer)
        .containsExactly(
            tuple("informed-consent", true),
            tuple("expected-survival-6-months", true),
            tuple("investigator-deems-unsuitable", false),
            tuple("malignancy-slow-progressing", false),
            tuple("able-to-use-contraception", null));
  }

  @Test
  void attestations_carryTheResponsesRefStatusAndWrittenAuthoredDate() {
    Attestation consent = Fixtures.map("attestations").attestations().get(0);

    assertThat(consent.ref()).isEqualTo(RecordRef.of("QuestionnaireResponse", "qr-screening"));
    assertThat(consent.status()).isEqualTo("completed");
    assertThat(consent.authored())
        .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 23), LocalTime.of(18, 5)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"in-progress", "completed", "amended", "entered-in-error", "stopped"})
  void questionnaireResponse_everyStatus_isMappedAsWritten(String status) {
    PatientRecord one = Fixtures.mapResources(response(status, "{\"valueBoolean\":true}"));

    assertThat(one.attestations())
        .singleElement()
        .extracting(Attestation::status)
        .isEqualTo(status);
  }

  @Test
  void attestation_otherYesCoding_isUnansweredWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            response(
                "completed",
                "{\"valueCoding\":{\"system\":\"http://snomed.info/sct\",\"code\":\"373066001\",\"display\":\"Yes\"}}"));

    assertThat(one.attestations()).singleElement().extracting(Attestation::answer).isNull();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "QuestionnaireResponse/qr1: item 'informed-consent' is answered "
                + "with http://snomed.info/sct|373066001, which is neither LOINC LA33-6 (yes) nor LA32-8 (no); the answer is unknown");
  }

  @Test
  void attestation_answeredYesAndNo_isUnansweredWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            response("completed", "{\"valueBoolean\":true},{\"valueBoolean\":false}"));

    assertThat(one.attestations()).singleElement().extracting(Attestation::answer).isNull();
    assertThat(one.problems())
        .singleElement()
        .hasToString(
            "QuestionnaireResponse/qr1: item 'informed-consent' is answered both yes and no; the answer is unknown");
  }

  private static String response(String status, String answers) {
    return "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"qr1\",\"status\":\""
        + status
        + "\","
        + "\"subject\":{\"reference\":\"Patient/pat-1001\"},\"authored\":\"2026-11-20\","
        + "\"item\":[{\"linkId\":\"informed-consent\",\"answer\":["
        + answers
        + "]}]}";
  }
}
