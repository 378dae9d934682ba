package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.authoring.Sample;
import dev.eligo.runtime.Screening;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The requirements of the sample, as search queries, fetch what screening reads: each of the 27
 * sample Bundles, cut down to the resources the queries return, screens to the same verdict, and
 * the same result of every criterion and part resting on the same records, as the whole Bundle; and
 * the queries leave out resources screening does not read.
 */
class SearchQueriesFetchWhatScreeningReadsTest {

  @Test
  void sampleBundlesCutToTheQueriesResults_screenAsTheWholeBundles() throws IOException {
    DataRequirements requirements = DataRequirements.of(Sample.checked());
    List<Path> bundles;
    try (Stream<Path> files = Files.list(Sample.PATIENTS)) {
      bundles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(bundles).hasSize(27);
    Screening screening = Screening.on(Sample.SCREENING);
    int kept = 0;
    int total = 0;
    List<String> differences = new ArrayList<>();
    for (Path bundle : bundles) {
      ObjectNode whole = (ObjectNode) CutBundles.JSON.readTree(bundle.toFile());
      ObjectNode cut = CutBundles.cut(whole, requirements, screening);
      kept += cut.path("entry").size();
      total += whole.path("entry").size();
      differences.addAll(
          CutBundles.differences(
              bundle.getFileName().toString(), Sample.evaluator(), screening, whole, cut));
    }
    assertThat(differences)
        .as("results that differ when a Bundle is cut to the queries' results")
        .isEmpty();
    assertThat(kept).as("resources kept of %d", total).isLessThan(total);
  }

  /**
   * E4a counts an anti-infective given at screening unless its stated reason is no infection. The
   * reason here is a Condition coded Z29.2 (prophylaxis), in no concept of the protocol: the
   * queries must still fetch it, or the cut Bundle's reason could not be resolved and E4a would be
   * unknown where the whole Bundle decides it.
   */
  @Test
  void aConditionGivenOnlyAsAReason_isFetched() throws IOException {
    ObjectNode whole =
        (ObjectNode) CutBundles.JSON.readTree(Sample.PATIENTS.resolve("mcrpc-01.json").toFile());
    ArrayNode entries = (ArrayNode) whole.path("entry");
    entries.add(
        CutBundles.JSON.readTree(
            "{\"fullUrl\":\"https://ehr.example-hospital.org/fhir/Condition/prophylaxis\","
                + "\"resource\":{\"resourceType\":\"Condition\",\"id\":\"prophylaxis\","
                + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\","
                + "\"code\":\"Z29.2\"}]},\"subject\":{\"reference\":\"Patient/mcrpc-01\"}}}"));
    entries.add(
        CutBundles.JSON.readTree(
            "{\"fullUrl\":\"https://ehr.example-hospital.org/fhir/MedicationStatement/valaciclovir\","
                + "\"resource\":{\"resourceType\":\"MedicationStatement\",\"id\":\"valaciclovir\","
                + "\"status\":\"active\",\"medicationCodeableConcept\":{\"coding\":[{\"system\":"
                + "\"http://www.whocc.no/atc\",\"code\":\"J05AB11\"}]},"
                + "\"subject\":{\"reference\":\"Patient/mcrpc-01\"},"
                + "\"effectivePeriod\":{\"start\":\"2026-06-01\"},"
                + "\"reasonReference\":[{\"reference\":\"Condition/prophylaxis\"}]}}"));
    Screening screening = Screening.on(Sample.SCREENING);
    ObjectNode cut = CutBundles.cut(whole, DataRequirements.of(Sample.checked()), screening);

    assertThat(CutBundles.ids(cut)).contains("Condition/prophylaxis");
    assertThat(
            CutBundles.differences(
                "mcrpc-01 with a reason", Sample.evaluator(), screening, whole, cut))
        .isEmpty();
  }

  @Test
  void queries_areOnePerFilterShape_withTheWindowsOfTheSample() {
    List<String> queries =
        SearchQueries.of(DataRequirements.of(Sample.checked()), "p1", Sample.SCREENING).stream()
            .map(SearchQueries.Query::text)
            .toList();

    assertThat(queries).first().isEqualTo("Patient?_id=p1");
    assertThat(queries)
        .contains(
            "Observation?patient=p1&code=http://loinc.org|2986-8,http://loinc.org|14913-8"
                + "&status=final,amended,corrected,unknown&date=ge2026-08-26");
    assertThat(queries)
        .anySatisfy(
            q ->
                assertThat(q)
                    .startsWith("Condition?patient=p1&code:below=")
                    .contains("http://hl7.org/fhir/sid/icd-10|C61")
                    .contains("http://hl7.org/fhir/sid/icd-10|C78"));
    assertThat(queries)
        .anySatisfy(
            q ->
                assertThat(q)
                    .startsWith("QuestionnaireResponse?patient=p1&status=completed,amended"));
    assertThat(queries).doesNotHaveDuplicates();
  }
}
