package dev.eligo.fhir;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.VerificationStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;

/**
 * Maps an AllergyIntolerance: the substance's codes ({@code code}, then each {@code
 * reaction.substance}), clinical and verification status as written, type, category, criticality,
 * recorded date, and each reaction's manifestations and severity.
 */
final class AllergyMapper {
  private AllergyMapper() {}

  static void map(MappingContext context, AllergyIntolerance fhir) {
    if (!context.isAboutPatient(fhir, fhir.getPatient(), "patient")) {
      return;
    }
    Set<Coding> codes = new LinkedHashSet<>(context.codes(fhir, "code", fhir.getCode()));
    for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : fhir.getReaction()) {
      codes.addAll(context.codes(fhir, "reaction.substance", reaction.getSubstance()));
    }
    context
        .record()
        .add(
            new Allergy(
                context.ref(fhir),
                new ArrayList<>(codes),
                Statuses.concept(
                    context,
                    fhir,
                    "clinicalStatus",
                    fhir.getClinicalStatus(),
                    ClinicalStatus::fromCode),
                Statuses.concept(
                    context,
                    fhir,
                    "verificationStatus",
                    fhir.getVerificationStatus(),
                    VerificationStatus::fromCode),
                fhir.getTypeElement().getValue() == null
                    ? null
                    : fhir.getTypeElement().getValueAsString(),
                context.date(fhir, "recordedDate", fhir.getRecordedDateElement()),
                categories(fhir),
                fhir.getCriticalityElement().getValue() == null
                    ? null
                    : fhir.getCriticalityElement().getValueAsString(),
                reactions(context, fhir)));
  }

  private static List<String> categories(AllergyIntolerance fhir) {
    List<String> categories = new ArrayList<>();
    fhir.getCategory().stream()
        .filter(c -> c.getValue() != null)
        .forEach(c -> categories.add(c.getValueAsString()));
    return categories;
  }

  private static List<AllergyReaction> reactions(MappingContext context, AllergyIntolerance fhir) {
    List<AllergyReaction> reactions = new ArrayList<>();
    for (AllergyIntolerance.AllergyIntoleranceReactionComponent reaction : fhir.getReaction()) {
      reactions.add(
          new AllergyReaction(
              context.codes(fhir, "reaction.manifestation", reaction.getManifestation()),
              reaction.getSeverityElement().getValue() == null
                  ? null
                  : reaction.getSeverityElement().getValueAsString()));
    }
    return reactions;
  }
}
