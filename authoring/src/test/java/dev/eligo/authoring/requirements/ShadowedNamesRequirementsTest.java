package dev.eligo.authoring.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * A name that a definition with parameters binds with {@code let} may also read the concept of that
 * name elsewhere in the body; the requirements must not lose the concept, since screening maps only
 * what they name.
 */
class ShadowedNamesRequirementsTest {
  @Test
  void aConceptReadBesideALetOfItsName_isStillRequired() {
    CheckedFile checked =
        EligoCompiler.analyze(
                new SourceFile(
                    "shadow.eligo",
                    """
                    protocol NCT00000013
                    codesystem LOINC = "http://loinc.org"
                    codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10"
                    observation psa "PSA": LOINC {2857-1} quantity 'ng/mL'
                    condition cancer "cancer": ICD10 {C61}
                    define f(limit) "f" = (let psa = limit in psa > 1) and exists psa
                    inclusion I1 "cancer and psa" = exists cancer and f(2)
                    """))
            .checkedFile()
            .orElseThrow();

    assertThat(DataRequirements.of(checked).resourceTypes())
        .containsExactly("Patient", "Observation", "Condition");
  }
}
