package dev.eligo.examples.nephropathy;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import dev.eligo.examples.table.Expected;
import dev.eligo.examples.table.ScreeningTable;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.result.ScreeningResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample patients of {@code patients/}: each Bundle on disk is the patient {@link
 * SamplePatients} describes (rewrite them with {@code -Deligo.updateGolden=true} and review the
 * diff), and each, read from disk as the CLI reads it, gets the verdict and deciding criteria of
 * the patients' README.
 */
class SamplePatientsTest {
  private static final Path DIRECTORY = Path.of("patients");
  private static final String UPDATE =
      "mvn -B -pl examples/nephropathy -am test -Dtest=SamplePatientsTest -Deligo.updateGolden=true";

  static List<SamplePatients.Sample> samples() {
    return SamplePatients.all();
  }

  @Test
  void bundlesOnDisk_areTheSamplePatients() throws IOException {
    FhirContext fhir = FhirContext.forR4Cached();
    boolean update = Boolean.parseBoolean(System.getProperty("eligo.updateGolden"));
    for (SamplePatients.Sample sample : samples()) {
      String json =
          fhir.newJsonParser()
                  .setPrettyPrint(true)
                  .encodeResourceToString(sample.patient().bundle(sample.id()))
              + "\n";
      Path file = DIRECTORY.resolve(sample.id() + ".json");
      if (update) {
        Files.writeString(file, json, StandardCharsets.UTF_8);
      }
      assertThat(file).as("%s; write it with %s", file, UPDATE).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is not the sample patient of SamplePatients; rewrite it with %s", file, UPDATE)
          .isEqualTo(json);
    }
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .as("Bundles in %s", DIRECTORY)
          .containsExactlyInAnyOrderElementsOf(
              samples().stream().map(s -> s.id() + ".json").collect(Collectors.toList()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplePatient_readFromDisk_hasTheReadmeVerdict(SamplePatients.Sample sample) {
    ScreeningResult result;
    try (PatientSource source =
        PatientSources.bundleFile(DIRECTORY.resolve(sample.id() + ".json"))) {
      PatientReadResult read = source.next();
      assertThat(read).as("%s reads as a patient", sample.id()).isInstanceOf(MappedPatient.class);
      MappedPatient patient = (MappedPatient) read;
      assertThat(patient.record().problems()).as("problems reading %s", sample.id()).isEmpty();
      result = Screening.screen(patient.record(), Baseline.TREATMENT_START);
    }
    ScreeningTable.assertScreens(
        sample.id(),
        result,
        new Expected(
            sample.verdict(),
            sample.deciding().isEmpty() ? ScreeningCase.TOP_LEVEL : sample.deciding(),
            Map.of()));
  }

  @Test
  void samples_areAtLeastTwentyWithDistinctIds() {
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(samples()).extracting(SamplePatients.Sample::id).doesNotHaveDuplicates();
  }
}
