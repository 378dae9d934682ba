package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screening maps only the resource types the protocol's data requirements name. For every sample
 * patient of every example protocol that gives the same verdicts, criteria, explanations and
 * missing data as mapping everything ({@code --read-all}); only problems found in resources no
 * criterion reads may be left unsaid.
 */
class ReadScopeScreeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "examples/mcrpc/src/main/eligo/NCT07298239.eligo",
            "2026-11-24",
            List.of(),
            "examples/mcrpc/patients"),
        Arguments.of(
            "examples/nephropathy/src/main/eligo/NCT00977977.eligo",
            "2026-10-06",
            List.of("treatmentStart=2026-11-03"),
            "examples/nephropathy/patients"),
        Arguments.of(
            "examples/her2low/src/main/eligo/NCT06224673.eligo",
            "2026-03-16",
            List.of("cohort=1", "enrollmentDate=2026-03-18", "firstDose=2026-03-20"),
            "examples/her2low/patients/cohort-1"),
        // The mCRPC protocol reads no Specimen or DiagnosticReport: these patients have both.
        Arguments.of(
            "examples/mcrpc/src/main/eligo/NCT07298239.eligo",
            "2026-03-16",
            List.of(),
            "examples/her2low/patients/cohort-1"));
  }

  @ParameterizedTest(name = "{0} on {3}")
  @MethodSource("examples")
  void readingWhatTheProtocolReads_screensAsReadingEverything(
      String protocol, String asOf, List<String> inputs, String patients) throws Exception {
    JsonNode scoped = screen(protocol, asOf, inputs, patients, false);
    JsonNode everything = screen(protocol, asOf, inputs, patients, true);

    assertThat(scoped.path("patients").size()).isGreaterThan(3);
    assertThat(withoutProblems(scoped)).isEqualTo(withoutProblems(everything));
    for (int i = 0; i < everything.path("patients").size(); i++) {
      List<String> kept = texts(scoped.path("patients").get(i).path("problems"));
      assertThat(texts(everything.path("patients").get(i).path("problems"))).containsAll(kept);
    }
  }

  @org.junit.jupiter.api.Test
  void theSampleProtocol_readsItsOwnTypesAndWhatTheyReferTo() throws Exception {
    dev.eligo.runtime.ProtocolEvaluator evaluator =
        dev.eligo.cli.load.ProtocolLoader.load(
            Cli.PROTOCOL, new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertThat(dev.eligo.fhir.ReadScope.of(evaluator.protocol()))
        .hasToString(
            "AllergyIntolerance, Condition, Medication, MedicationAdministration,"
                + " MedicationDispense, MedicationRequest, MedicationStatement, Observation,"
                + " Patient, Procedure, QuestionnaireResponse, ResearchStudy, ResearchSubject");
  }

  /**
   * A protocol that reads anti-infectives and their reasons, and no condition of its own: the
   * Condition a statement gives as its reason is still read, so the reason is known.
   */
  @org.junit.jupiter.api.Test
  void aReasonsCondition_isReadForAProtocolReadingNoConditions(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path protocol = dir.resolve("reasons.eligo");
    java.nio.file.Files.writeString(
        protocol,
        """
        protocol NCT00000014
        codesystem ATC = "http://www.whocc.no/atc" matching prefix
        codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10"
        valueset infectionCodes "infection" = ICD10 {A00-B99}
        medication antiInfective "anti-infective": ATC {J05}
        exclusion E1 "An anti-infective for an infection at screening."
          = exists (antiInfective at screening where (reason is unknown or reason in infectionCodes))
        """);
    java.nio.file.Path bundle = dir.resolve("p1.json");
    java.nio.file.Files.writeString(
        bundle,
        bundleOf(
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1960-01-01\"}",
            "{\"resourceType\":\"Condition\",\"id\":\"z\",\"subject\":{\"reference\":\"Patient/p1\"},"
                + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"Z29.2\"}]}}",
            "{\"resourceType\":\"MedicationStatement\",\"id\":\"v\",\"status\":\"active\","
                + "\"subject\":{\"reference\":\"Patient/p1\"},\"effectivePeriod\":{\"start\":\"2026-06-01\"},"
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\","
                + "\"code\":\"J05AB11\"}]},\"reasonReference\":[{\"reference\":\"Condition/z\"}]}"));

    JsonNode scoped =
        screen(protocol.toString(), "2026-11-24", List.of(), bundle.toString(), false);

    assertThat(scoped.path("patients").get(0).path("verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(withoutProblems(scoped))
        .isEqualTo(
            withoutProblems(
                screen(protocol.toString(), "2026-11-24", List.of(), bundle.toString(), true)));
  }

  private static JsonNode screen(
      String protocol, String asOf, List<String> inputs, String patients, boolean readAll)
      throws Exception {
    List<String> args =
        new ArrayList<>(List.of("screen", "--protocol", Cli.ROOT.resolve(protocol).toString()));
    args.addAll(List.of("--as-of", asOf, "--format", "json"));
    inputs.forEach(input -> args.addAll(List.of("--input", input)));
    if (readAll) {
      args.add("--read-all");
    }
    args.add(Cli.ROOT.resolve(patients).toString());
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static String bundleOf(String... resources) {
    StringBuilder json =
        new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append('}');
    }
    return json.append("]}").toString();
  }

  private static JsonNode withoutProblems(JsonNode report) {
    JsonNode copy = report.deepCopy();
    copy.path("patients").forEach(patient -> ((ObjectNode) patient).remove("problems"));
    return copy;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.toString()));
    return texts;
  }
}
