package dev.eligo.fhir;

import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps a Procedure: codes, status as written and when it was performed ({@code performedDateTime}
 * as one day, or {@code performedPeriod}; an open period is ongoing only while in progress).
 */
final class ProcedureMapper {
  private ProcedureMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Procedure fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    ProcedureStatus status = Statuses.required(
        context, fhir, fhir.getStatusElement(), ProcedureStatus::fromCode, ProcedureStatus.UNKNOWN);
    context.record().add(new Procedure(
        context.ref(fhir), FhirValues.codings(fhir.getCode()), status, performed(context, fhir, status)));
  }

  private static RecordPeriod performed(
      MappingContext context, org.hl7.fhir.r4.model.Procedure fhir, ProcedureStatus status) {
    Type performed = fhir.getPerformed();
    if (performed == null || performed.isEmpty()) {
      return null;
    }
    if (performed instanceof DateTimeType) {
      RecordDate day = context.date(fhir, "performedDateTime", (DateTimeType) performed);
      return day == null ? null : RecordPeriod.on(day);
    }
    if (performed instanceof Period) {
      return context.period(fhir, "performedPeriod", (Period) performed, status == ProcedureStatus.IN_PROGRESS);
    }
    context.problem(fhir, "performed[x] of type " + performed.fhirType() + " gives no date; the date is unknown");
    return null;
  }
}
