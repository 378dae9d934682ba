package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eligo.runtime.record.PatientRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bulk export's lines are read straight into HAPI's model where they can be, as a Bundle's
 * resources are: the patient they make must be the one the slow way makes, damaged lines included.
 */
class DirectExportLinesTest {

  @Test
  void theResourcesOfEveryTestBundle_asExportLines_makeTheSamePatientBothWays() throws Exception {
    int patients = 0;
    int mapped = 0;
    int direct = 0;
    for (String bundle : TestBundles.all()) {
      Lines lines = Lines.of(bundle);
      if (lines.patient() == null) {
        continue;
      }
      patients++;
      assertThat(read(lines, true)).as(bundle).isEqualTo(read(lines, false));
      for (byte[] line : lines.others()) {
        if (BundleMapper.maps(FhirJson.readTree(line).path("resourceType").asText())) {
          mapped++;
          direct +=
              DirectResources.readWhole(line, ReadScope.everything(), new DirectResources.Dates())
                      == null
                  ? 0
                  : 1;
        }
      }
    }
    assertThat(patients).isGreaterThan(100);
    assertThat(direct).as("lines read directly, of %d", mapped).isGreaterThan(mapped * 9 / 10);
  }

  @Test
  void damagedLines_makeTheSamePatientBothWays_andAreSaid() throws Exception {
    String condition =
        "{\"resourceType\":\"Condition\",\"id\":\"c%d\",\"subject\":{\"reference\":\"Patient/p1\"},"
            + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"1\"}]}%s}";
    List<String> damage =
        List.of(
            "} trailing",
            ",\"madeUp\":1",
            ",\"recordedDate\":\"2020-13-45\"",
            ",\"recordedDate\":20200301",
            ",\"code\":{\"text\":\"twice\"}",
            ",\"extension\":[{\"url\":\"u\",\"valueString\":\"v\"}]");
    Lines sample = Lines.of(TestBundles.all().get(0));
    List<byte[]> lines = new ArrayList<>(sample.others());
    for (int i = 0; i < damage.size(); i++) {
      lines.add(String.format(condition, i, damage.get(i)).getBytes(StandardCharsets.UTF_8));
    }
    lines.add("{\"resourceType\":\"Condition\",".getBytes(StandardCharsets.UTF_8));
    Lines damaged = new Lines(sample.patientId(), sample.patient(), lines);

    Object direct = read(damaged, true);
    assertThat(direct).isEqualTo(read(damaged, false));
    assertThat(direct).isInstanceOf(PatientRecord.class);
    assertThat(((PatientRecord) direct).problems().toString())
        .contains("recordedDate")
        .contains("Duplicate field 'code'")
        .contains("not valid JSON");
  }

  /** The record the lines make, or why not. */
  private static Object read(Lines lines, boolean direct) {
    ExportPatient patient =
        new ExportPatient(lines.patientId(), lines.patient(), ReadScope.everything(), direct);
    for (int i = 0; i < lines.others().size(); i++) {
      patient.add(new ExportResource("test.ndjson at byte " + i, lines.others().get(i)));
    }
    PatientReadResult result = patient.map("test");
    return result instanceof MappedPatient mapped ? mapped.record() : result;
  }

  /** A Bundle's resources as export lines: its first Patient and the others in order. */
  private record Lines(String patientId, byte[] patient, List<byte[]> others) {
    static Lines of(String bundle) throws FhirJson.NotJsonException {
      String patientId = null;
      byte[] patient = null;
      List<byte[]> others = new ArrayList<>();
      for (JsonNode entry :
          FhirJson.readTree(bundle.getBytes(StandardCharsets.UTF_8)).path("entry")) {
        JsonNode resource = entry.path("resource");
        byte[] line = FhirJson.write(resource).getBytes(StandardCharsets.UTF_8);
        if (patient == null && resource.path("resourceType").asText().equals("Patient")) {
          patientId = resource.path("id").asText();
          patient = line;
        } else {
          others.add(line);
        }
      }
      return new Lines(patientId, patient, others);
    }
  }
}
