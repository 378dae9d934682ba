package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ResearchParticipation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchSubject;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a ResearchSubject: status as written, {@code period}, and the identifiers of its study, with
 * their systems (the values of the referenced ResearchStudy's identifiers, found in the Bundle or
 * contained, and of an identifier written in the reference itself), so the runtime can tell the
 * protocol's own study apart.
 */
final class ResearchSubjectMapper {
  private ResearchSubjectMapper() {}

  static void map(MappingContext context, ResearchSubject fhir) {
    if (!context.isAboutPatient(fhir, fhir.getIndividual(), "individual")) {
      return;
    }
    String status = fhir.getStatusElement().getValueAsString();
    if (status == null) {
      context.problem(fhir, "status is missing; it was read as unknown");
      status = "unknown";
    }
    List<Coding> studies = studies(context, fhir);
    List<String> identifiers = new ArrayList<>();
    studies.stream()
        .map(Coding::code)
        .filter(id -> !identifiers.contains(id))
        .forEach(identifiers::add);
    context
        .record()
        .add(
            new ResearchParticipation(
                context.ref(fhir),
                status,
                identifiers,
                context.period(fhir, "period", fhir.getPeriod(), true),
                studies));
  }

  /** The study's identifiers, each as its system and value. */
  private static List<Coding> studies(MappingContext context, ResearchSubject fhir) {
    Reference study = fhir.getStudy();
    List<Coding> identifiers = new ArrayList<>();
    if (study.hasIdentifier() && study.getIdentifier().hasValue()) {
      identifiers.add(coding(study.getIdentifier()));
    }
    Optional<Resource> target = context.resolve(fhir, study);
    if (target.isPresent() && target.get() instanceof ResearchStudy) {
      for (Identifier identifier : ((ResearchStudy) target.get()).getIdentifier()) {
        if (identifier.hasValue() && !identifiers.contains(coding(identifier))) {
          identifiers.add(coding(identifier));
        }
      }
    } else if (identifiers.isEmpty()) {
      context.problem(
          fhir,
          "study "
              + (study.hasReference() ? "'" + study.getReference() + "' " : "")
              + "names no ResearchStudy in the Bundle and no identifier; which study it is is unknown");
    }
    return identifiers;
  }

  private static Coding coding(Identifier identifier) {
    return new Coding(
        identifier.hasSystem() ? identifier.getSystem() : "", identifier.getValue(), null);
  }
}
