package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import java.util.Set;
import org.hl7.fhir.r4.model.MedicationStatement;

/**
 * Maps a MedicationStatement: status as written, {@code effective[x]} as the period (ongoing when
 * active with no end) and its written end as the last dose, routes from every {@code dosage.route},
 * doses and frequencies, reasons and status reasons.
 */
final class MedicationStatementMapper {
  private MedicationStatementMapper() {}

  static void map(MappingContext context, MedicationStatement fhir) {
    MedicationFacts facts =
        new MedicationFacts(
            fhir,
            fhir.getSubject(),
            fhir.getStatusElement(),
            fhir.getMedication(),
            fhir.getEffective(),
            MedicationUses.routes(fhir.getDosage()),
            fhir.getReasonCode(),
            fhir.getReasonReference(),
            fhir.getStatusReason(),
            Dosages.of(fhir.getDosage()));
    MedicationUses.map(
        context,
        facts,
        Set.of(),
        (ctx, f, status) ->
            MedicationUses.effective(ctx, fhir, f.timing(), status == MedicationStatus.ACTIVE),
        MedicationUses.lastDoseOf(fhir.getEffective()));
  }
}
