package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import java.util.List;
import org.hl7.fhir.r4.model.MedicationAdministration;

/**
 * Maps a MedicationAdministration: status as written, {@code effective[x]} as the period (ongoing
 * while in progress with no end), the route of {@code dosage.route}, reasons.
 */
final class MedicationAdministrationMapper {
  private MedicationAdministrationMapper() {}

  static void map(MappingContext context, MedicationAdministration fhir) {
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
        MedicationUses.effective(context, fhir, fhir.getEffective(), status == MedicationStatus.IN_PROGRESS),
        fhir.getDosage().hasRoute() ? List.of(fhir.getDosage().getRoute()) : List.of(),
        fhir.getReasonCode(),
        fhir.getReasonReference());
  }
}
