package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import java.util.Set;
import org.hl7.fhir.r4.model.MedicationStatement;

/**
 * Maps a MedicationStatement: status as written, {@code effective[x]} as the period (ongoing when
 * active with no end), routes from every {@code dosage.route}, reasons.
 */
final class MedicationStatementMapper {
  private MedicationStatementMapper() {}

  static void map(MappingContext context, MedicationStatement fhir) {
    MedicationFacts facts = new MedicationFacts(fhir, fhir.getSubject(), fhir.getStatusElement(), fhir.getMedication(),
        fhir.getEffective(), MedicationUses.routes(fhir.getDosage()), fhir.getReasonCode(), fhir.getReasonReference());
    MedicationUses.map(context, facts, Set.of(), (ctx, f, status) ->
        MedicationUses.effective(ctx, fhir, f.timing(), status == MedicationStatus.ACTIVE));
  }
}
