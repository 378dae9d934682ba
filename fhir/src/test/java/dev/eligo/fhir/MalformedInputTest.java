package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.observation;
import static dev.eligo.fhir.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue.QuantityValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives an error row or a problem on the record with the reason, never an exception. */
class MalformedInputTest {
  private static final Path MALFORMED = Fixtures.ROOT.resolve("malformed");

  @Test
  void zeroByteFile_isAnErrorNamingTheFile() {
    assertThat(readOne(MALFORMED.resolve("empty.json")))
        .isEqualTo(new PatientReadError("empty.json", "the file is empty (0 bytes)"));
  }

  @Test
  void notJson_isAnErrorWithThePosition() {
    PatientReadError error = (PatientReadError) readOne(MALFORMED.resolve("hl7v2-message.json"));

    assertThat(error.source()).isEqualTo("hl7v2-message.json");
    assertThat(error.message()).startsWith("not valid JSON at column 1: Unrecognized token 'MSH'");
  }

  @Test
  void truncatedJson_isAnErrorWithoutParserInternals() {
    PatientReadError error = (PatientReadError) readOne(MALFORMED.resolve("truncated.json"));

    assertThat(error.message())
        .isEqualTo(
            "not valid JSON at line 7, column 1: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void resourceThatIsNotABundle_isAnError() {
    assertThat(readOne(MALFORMED.resolve("a-patient-not-a-bundle.json")))
        .isEqualTo(
            new PatientReadError(
                "a-patient-not-a-bundle.json", "not a Bundle: resourceType is 'Patient'"));
  }

  @Test
  void bundleWithoutPatient_isAnError() {
    assertThat(readOne(MALFORMED.resolve("bundle-without-patient.json")))
        .isEqualTo(
            new PatientReadError(
                "bundle-without-patient.json",
                "the Bundle has no Patient resource; one patient per Bundle is expected"));
  }

  @Test
  void bundleWithTwoPatients_isAnError() {
    String json =
        Fixtures.bundle(
            List.of(
                "{\"resourceType\":\"Patient\",\"id\":\"a\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"b\"}"));

    assertThat(BundleResults.fromJson("two.json", json.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            new PatientReadError(
                "two.json",
                "the Bundle has 2 Patient resources; one patient per Bundle is expected"));
  }

  @Test
  void jsonArrayOrScalar_isAnError() {
    assertThat(BundleResults.fromJson("a.json", "[1,2]".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            new PatientReadError(
                "a.json", "not a FHIR resource: the JSON is an array, not an object"));
    assertThat(BundleResults.fromJson("b.json", "{\"entry\":[]}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            new PatientReadError(
                "b.json", "not a FHIR resource: the JSON object has no resourceType"));
  }

  @Test
  void implausiblyLargeNumber_isAProblemAndReadsInstantly() {
    String observation =
        "{\"resourceType\":\"Observation\",\"id\":\"anc-huge\",\"status\":\"final\","
            + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"751-8\"}]},"
            + "\"subject\":{\"reference\":\"Patient/"
            + Fixtures.PATIENT_ID
            + "\"},"
            + "\"effectiveDateTime\":\"2026-11-20\","
            + "\"valueQuantity\":{\"value\":1e99999999,\"unit\":\"10*9/L\"}}";

    PatientRecord record = Fixtures.mapResources(observation);

    assertThat(observation(record, "anc-huge").value()).isNull();
    assertThat(problemsOf(record, "Observation/anc-huge"))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains(
                        "valueQuantity.value: the number 1E+99999999 is not a plausible value and was left out"));
  }

  @Test
  void duplicateKey_isAnErrorNamingTheKeyAndPlace() {
    String json =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
            + "{\"resourceType\":\"Patient\",\"id\":\"a\",\"gender\":\"male\",\"gender\":\"female\"}}]}";

    PatientReadError error =
        (PatientReadError)
            BundleResults.fromJson("dup.json", json.getBytes(StandardCharsets.UTF_8));

    assertThat(error.message()).contains("Duplicate field 'gender'").contains("column");
  }

  @Test
  void twoBundlesInOneFile_isAnErrorSayingWhereTheSecondStarts() {
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
            + "{\"resourceType\":\"Patient\",\"id\":\"a\",\"gender\":\"male\"}}]}";

    PatientReadResult two =
        BundleResults.fromJson(
            "two.json", (bundle + "\n" + bundle).getBytes(StandardCharsets.UTF_8));
    PatientReadResult spaced =
        BundleResults.fromJson("one.json", (bundle + "\n \n").getBytes(StandardCharsets.UTF_8));

    assertThat(((PatientReadError) two).message())
        .isEqualTo(
            "not valid JSON at line 2, column 1: more follows the end of the first JSON value, and"
                + " one value is read (NDJSON holds one per line)");
    assertThat(spaced).isInstanceOf(MappedPatient.class);
  }

  @Test
  void wrongTypeInAField_isAProblemAndTheRestOfThePatientMaps() {
    PatientRecord record = wrongTypes();

    assertThat(observation(record, "psa-bad-value").value()).isNull();
    assertThat(observation(record, "psa-bad-value").effective()).isNotNull();
    assertThat(problemsOf(record, "Observation/psa-bad-value"))
        .containsExactly(
            "valueQuantity.value is a string (\"high\"), but FHIR's decimal is a number; 'valueQuantity' was not read");
    assertThat(record.conditions()).filteredOn(c -> !c.codes().isEmpty()).hasSize(1);
  }

  @Test
  void objectGivenAsString_isAProblemAndUnknownStatusIsUnknown() {
    PatientRecord record = wrongTypes();

    assertThat(observation(record, "psa-bad-status").status()).isEqualTo(ObservationStatus.UNKNOWN);
    assertThat(observation(record, "psa-bad-status").codes()).isEmpty();
    assertThat(problemsOf(record, "Observation/psa-bad-status"))
        .containsExactly(
            "code is a string (\"2857-1\"), but FHIR's CodeableConcept is an object; 'code' was not read",
            "invalid value in element 'status' (Unknown ObservationStatus code 'finished'); it was ignored",
            "code is missing (Observation.code is required), so what was measured is unknown");
  }

  @Test
  void invalidDate_isAProblemAndNoDate() {
    PatientRecord record = wrongTypes();

    assertThat(observation(record, "psa-bad-date").effective()).isNull();
    assertThat(observation(record, "psa-bad-date").value())
        .isEqualTo(QuantityValue.of("4.2", "ng/mL"));
    assertThat(problemsOf(record, "Observation/psa-bad-date"))
        .containsExactly(
            "invalid value in element 'effectiveDateTime' (Invalid date/time format: \"2026-13-45\"); it was ignored");
  }

  @Test
  void unknownUnit_isKeptAsWrittenForTheRuntimeToJudge() {
    PatientRecord record = wrongTypes();

    assertThat(observation(record, "psa-odd-unit").value())
        .isEqualTo(QuantityValue.of("4.6", "nanograms per millilitre"));
    assertThat(problemsOf(record, "Observation/psa-odd-unit")).isEmpty();
  }

  @Test
  void invalidGender_isUnknownSexWithAProblem() {
    PatientRecord record = wrongTypes();

    assertThat(record.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(problemsOf(record, "Patient/pat-1001"))
        .containsExactly(
            "invalid value in element 'gender' (Unknown AdministrativeGender code 'M'); it was ignored");
  }

  @Test
  void unreadableEntries_areProblemsNamingTheEntry() {
    PatientRecord record = wrongTypes();

    assertThat(problemsOf(record, "Basic2/x1"))
        .singleElement()
        .asString()
        .startsWith("the resource could not be read: HAPI-1684: Unknown resource name \"Basic2\"");
    assertThat(problemsOf(record, "Bundle/urn:uuid:5b6c1a8e-0000-4000-8000-000000000002"))
        .containsExactly(
            "the entry's resource is a string, not an object; what it held could not be read");
    // A resource of no known type may have been any record: one stands in for each kind.
    assertThat(record.observations())
        .anyMatch(o -> o.ref().equals(dev.eligo.runtime.record.RecordRef.of("Basic2", "x1")));
    assertThat(record.conditions())
        .anyMatch(c -> c.ref().equals(dev.eligo.runtime.record.RecordRef.of("Basic2", "x1")));
  }

  @Test
  void directoryOfMalformedFiles_givesOneRowPerFileInNameOrder() {
    List<String> rows;
    try (PatientSource source = PatientSources.open(MALFORMED)) {
      rows = source.stream().map(PatientReadResult::source).collect(Collectors.toList());
    }

    assertThat(rows)
        .containsExactly(
            "a-patient-not-a-bundle.json",
            "bundle-without-patient.json",
            "empty.json",
            "hl7v2-message.json",
            "truncated.json",
            "wrong-types.json");
  }

  @Test
  void ndjson_badLines_areErrorsWithLineNumbersAndGoodLinesStillMap(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bundles.ndjson");
    String good = Fixtures.bundle(List.of("{\"resourceType\":\"Patient\",\"id\":\"p1\"}"));
    Files.writeString(
        file,
        good
            + "\n\n{not json\r\n{\"resourceType\":\"Observation\",\"id\":\"o\"}\n"
            + good.replace("p1", "p2"));

    List<PatientReadResult> results;
    try (PatientSource source = PatientSources.open(file)) {
      results = source.stream().collect(Collectors.toList());
    }

    assertThat(results).hasSize(4);
    assertThat(results.get(0)).isInstanceOf(MappedPatient.class);
    assertThat(results.get(1).source()).isEqualTo("bundles.ndjson:3");
    assertThat(((PatientReadError) results.get(1)).message())
        .startsWith(
            "not valid JSON at column 2: Unexpected character ('n' (code 110)): was expecting double-quote");
    assertThat(results.get(2))
        .isEqualTo(
            new PatientReadError(
                "bundles.ndjson:4", "not a Bundle: resourceType is 'Observation'"));
    assertThat(((MappedPatient) results.get(3)).record().id()).isEqualTo("p2");
    assertThat(results.get(3).source()).isEqualTo("bundles.ndjson:5");
  }

  @Test
  void ndjson_zeroByteFile_isOneError(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("bundles.ndjson"));

    assertThat(readAll(file))
        .containsExactly(
            new PatientReadError("bundles.ndjson", "the file is empty (no Bundle lines)"));
  }

  @Test
  void missingPathOrEmptyDirectory_isOneError(@TempDir Path dir) {
    assertThat(readAll(dir.resolve("nope.json")))
        .containsExactly(new PatientReadError("nope.json", "no such file or directory"));
    assertThat(readAll(dir))
        .containsExactly(
            new PatientReadError(
                String.valueOf(dir.getFileName()), "the directory has no *.json files"));
  }

  private static PatientRecord wrongTypes() {
    PatientReadResult result = readOne(MALFORMED.resolve("wrong-types.json"));
    assertThat(result).isInstanceOf(MappedPatient.class);
    return ((MappedPatient) result).record();
  }

  private static PatientReadResult readOne(Path file) {
    List<PatientReadResult> results = readAll(file);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static List<PatientReadResult> readAll(Path path) {
    try (PatientSource source = PatientSources.open(path)) {
      return source.stream().collect(Collectors.toList());
    }
  }
}
