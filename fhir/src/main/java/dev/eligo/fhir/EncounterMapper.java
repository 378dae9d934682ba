package dev.eligo.fhir;

import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import java.util.List;

/**
 * Maps an Encounter: its class and types, status as written, and its period (ongoing while it has
 * begun and not finished and no end is written).
 */
final class EncounterMapper {
  private EncounterMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Encounter fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    EncounterStatus status =
        Statuses.required(
            context,
            fhir,
            fhir.getStatusElement(),
            EncounterStatus::fromCode,
            EncounterStatus.UNKNOWN);
    context
        .record()
        .add(
            new Encounter(
                context.ref(fhir),
                fhir.hasClass_()
                    ? context.codesOf(fhir, "class", List.of(fhir.getClass_()))
                    : List.of(),
                context.codes(fhir, "type", fhir.getType()),
                status,
                context.period(fhir, "period", fhir.getPeriod(), status.isOngoing())));
  }
}
