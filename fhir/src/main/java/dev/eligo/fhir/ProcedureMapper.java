package dev.eligo.fhir;

import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;

/**
 * Maps a Procedure: codes, status as written and when it was performed ({@code performedDateTime}
 * as one day, or {@code performedPeriod}; an open period is ongoing only while in progress), body
 * site, and reasons ({@code reasonCode}, and the records {@code reasonReference} names).
 */
final class ProcedureMapper {
  private ProcedureMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Procedure fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    ProcedureStatus status =
        Statuses.required(
            context,
            fhir,
            fhir.getStatusElement(),
            ProcedureStatus::fromCode,
            ProcedureStatus.UNKNOWN);
    context
        .record()
        .add(
            new Procedure(
                context.ref(fhir),
                context.codes(fhir, "code", fhir.getCode()),
                status,
                context.occurrence(
                    fhir, "performed", fhir.getPerformed(), status == ProcedureStatus.IN_PROGRESS),
                context.codes(fhir, "bodySite", fhir.getBodySite()),
                context.codes(fhir, "reasonCode", fhir.getReasonCode()),
                MedicationUses.reasons(context, fhir, fhir.getReasonReference())));
  }
}
