package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resources of FHIR types the mapping never reads (billing, provenance, organisations) are only
 * tokenized: what is wrong inside them concerns no record, references to them still resolve, and
 * the Bundle around them is still held to being JSON.
 */
class NeverReadTypesTest {
  private static final String PROCEDURE_FOR_A_NOTE =
      "{\"resourceType\":\"Procedure\",\"id\":\"p1\",\"status\":\"completed\","
          + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"179277008\"}]},"
          + "\"performedDateTime\":\"2026-09-04\","
          + "\"reasonReference\":[{\"reference\":\"urn:uuid:5e0c1d2a\"}]}";

  @Test
  void damageInsideAClaim_concernsNoRecord() {
    String claim =
        "{\"resourceType\":\"Claim\",\"id\":\"claim-1\",\"status\":17,\"created\":\"2026-13-45\","
            + "\"madeUpElement\":{\"x\":[1,2,3]},\"total\":{\"value\":1e99999}}";

    PatientRecord record =
        Fixtures.mapResources(
            claim, PROCEDURE_FOR_A_NOTE.replace("urn:uuid:5e0c1d2a", "Condition/c9"));

    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.procedure(record, "p1").reasonRefs())
        .containsExactly(RecordRef.of("Condition", "c9"));
  }

  @Test
  void aClaimWhoseTypeIsNotItsFirstMember_isNotReadEither() {
    String claim = "{\"id\":\"claim-2\",\"status\":17,\"resourceType\":\"Claim\"}";

    assertThat(Fixtures.problems(Fixtures.mapResources(claim))).isEmpty();
  }

  @Test
  void aReasonNamingANeverReadResourceByItsFullUrl_stillNamesIt() {
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ","
            + entry(
                "urn:uuid:5e0c1d2a",
                "{\"resourceType\":\"DocumentReference\",\"id\":\"note-7\",\"status\":\"current\"}")
            + ","
            + entry("urn:uuid:p1", PROCEDURE_FOR_A_NOTE)
            + "]}";

    PatientRecord record = Fixtures.mapJson(bundle);

    assertThat(Fixtures.procedure(record, "p1").reasonRefs())
        .containsExactly(RecordRef.of("DocumentReference", "note-7"));
    assertThat(Fixtures.problems(record)).isEmpty();
  }

  @Test
  void twoDifferentClaimsWithOneId_areNotSaidToBeOneCopy() {
    PatientRecord record =
        Fixtures.mapResources(
            "{\"resourceType\":\"Claim\",\"id\":\"claim-1\",\"status\":\"active\"}",
            "{\"resourceType\":\"Claim\",\"id\":\"claim-1\",\"status\":\"cancelled\"}");

    assertThat(Fixtures.problems(record)).isEmpty();
  }

  @Test
  void aReadResourceSharingItsFullUrlWithAClaim_isStillInDoubt() {
    String condition =
        "{\"resourceType\":\"Condition\",\"id\":\"c1\","
            + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\"}]}}";
    String claim = "{\"resourceType\":\"Claim\",\"id\":\"cl1\",\"status\":\"active\"}";
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ","
            + entry("urn:uuid:x", claim)
            + ","
            + entry("urn:uuid:x", condition)
            + "]}";

    assertThat(Fixtures.problems(Fixtures.mapJson(bundle)))
        .anyMatch(
            p -> p.startsWith("Condition/c1: urn:uuid:x appears 2 times with different content"));
  }

  @Test
  void aMedicationSharingItsFullUrlWithAClaim_isStillFoundAndInDoubt() {
    String medication =
        "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":"
            + "\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"1234\"}]}}";
    String request =
        "{\"resourceType\":\"MedicationRequest\",\"id\":\"r1\",\"status\":\"active\","
            + "\"intent\":\"order\",\"authoredOn\":\"2026-09-01\","
            + "\"medicationReference\":{\"reference\":\"urn:uuid:m\"}}";
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ","
            + entry("urn:uuid:m", "{\"resourceType\":\"Claim\",\"id\":\"cl1\"}")
            + ","
            + entry("urn:uuid:m", medication)
            + ","
            + entry("urn:uuid:r1", request)
            + "]}";

    PatientRecord record = Fixtures.mapJson(bundle);

    assertThat(Fixtures.medication(record, "MedicationRequest", "r1").codes())
        .extracting(c -> c.code())
        .containsExactly("1234");
    assertThat(Fixtures.problems(record)).anyMatch(p -> p.contains("different"));
  }

  @Test
  void aResourceWithoutIdOrFullUrl_isNamedByItsPlaceInTheFile_whateverCameBefore() {
    String unreadable =
        "{\"resourceType\":\"Condition\",\"id\":\"bad\",\"contained\":[{\"resourceType\":\"Foo\"}]}";
    String anonymous =
        "{\"resourceType\":\"Condition\","
            + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"C61\"}]}}";
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ",{\"resource\":"
            + unreadable
            + "},{\"resource\":{\"resourceType\":\"Claim\"}},{\"resource\":"
            + anonymous
            + "}]}";

    PatientRecord record = Fixtures.mapJson(bundle);

    assertThat(record.conditions())
        .extracting(c -> c.ref())
        .contains(RecordRef.of("Condition", "entry[3]"));
  }

  @Test
  void aMedicationSharingItsFullUrlWithTwoClaims_namesThreeResources() {
    String medication =
        "{\"resourceType\":\"Medication\",\"id\":\"m1\",\"code\":{\"coding\":[{\"system\":"
            + "\"http://www.whocc.no/atc\",\"code\":\"J01CA04\"}]}}";
    String request =
        "{\"resourceType\":\"MedicationRequest\",\"id\":\"r1\",\"status\":\"active\","
            + "\"intent\":\"order\",\"medicationReference\":{\"reference\":\"urn:uuid:0000\"}}";
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ","
            + entry("urn:uuid:0000", medication)
            + ","
            + entry(
                "urn:uuid:0000", "{\"resourceType\":\"Claim\",\"id\":\"c1\",\"status\":\"active\"}")
            + ","
            + entry(
                "urn:uuid:0000", "{\"resourceType\":\"Claim\",\"id\":\"c1\",\"status\":\"draft\"}")
            + ","
            + entry("urn:uuid:r1", request)
            + "]}";

    assertThat(Fixtures.problems(Fixtures.mapJson(bundle)))
        .anyMatch(p -> p.contains("names 3 different resources with that id"));
  }

  @Test
  void brokenJsonInsideAClaim_isStillNotJson() {
    String bundle =
        Fixtures.bundleWithPatient(
            List.of("{\"resourceType\":\"Claim\",\"id\":\"claim-1\",\"status\":\"active\"}"));
    String broken = bundle.replace("\"status\":\"active\"", "\"status\":\"active\",\"a\":tru");

    assertThat(read(broken)).isInstanceOf(PatientReadError.class);
    assertThat(((PatientReadError) read(broken)).message()).startsWith("not valid JSON at column");
  }

  @Test
  void aRepeatedNameInsideAClaim_isStillRefused() {
    String bundle =
        Fixtures.bundleWithPatient(
            List.of("{\"resourceType\":\"Claim\",\"id\":\"claim-1\",\"status\":\"active\"}"));
    String twice =
        bundle.replace("\"status\":\"active\"", "\"status\":\"active\",\"status\":\"x\"");

    assertThat(((PatientReadError) read(twice)).message()).contains("Duplicate field 'status'");
  }

  @Test
  void theBundlesTypeAndIdAfterItsEntries_areReadAsBefore() {
    String bundle =
        "{\"entry\":["
            + entry("urn:uuid:pat", Fixtures.resources("patient").get(0))
            + ",{\"fullUrl\":17,\"resource\":"
            + PROCEDURE_FOR_A_NOTE
            + "}],"
            + "\"id\":\"late-id\",\"resourceType\":\"Bundle\"}";

    assertThat(Fixtures.problems(Fixtures.mapJson(bundle)))
        .contains("Bundle/late-id entry[1]: fullUrl is a number, not a string; it was not read");
    assertThat(((PatientReadError) read(bundle.replace("\"Bundle\"", "\"Patient\""))).message())
        .isEqualTo("not a Bundle: resourceType is 'Patient'");
    assertThat(((PatientReadError) read(bundle.replaceFirst("\\[.*\\],", "null,"))).message())
        .isEqualTo("Bundle.entry is null, not an array");
  }

  @Test
  void aMisspelledType_isStillReadAndSaidToBeUnknown() {
    PatientRecord record = Fixtures.mapResources("{\"resourceType\":\"Condtion\",\"id\":\"c1\"}");

    assertThat(Fixtures.problems(record)).anyMatch(p -> p.contains("could not be read"));
    assertThat(record.conditions()).hasSize(1);
  }

  private static String entry(String fullUrl, String resource) {
    return "{\"fullUrl\":\"" + fullUrl + "\",\"resource\":" + resource + "}";
  }

  private static PatientReadResult read(String json) {
    return BundleResults.fromJson("test.json", json.getBytes(StandardCharsets.UTF_8));
  }
}
