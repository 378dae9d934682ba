package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eligo.runtime.record.PatientRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elements no mapper reads (a narrative, {@code meta}, a report's base64 note) are passed over:
 * what is wrong inside them concerns no record, and HAPI no longer refuses a resource for them.
 * Elements that are not elements of the type are still named, and every test Bundle maps to the
 * same record with the unread elements as without them.
 */
class ReadElementsTest {
  private static final String CONDITION =
      "{\"resourceType\":\"Condition\",\"id\":\"c1\",%s"
          + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\"}]},"
          + "\"onsetDateTime\":\"2020-03-01\"}";

  @Test
  void damageInsideANarrative_concernsNoRecord() {
    String narrative =
        "\"text\":{\"status\":\"madeUp\",\"div\":\"<div><p>unclosed</div>\",\"extra\":[1]},";

    PatientRecord record = Fixtures.mapResources(String.format(CONDITION, narrative));

    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }

  @Test
  void damageInsideANarrative_inABulkExport_concernsNoRecord(@TempDir Path export)
      throws IOException {
    String narrative = "\"text\":{\"status\":\"generated\",\"div\":\"<div><p>unclosed</div>\"},";
    Files.writeString(
        export.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"pat-a\"," + narrative + "\"gender\":\"male\"}\n");
    Files.writeString(
        export.resolve("Condition.ndjson"),
        String.format(CONDITION, narrative + "\"subject\":{\"reference\":\"Patient/pat-a\"},")
            + "\n");

    List<PatientReadResult> read;
    try (PatientSource source = PatientSources.open(export)) {
      read = source.stream().collect(Collectors.toList());
    }

    PatientRecord record = ((MappedPatient) read.get(0)).record();
    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }

  @Test
  void damageInsideOtherUnreadElements_concernsNoRecord() {
    String unread =
        "\"text\":\"diabetes\",\"meta\":{\"lastUpdated\":\"yesterday\"},"
            + "\"note\":[{\"text\":17}],\"encounter\":{\"reference\":{}},";

    PatientRecord record = Fixtures.mapResources(String.format(CONDITION, unread));

    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.condition(record, "c1").codes()).hasSize(1);
  }

  @Test
  void aReportsBase64Note_isNotDecoded() {
    String report =
        "{\"resourceType\":\"DiagnosticReport\",\"id\":\"r1\",\"status\":\"final\","
            + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"34117-2\"}]},"
            + "\"effectiveDateTime\":\"2026-10-01\","
            + "\"presentedForm\":[{\"contentType\":\"text/plain\",\"data\":\"not base64 !!\"}]}";

    PatientRecord record = Fixtures.mapResources(report);

    assertThat(Fixtures.problems(record)).isEmpty();
    assertThat(Fixtures.report(record, "r1").codes()).hasSize(1);
  }

  @Test
  void anElementTheTypeDoesNotHave_isStillNamed_andAReadElementOfTheWrongType() {
    PatientRecord record =
        Fixtures.mapResources(
            String.format(CONDITION, "\"madeUpElement\":1,\"recordedDate\":20200301,"));

    assertThat(Fixtures.problems(record))
        .anySatisfy(p -> assertThat(p).contains("madeUpElement"))
        .anySatisfy(p -> assertThat(p).contains("'recordedDate' was not read"));
  }

  /** Two copies that differ only where no mapper reads say the same: one is read. */
  @Test
  void copiesDifferingOnlyInUnreadElements_areOneCopy() {
    String first = String.format(CONDITION, "\"meta\":{\"versionId\":\"1\"},");
    String second = String.format(CONDITION, "\"meta\":{\"versionId\":\"2\"},");

    PatientRecord record = Fixtures.mapResources(first, second);

    assertThat(record.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.makesRecordUnusable()).isFalse();
              assertThat(p.message()).contains("with the same content; it was read once");
            });
    assertThat(record.conditions()).hasSize(1);
  }

  @Test
  void patientLinesDifferingOnlyInUnreadElements_sayTheSame() {
    byte[] one =
        "{\"resourceType\":\"Patient\",\"id\":\"p\",\"meta\":{\"versionId\":\"1\"}}".getBytes();
    byte[] two =
        "{\"resourceType\":\"Patient\",\"id\":\"p\",\"meta\":{\"versionId\":\"2\"}}".getBytes();
    byte[] other = "{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"male\"}".getBytes();

    assertThat(ExportPatient.repeats("p", List.of(one, two))).endsWith("it was read once");
    assertThat(ExportPatient.repeats("p", List.of(one, other))).contains("differ");
  }

  /**
   * Every Bundle of the examples' patients and every fixture maps to the same record whether its
   * unread elements are there or not: a mapper that reads an element this table leaves out fails
   * here.
   */
  @Test
  void everyTestBundle_mapsTheSameWithoutItsUnreadElements() throws IOException {
    List<String> bundles = TestBundles.all();
    assertThat(bundles).hasSizeGreaterThan(100);

    for (String bundle : bundles) {
      JsonNode tree = new ObjectMapper().readTree(bundle);
      Object whole = mapped(tree.toString());
      for (JsonNode entry : tree.path("entry")) {
        ReadElements.drop(entry.path("resource"));
      }
      assertThat(mapped(tree.toString())).as(bundle).isEqualTo(whole);
    }
  }

  /** The record, or why the Bundle cannot be mapped (some examples are wrong on purpose). */
  private static Object mapped(String json) {
    try {
      return BundleMapper.map(parse(json));
    } catch (InvalidBundleException e) {
      return e.getMessage();
    }
  }

  private static Bundle parse(String json) {
    return FhirJson.context().newJsonParser().parseResource(Bundle.class, json);
  }
}
