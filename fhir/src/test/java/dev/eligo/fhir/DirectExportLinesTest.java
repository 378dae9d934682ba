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
      mapped += lines.others().size() + 1;
      direct += exportPatient(lines, true).linesReadDirectly();
      assertThat(exportPatient(lines, false).linesReadDirectly()).isZero();
    }
    assertThat(patients).isGreaterThan(100);
    assertThat(direct).as("lines read directly, of %d", mapped).isGreaterThan(mapped * 9 / 10);
  }

  @Test
  void damagedLines_makeTheSamePatientBothWays_andAreSaid() throws Exception {
    Lines sample = Lines.of(TestBundles.all().get(0));
    String condition =
        "{\"resourceType\":\"Condition\",\"id\":\"c%d\",\"subject\":{\"reference\":\"Patient/"
            + sample.patientId()
            + "\"},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"1\"}]}%s}";
    List<String> damage =
        List.of(
            "} trailing",
            "}{\"resourceType\":\"Condition\",\"id\":\"second\"",
            ",\"madeUp\":1",
            ",\"recordedDate\":\"2020-13-45\"",
            ",\"recordedDate\":20200301",
            ",\"code\":{\"text\":\"twice\"}",
            ",\"extension\":[{\"url\":\"u\",\"valueString\":\"v\"}]");
    List<byte[]> lines = new ArrayList<>(sample.others());
    for (int i = 0; i < damage.size(); i++) {
      lines.add(String.format(condition, i, damage.get(i)).getBytes(StandardCharsets.UTF_8));
    }
    lines.add("{\"resourceType\":\"Condition\",".getBytes(StandardCharsets.UTF_8));
    Lines damaged = new Lines(sample.patientId(), sample.patient(), lines);

    Object direct = read(damaged, true);
    assertThat(direct).isEqualTo(read(damaged, false));
    assertThat(direct).isInstanceOf(PatientRecord.class);
    PatientRecord record = (PatientRecord) direct;
    assertThat(record.problems().toString())
        .contains("recordedDate")
        .contains("Duplicate field 'code'")
        .contains("Unrecognized token 'trailing'")
        .contains("more follows the end of the first JSON value")
        .contains("not valid JSON at column 29: Unexpected end-of-input");
    // Read whole, and the same either way: the one with an unknown member and the one with an
    // extension are read (noted, or not worth a note); the others are lost and said.
    assertThat(record.conditions()).extracting(c -> c.ref().id()).contains("c2", "c6");
  }

  /** A bulk export's Patient file may begin with a byte-order mark, as Jackson reads bytes. */
  @Test
  void aPatientLineAfterAByteOrderMark_isReadBothWays() throws Exception {
    Lines sample = Lines.of(TestBundles.all().get(0));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] patient = new byte[bom.length + sample.patient().length];
    System.arraycopy(bom, 0, patient, 0, bom.length);
    System.arraycopy(sample.patient(), 0, patient, bom.length, sample.patient().length);
    Lines marked = new Lines(sample.patientId(), patient, sample.others());

    assertThat(read(marked, false))
        .isInstanceOf(PatientRecord.class)
        .isEqualTo(read(sample, false));
    assertThat(read(marked, true)).isEqualTo(read(sample, true));
  }

  /** The record the lines make, or why not. */
  private static Object read(Lines lines, boolean direct) {
    PatientReadResult result = exportPatient(lines, direct).map("test");
    return result instanceof MappedPatient mapped ? mapped.record() : result;
  }

  private static ExportPatient exportPatient(Lines lines, boolean direct) {
    ExportPatient patient =
        new ExportPatient(lines.patientId(), lines.patient(), ReadScope.everything(), direct);
    for (int i = 0; i < lines.others().size(); i++) {
      patient.add(new ExportResource("test.ndjson at byte " + i, lines.others().get(i)));
    }
    return patient;
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
