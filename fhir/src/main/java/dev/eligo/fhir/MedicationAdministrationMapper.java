package dev.eligo.fhir;

import dev.eligo.runtime.record.MedicationStatus;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.MedicationAdministration;

/**
 * Maps a MedicationAdministration: status as written, {@code effective[x]} as the period (ongoing
 * while in progress with no end) and its written end as the last dose, the route and dose of {@code
 * dosage}, reasons and status reasons.
 */
final class MedicationAdministrationMapper {
  private MedicationAdministrationMapper() {}

  static void map(MappingContext context, MedicationAdministration fhir) {
    MedicationFacts facts =
        new MedicationFacts(
            fhir,
            fhir.getSubject(),
            fhir.getStatusElement(),
            fhir.getMedication(),
            fhir.getEffective(),
            fhir.getDosage().hasRoute() ? List.of(fhir.getDosage().getRoute()) : List.of(),
            fhir.getReasonCode(),
            fhir.getReasonReference(),
            fhir.getStatusReason(),
            Dosages.ofAdministration(fhir.getDosage()));
    MedicationUses.map(
        context,
        facts,
        Set.of(),
        (ctx, f, status) -> {
          if (f.timing() == null || f.timing().isEmpty()) {
            ctx.problem(
                fhir,
                "effective[x] is missing (it is required), so when the drug was given is unknown");
            return null;
          }
          return MedicationUses.effective(
              ctx, fhir, f.timing(), status == MedicationStatus.IN_PROGRESS);
        },
        MedicationUses.lastDoseOf(fhir.getEffective()));
  }
}
