package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.authoring.Sample;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The requirements of the sample, as search queries, fetch what screening reads: each of the 27
 * sample Bundles, cut down to the resources the queries return (run by {@link SearchMatcher} as a
 * server would), screens to the same verdict, and the same result of every criterion and part
 * resting on the same records, as the whole Bundle; and the queries leave out resources screening
 * does not read.
 */
class SearchQueriesFetchWhatScreeningReadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sampleBundlesCutToTheQueriesResults_screenAsTheWholeBundles() throws IOException {
    DataRequirements requirements = DataRequirements.of(Sample.checked());
    List<Path> bundles;
    try (Stream<Path> files = Files.list(Sample.PATIENTS)) {
      bundles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(bundles).hasSize(27);
    int kept = 0;
    int total = 0;
    List<String> differences = new ArrayList<>();
    for (Path bundle : bundles) {
      ObjectNode whole = (ObjectNode) JSON.readTree(bundle.toFile());
      ObjectNode cut = cut(whole, requirements);
      kept += cut.path("entry").size();
      total += whole.path("entry").size();
      List<String> wholeResult = outcomes(screen(bundle.getFileName().toString(), whole));
      List<String> cutResult = outcomes(screen(bundle.getFileName().toString(), cut));
      for (int i = 0; i < wholeResult.size(); i++) {
        if (!wholeResult.get(i).equals(cutResult.get(i))) {
          differences.add(bundle.getFileName() + "\n  whole: " + wholeResult.get(i) + "\n  cut:   " + cutResult.get(i));
        }
      }
    }
    assertThat(differences).as("results that differ when a Bundle is cut to the queries' results").isEmpty();
    assertThat(kept).as("resources kept of %d", total).isLessThan(total);
  }

  @Test
  void queries_areOnePerFilterShape_withTheWindowsOfTheSample() {
    List<String> queries = SearchQueries.of(DataRequirements.of(Sample.checked()), "p1", Sample.SCREENING).stream()
        .map(SearchQueries.Query::text).toList();

    assertThat(queries).first().isEqualTo("Patient?_id=p1");
    assertThat(queries).contains("Observation?patient=p1&code=http://loinc.org|2986-8,http://loinc.org|14913-8"
        + "&status=final,amended,corrected,unknown&date=ge2026-08-26");
    assertThat(queries).anySatisfy(q -> assertThat(q).startsWith("Condition?patient=p1&code:below=")
        .contains("http://hl7.org/fhir/sid/icd-10|C61").contains("http://hl7.org/fhir/sid/icd-10|C78"));
    assertThat(queries).anySatisfy(q -> assertThat(q).startsWith("QuestionnaireResponse?patient=p1&status=completed,amended"));
    assertThat(queries).doesNotHaveDuplicates();
  }

  /** The Bundle with only the Patient, the resources some query returns, and what they include. */
  private static ObjectNode cut(ObjectNode bundle, DataRequirements requirements) {
    String patientId = null;
    for (JsonNode entry : bundle.path("entry")) {
      if (entry.path("resource").path("resourceType").asText().equals("Patient")) {
        patientId = entry.path("resource").path("id").asText();
      }
    }
    List<String> queries = SearchQueries.of(requirements, patientId, Sample.SCREENING).stream()
        .map(SearchQueries.Query::text).toList();
    List<JsonNode> entries = new ArrayList<>();
    bundle.path("entry").forEach(entries::add);
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode entry : entries) {
      JsonNode resource = entry.path("resource");
      for (String query : queries) {
        if (SearchMatcher.matches(query, resource)) {
          kept.add(entry);
          for (String include : SearchMatcher.includes(query)) {
            included(include, resource, entries).forEach(kept::add);
          }
        }
      }
    }
    ObjectNode copy = bundle.deepCopy();
    ArrayNode keptEntries = copy.putArray("entry");
    entries.stream().filter(e -> kept.stream().anyMatch(k -> k == e)).forEach(keptEntries::add);
    return copy;
  }

  private static List<JsonNode> included(String include, JsonNode resource, List<JsonNode> entries) {
    String element = include.endsWith(":medication") ? "medicationReference" : "study";
    String reference = resource.path(element).path("reference").asText("");
    return entries.stream().filter(e -> !reference.isEmpty() && (e.path("fullUrl").asText().equals(reference)
        || reference.equals(e.path("resource").path("resourceType").asText() + "/" + e.path("resource").path("id").asText())))
        .collect(Collectors.toList());
  }

  private static ScreeningResult screen(String name, JsonNode bundle) throws IOException {
    PatientReadResult read = PatientSources.bundleJson(name, JSON.writeValueAsBytes(bundle));
    assertThat(read).as(name).isInstanceOf(MappedPatient.class);
    return Sample.evaluator().screen(((MappedPatient) read).record(), Sample.SCREENING);
  }

  /**
   * The verdict, and per criterion and part its outcome and the records it rests on: used, not
   * classifiable, unusable. Records ignored (a status that never counts, a date after screening)
   * are left out: the queries need not fetch them.
   */
  private static List<String> outcomes(ScreeningResult result) {
    List<String> out = new ArrayList<>();
    out.add("verdict " + result.verdict());
    for (CriterionResult c : result.criteria()) {
      out.add(c.id() + " " + c.outcome() + " " + readRecords(c.truth()));
      c.parts().forEach(p -> out.add(p.id() + " " + p.outcome() + " " + readRecords(p.truth())));
    }
    return out;
  }

  private static Set<String> readRecords(Truth truth) {
    Set<String> records = new TreeSet<>();
    Evidence evidence = truth.evidence();
    evidence.used().forEach(r -> records.add(r.toString()));
    evidence.unclassified().forEach(n -> records.add("unclassified " + n.ref()));
    evidence.unusable().forEach(n -> records.add("unusable " + n.ref()));
    truth.because().forEach(t -> records.addAll(readRecords(t)));
    return records;
  }
}
