package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * Maps a MedicationRequest. The data dictionary makes only an active request a use, ongoing from
 * {@code authoredOn}; so active and unknown requests are mapped that way, and requests that never
 * count (draft, cancelled, entered-in-error) are mapped with their status so results can show them
 * as ignored. Completed, stopped and on-hold requests say nothing about when the drug was taken and
 * are not mapped: the dictionary does not make them uses, and an ongoing period would be false.
 */
final class MedicationRequestMapper {
  private static final Set<MedicationStatus> NOT_USES =
      EnumSet.of(MedicationStatus.COMPLETED, MedicationStatus.STOPPED, MedicationStatus.ON_HOLD);

  private MedicationRequestMapper() {}

  static void map(MappingContext context, MedicationRequest fhir) {
    MedicationFacts facts =
        new MedicationFacts(
            fhir,
            fhir.getSubject(),
            fhir.getStatusElement(),
            fhir.getMedication(),
            fhir.getAuthoredOnElement(),
            MedicationUses.routes(fhir.getDosageInstruction()),
            fhir.getReasonCode(),
            fhir.getReasonReference(),
            fhir.hasStatusReason() ? List.of(fhir.getStatusReason()) : List.of(),
            Dosages.of(fhir.getDosageInstruction()));
    MedicationUses.map(
        context,
        facts,
        NOT_USES,
        (ctx, f, status) -> {
          if (fhir.getAuthoredOnElement().getValueAsString() == null) {
            ctx.problem(fhir, "authoredOn is missing; the period of use is unknown");
            return null;
          }
          RecordDate authored = ctx.date(fhir, "authoredOn", fhir.getAuthoredOnElement());
          return authored == null ? null : RecordPeriod.ongoingFrom(authored);
        });
  }
}
