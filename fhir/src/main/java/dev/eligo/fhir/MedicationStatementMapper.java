package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import org.hl7.fhir.r4.model.MedicationStatement;

/**
 * Maps a MedicationStatement: status as written, {@code effective[x]} as the period (ongoing when
 * active with no end), routes from every {@code dosage.route}, reasons.
 */
final class MedicationStatementMapper {
  private MedicationStatementMapper() {}

  static void map(MappingContext context, MedicationStatement fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    MedicationStatus status = Statuses.required(
        context, fhir, fhir.getStatusElement(), MedicationStatus::fromCode, MedicationStatus.UNKNOWN);
    MedicationUses.add(
        context,
        fhir,
        status,
        fhir.getMedication(),
        MedicationUses.effective(context, fhir, fhir.getEffective(), status == MedicationStatus.ACTIVE),
        MedicationUses.routes(fhir.getDosage()),
        fhir.getReasonCode(),
        fhir.getReasonReference());
  }
}
