package dev.eligo.examples.her2low;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.examples.table.Expected;
import dev.eligo.examples.table.ScreeningTable;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample Bundles of patients/ screened as the patients README says: each folder's cohort, the
 * README's dates, and the verdict and deciding criteria of its table, worked out by hand.
 */
class PatientBundlesTest {
  private static final Path PATIENTS = Path.of("patients");

  /** Patient, expected verdict, the criteria expected to decide it (patients/README.md). */
  static List<Arguments> expectations() {
    return List.of(
        Arguments.of("her2low-01", Verdict.ELIGIBLE, List.of()),
        Arguments.of("her2low-02", Verdict.ELIGIBLE, List.of()),
        Arguments.of("her2low-03", Verdict.ELIGIBLE, List.of()),
        Arguments.of("her2low-04", Verdict.ELIGIBLE, List.of()),
        Arguments.of("her2low-05", Verdict.INELIGIBLE, List.of("I5")),
        Arguments.of("her2low-06", Verdict.INELIGIBLE, List.of("I5")),
        Arguments.of("her2low-07", Verdict.INELIGIBLE, List.of("I9")),
        Arguments.of("her2low-08", Verdict.INELIGIBLE, List.of("E1")),
        Arguments.of("her2low-09", Verdict.INELIGIBLE, List.of("E3")),
        Arguments.of("her2low-10", Verdict.INELIGIBLE, List.of("E5")),
        Arguments.of("her2low-11", Verdict.INELIGIBLE, List.of("E7")),
        Arguments.of("her2low-12", Verdict.INELIGIBLE, List.of("E8")),
        Arguments.of("her2low-13", Verdict.INELIGIBLE, List.of("E12")),
        Arguments.of("her2low-14", Verdict.INELIGIBLE, List.of("I17")),
        Arguments.of("her2low-15", Verdict.INELIGIBLE, List.of("E9")),
        Arguments.of("her2low-16", Verdict.INELIGIBLE, List.of("I2")),
        Arguments.of("her2low-17", Verdict.NEEDS_REVIEW, List.of("I5")),
        Arguments.of("her2low-18", Verdict.NEEDS_REVIEW, List.of("I16")),
        Arguments.of("her2low-19", Verdict.NEEDS_REVIEW, List.of("I8")),
        Arguments.of(
            "her2low-20",
            Verdict.NEEDS_REVIEW,
            List.of("I8", "I18", "I20", "E5", "E6", "E7", "E9", "E12", "E14")),
        Arguments.of("her2low-21", Verdict.NEEDS_REVIEW, List.of("I3")),
        Arguments.of("her2low-22", Verdict.NEEDS_REVIEW, List.of("I10")),
        Arguments.of("her2low-23", Verdict.NEEDS_REVIEW, List.of("I18", "E14")),
        Arguments.of("her2low-24", Verdict.INELIGIBLE, List.of("E5", "E6")),
        Arguments.of("her2low-25", Verdict.INELIGIBLE, List.of("I8")),
        Arguments.of("her2low-26", Verdict.INELIGIBLE, List.of("E4")),
        Arguments.of("her2low-27", Verdict.NEEDS_REVIEW, List.of("I9")),
        Arguments.of("her2low-28", Verdict.INELIGIBLE, List.of("I5")),
        Arguments.of("her2low-29", Verdict.INELIGIBLE, List.of("E5", "E6")),
        Arguments.of("her2low-30", Verdict.INELIGIBLE, List.of("E13")));
  }

  @ParameterizedTest(name = "{0} is {1}, decided by {2}")
  @MethodSource("expectations")
  void bundle_hasTheVerdictAndDecidingCriteriaOfTheReadme(
      String patient, Verdict verdict, List<String> deciding) throws IOException {
    Path bundle = bundles().get(patient);
    assertThat(bundle).as("Bundle of %s", patient).isNotNull();
    PatientReadResult read =
        PatientSources.bundleJson(bundle.toString(), Files.readAllBytes(bundle));
    assertThat(read).as("%s reads without error", patient).isInstanceOf(MappedPatient.class);
    MappedPatient mapped = (MappedPatient) read;
    assertThat(mapped.record().problems()).as("problems reading %s", patient).isEmpty();

    ScreeningResult result = Screener.screen(mapped.record(), inputsFor(bundle));

    ScreeningTable.assertScreens(
        patient,
        result,
        new Expected(
            verdict, verdict == Verdict.ELIGIBLE ? ScreeningCase.TOP_LEVEL : deciding, Map.of()));
  }

  @Test
  void everyBundle_isInTheReadmeTable() throws IOException {
    List<String> listed =
        expectations().stream().map(a -> (String) a.get()[0]).collect(Collectors.toList());
    assertThat(bundles().keySet()).containsExactlyInAnyOrderElementsOf(listed);
    assertThat(Files.readString(PATIENTS.resolve("README.md"))).contains(listed);
  }

  private static ScreeningInputs inputsFor(Path bundle) {
    return bundle.getParent().getFileName().toString().equals("cohort-2")
        ? ScreeningInputs.COHORT_2
        : ScreeningInputs.COHORT_1;
  }

  private static Map<String, Path> bundles() throws IOException {
    try (Stream<Path> files = Files.walk(PATIENTS)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .collect(
              Collectors.toMap(
                  f -> f.getFileName().toString().replace(".json", ""),
                  f -> f,
                  (a, b) -> a,
                  TreeMap::new));
    }
  }
}
