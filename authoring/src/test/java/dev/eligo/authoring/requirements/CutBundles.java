package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Truth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A patient's Bundle cut down to what the requirements' search queries return (run by {@link
 * SearchMatcher} as a server would), and the comparison of screening on the cut and the whole
 * Bundle.
 */
final class CutBundles {
  static final ObjectMapper JSON = new ObjectMapper();

  private CutBundles() {}

  /** The Bundle with only the Patient, the resources some query returns, and what they include. */
  static ObjectNode cut(ObjectNode bundle, DataRequirements requirements, Screening screening) {
    String patientId = null;
    for (JsonNode entry : bundle.path("entry")) {
      if (entry.path("resource").path("resourceType").asText().equals("Patient")) {
        patientId = entry.path("resource").path("id").asText();
      }
    }
    List<String> queries =
        SearchQueries.of(requirements, patientId, screening.date()).stream()
            .map(SearchQueries.Query::text)
            .toList();
    List<JsonNode> entries = new ArrayList<>();
    bundle.path("entry").forEach(entries::add);
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode entry : entries) {
      JsonNode resource = entry.path("resource");
      for (String query : queries) {
        if (SearchMatcher.matches(query, resource)) {
          kept.add(entry);
          for (String include : SearchMatcher.includes(query)) {
            kept.addAll(included(include, resource, entries));
          }
        }
      }
    }
    ObjectNode copy = bundle.deepCopy();
    ArrayNode keptEntries = copy.putArray("entry");
    entries.stream().filter(e -> kept.stream().anyMatch(k -> k == e)).forEach(keptEntries::add);
    return copy;
  }

  /** The ids of the resources of a Bundle, as {@code Type/id}. */
  static List<String> ids(JsonNode bundle) {
    List<String> ids = new ArrayList<>();
    bundle
        .path("entry")
        .forEach(
            e ->
                ids.add(
                    e.path("resource").path("resourceType").asText()
                        + "/"
                        + e.path("resource").path("id").asText()));
    return ids;
  }

  /** Lines of the results that differ between screening the whole Bundle and the cut one. */
  static List<String> differences(
      String name, ProtocolEvaluator evaluator, Screening screening, JsonNode whole, JsonNode cut)
      throws IOException {
    List<String> wholeResult = outcomes(screen(name, evaluator, screening, whole));
    List<String> cutResult = outcomes(screen(name, evaluator, screening, cut));
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < wholeResult.size(); i++) {
      if (!wholeResult.get(i).equals(cutResult.get(i))) {
        differences.add(
            name + "\n  whole: " + wholeResult.get(i) + "\n  cut:   " + cutResult.get(i));
      }
    }
    return differences;
  }

  private static List<JsonNode> included(
      String include, JsonNode resource, List<JsonNode> entries) {
    String element = include.endsWith(":medication") ? "medicationReference" : "study";
    String reference = resource.path(element).path("reference").asText("");
    return entries.stream()
        .filter(
            e ->
                !reference.isEmpty()
                    && (e.path("fullUrl").asText().equals(reference)
                        || reference.equals(
                            e.path("resource").path("resourceType").asText()
                                + "/"
                                + e.path("resource").path("id").asText())))
        .collect(Collectors.toList());
  }

  private static ScreeningResult screen(
      String name, ProtocolEvaluator evaluator, Screening screening, JsonNode bundle)
      throws IOException {
    PatientReadResult read = PatientSources.bundleJson(name, JSON.writeValueAsBytes(bundle));
    assertThat(read).as(name).isInstanceOf(MappedPatient.class);
    return evaluator.screen(((MappedPatient) read).record(), screening);
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
