package dev.eligo.fhir;

import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;

/**
 * Maps an Immunization: the vaccine's codes, the status as written (not-done and entered-in-error
 * are kept, and never count), the day given ({@code occurrenceDateTime} as written, partial dates
 * kept as partial; {@code occurrenceString} gives no date and is a problem), the status reason and
 * whether the record comes from whoever gave the vaccine ({@code primarySource}).
 */
final class ImmunizationMapper {
  private ImmunizationMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Immunization fhir) {
    if (!context.isAboutPatient(fhir, fhir.getPatient(), "patient")) {
      return;
    }
    context
        .record()
        .add(
            new Immunization(
                context.ref(fhir),
                context.codes(fhir, "vaccineCode", fhir.getVaccineCode()),
                Statuses.required(
                    context,
                    fhir,
                    fhir.getStatusElement(),
                    ImmunizationStatus::fromCode,
                    ImmunizationStatus.UNKNOWN),
                context.startOf(fhir, "occurrence", fhir.getOccurrence()),
                context.codes(fhir, "statusReason", fhir.getStatusReason()),
                fhir.hasPrimarySourceElement() && fhir.getPrimarySourceElement().getValue() != null
                    ? fhir.getPrimarySource()
                    : null));
  }
}
