package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eligo.authoring.KindsProtocol;
import dev.eligo.runtime.Screening;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Library;
import org.hl7.fhir.r4.model.ParameterDefinition;
import org.junit.jupiter.api.Test;

/**
 * The requirements of record kinds beyond the sample's (specimens, encounters, reports, imaging
 * studies, medication dispenses), of a concept classified by one system, and of windows next to a
 * screening input: a Bundle with records in and out of each window, status and code set, cut to the
 * queries' results, screens as the whole Bundle; screening inputs are the Library's parameters and
 * no query's.
 */
class RecordKindsRequirementsTest {
  private static final Path DIRECTORY = KindsProtocol.DIRECTORY;
  private static final LocalDate S = LocalDate.of(2026, 11, 24);
  private static final Screening SCREENING =
      Screening.on(S)
          .with("consent", "2026-11-02")
          .with("arm", "expansion")
          .with("plannedDose", "120 mg");

  @Test
  void bundleCutToTheQueriesResults_screensAsTheWholeBundle() throws IOException {
    ObjectNode whole =
        (ObjectNode) CutBundles.JSON.readTree(DIRECTORY.resolve("p11.json").toFile());
    ObjectNode cut = CutBundles.cut(whole, DataRequirements.of(KindsProtocol.checked()), SCREENING);

    assertThat(CutBundles.differences("p11.json", KindsProtocol.evaluator(), SCREENING, whole, cut))
        .isEmpty();
    assertThat(CutBundles.ids(cut))
        .contains(
            "Observation/psa-old", // PSA's window lies before an input: all of its history is read
            "Specimen/tissue-recent",
            "Specimen/local-block", // coded only in an undeclared system
            "DiagnosticReport/pet-report",
            "DiagnosticReport/pet-report-issued-only", // no effective date
            "Encounter/admission",
            "Encounter/local-stay",
            "ImagingStudy/pet-ct",
            "ImagingStudy/ct", // procedure codes cannot be searched: every counting study
            "MedicationDispense/prednisolone",
            "Condition/colon-cancer",
            "Condition/lung-cancer-snomed") // SNOMED, but classified by ICD10 only
        .doesNotContain(
            "Observation/hb",
            "Specimen/tissue-2024",
            "Specimen/tissue-error",
            "Specimen/blood",
            "DiagnosticReport/pet-report-draft",
            "DiagnosticReport/pet-report-2025",
            "DiagnosticReport/ct-report",
            "Encounter/admission-2025",
            "Encounter/clinic-visit",
            "Encounter/planned-admission",
            "ImagingStudy/pet-ct-old",
            "ImagingStudy/pet-ct-cancelled",
            "MedicationDispense/prednisolone-waiting",
            "MedicationDispense/metformin");
    // Fetched though never read: an excluded code (C61 of C00-C96 except C61) cannot be searched
    // away, since a record with an excluded code may carry an included one too.
    assertThat(CutBundles.ids(cut)).contains("Condition/prostate-cancer");
  }

  @Test
  void queries_ofTheNewRecordKinds() {
    List<String> queries =
        SearchQueries.of(DataRequirements.of(KindsProtocol.checked()), "p11", S).stream()
            .map(SearchQueries.Query::text)
            .toList();

    assertThat(queries)
        .contains(
            "Observation?patient=p11&code=http://loinc.org|2857-1&status=final,amended,corrected,unknown",
            "Specimen?patient=p11&type=http://snomed.info/sct|1222707004&status=available,unavailable,unsatisfactory"
                + "&collected=ge2025-11-24",
            "Encounter?patient=p11&class=http://terminology.hl7.org/CodeSystem/v3-ActCode|IMP"
                + "&status=arrived,triaged,in-progress,onleave,finished,unknown&date=ge2026-10-27",
            "DiagnosticReport?patient=p11&code=http://loinc.org|81555-5&status=final,amended,corrected,appended,unknown"
                + "&date=ge2026-08-24",
            "ImagingStudy?patient=p11&status=available,unknown&started=ge2026-10-13",
            "MedicationDispense?patient=p11&code:below=http://www.whocc.no/atc|H02AB"
                + "&status=completed,stopped,unknown&_include=MedicationDispense:medication");
    assertThat(queries)
        .anySatisfy(
            q ->
                assertThat(q)
                    .startsWith("Encounter?patient=p11&status=")
                    .contains("&class:not=http://snomed.info/sct|")
                    .contains("&type:not=http://snomed.info/sct|"));
    assertThat(queries)
        .anySatisfy(
            q ->
                assertThat(q)
                    .startsWith("Condition?patient=p11&")
                    .endsWith("&code:not=http://hl7.org/fhir/sid/icd-10|"));
    // weight is read only in the body of heavierThan(limit), a definition with parameters.
    assertThat(queries)
        .contains(
            "Observation?patient=p11&code=http://loinc.org|29463-7"
                + "&status=final,amended,corrected,unknown&date=ge2026-08-24");
    assertThat(String.join("\n", queries))
        .doesNotContain("consent")
        .doesNotContain("expansion")
        .doesNotContain("plannedDose")
        .doesNotContain("2026-11-02");
  }

  @Test
  void screeningInputs_areTheLibrarysParameters() {
    Library library = DataRequirementLibrary.of(DataRequirements.of(KindsProtocol.checked()), null);

    assertThat(library.getParameter())
        .extracting(
            ParameterDefinition::getName,
            ParameterDefinition::getType,
            p -> p.getUse().toCode(),
            ParameterDefinition::getDocumentation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "consent", "date", "in", "the date of informed consent"),
            org.assertj.core.groups.Tuple.tuple("arm", "Coding", "in", "the arm being filled"),
            org.assertj.core.groups.Tuple.tuple(
                "plannedDose", "Quantity", "in", "the planned first dose"));
    assertThat(library.getDataRequirement())
        .extracting(r -> r.getId())
        .contains(
            "hospitalStay-Encounter-class",
            "hospitalStay-Encounter-type",
            "archivalTissue-Specimen",
            "steroid-MedicationDispense",
            "petCt-ImagingStudy",
            "psmaPet-DiagnosticReport");
  }
}
