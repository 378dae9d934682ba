package dev.eligo.authoring.questionnaire;

import ca.uhn.fhir.context.FhirContext;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Header;
import dev.eligo.compiler.check.CheckedFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The investigator's questionnaire of a protocol, as a FHIR R4 {@code Questionnaire}: one yes/no
 * item per attestation the criteria read, its link id the one the criteria file declares, its text
 * the attestation's label; under it, for the investigator, the protocol text of each criterion that
 * reads it. A {@code QuestionnaireResponse} to it, in the patient's data, decides those criteria.
 */
public final class AttestationQuestionnaire {
  private AttestationQuestionnaire() {}

  /**
   * The Questionnaire.
   *
   * @param url its canonical URL, which responses name in {@code questionnaire}; {@code null} for
   *     none
   */
  public static Questionnaire of(CheckedFile file, String url) {
    Header header = file.ast().header();
    Questionnaire questionnaire = new Questionnaire();
    String name = header.protocolId().replaceAll("[^A-Za-z0-9_]", "_");
    questionnaire.setId(name.replace('_', '-') + "-attestations");
    if (url != null) {
      questionnaire.setUrl(url);
    }
    if (header.version() != null) {
      questionnaire.setVersion(header.version());
    }
    questionnaire.setName(name + "Attestations");
    questionnaire.setTitle(
        "Investigator attestations for "
            + header.protocolId()
            + (header.title() == null ? "" : ": " + header.title()));
    questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
    questionnaire.addSubjectType("Patient");
    Map<DataDeclaration, List<Criterion>> using = CriteriaUsing.of(file);
    for (DataDeclaration declaration : file.ast().declarations(DataDeclaration.class)) {
      if (!(declaration instanceof DataDeclaration.AttestationDeclaration attestation)
          || !using.containsKey(declaration)) {
        continue;
      }
      Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem();
      item.setLinkId(attestation.linkId());
      item.setText(sentence(attestation.label()));
      item.setType(Questionnaire.QuestionnaireItemType.BOOLEAN);
      for (Criterion criterion : using.get(declaration)) {
        Questionnaire.QuestionnaireItemComponent text = item.addItem();
        text.setLinkId(attestation.linkId() + "." + criterion.name().text());
        text.setType(Questionnaire.QuestionnaireItemType.DISPLAY);
        text.setText(
            (criterion.kind() == Criterion.Kind.INCLUSION ? "Inclusion " : "Exclusion ")
                + criterion.name().text()
                + ": "
                + criterion.text());
      }
    }
    return questionnaire;
  }

  /** The Questionnaire as JSON. */
  public static String json(CheckedFile file, String url) {
    return FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(of(file, url))
        + "\n";
  }

  private static String sentence(String label) {
    return label.isEmpty()
        ? label
        : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + "?";
  }
}
