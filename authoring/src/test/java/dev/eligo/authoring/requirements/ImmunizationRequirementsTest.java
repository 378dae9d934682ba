package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.source.SourceFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search a protocol reading immunizations asks a FHIR server for. */
class ImmunizationRequirementsTest {
  private static final String PROTOCOL =
      """
      protocol NCT00000012
      codesystem CVX = "http://hl7.org/fhir/sid/cvx"
      immunization liveVaccine "live vaccine": CVX {03, 21}
      exclusion E9 "A live vaccine within 4 weeks."
        = exists (liveVaccine within 4 weeks before screening)
      """;

  @Test
  void liveVaccineWithinFourWeeks_searchesImmunizationsByVaccineCodeCountingStatusAndDate() {
    CheckedFile checked =
        EligoCompiler.analyze(new SourceFile("vaccines.eligo", PROTOCOL))
            .checkedFile()
            .orElseThrow();

    List<String> queries =
        SearchQueries.of(DataRequirements.of(checked), "p12", LocalDate.of(2026, 11, 24)).stream()
            .map(SearchQueries.Query::text)
            .toList();

    // By code, counting statuses and the window; records coded in no declared system (unclassified)
    // and undated records too, since either may belong.
    String codes = "vaccine-code=http://hl7.org/fhir/sid/cvx|03,http://hl7.org/fhir/sid/cvx|21";
    String unclassified = "vaccine-code:not=http://hl7.org/fhir/sid/cvx|";
    assertThat(queries)
        .containsExactly(
            "Patient?_id=p12",
            "Immunization?patient=p12&" + codes + "&status=completed,unknown&date=ge2026-10-27",
            "Immunization?patient=p12&status=completed,unknown&date=ge2026-10-27&" + unclassified,
            "Immunization?patient=p12&" + codes + "&status=completed,unknown&date:missing=true",
            "Immunization?patient=p12&status=completed,unknown&date:missing=true&" + unclassified);
  }
}
