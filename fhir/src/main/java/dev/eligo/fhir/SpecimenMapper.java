package dev.eligo.fhir;

import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;

/**
 * Maps a Specimen: its type's codes, status as written, when it was collected ({@code
 * collection.collectedDateTime}, else {@code collection.collectedPeriod.start}) and the body site
 * it was collected from.
 */
final class SpecimenMapper {
  private SpecimenMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Specimen fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    context
        .record()
        .add(
            new Specimen(
                context.ref(fhir),
                context.codes(fhir, "type", fhir.getType()),
                Statuses.optional(context, fhir, fhir.getStatusElement(), SpecimenStatus::fromCode),
                context.startOf(fhir, "collection.collected", fhir.getCollection().getCollected()),
                context.codes(fhir, "collection.bodySite", fhir.getCollection().getBodySite())));
  }
}
