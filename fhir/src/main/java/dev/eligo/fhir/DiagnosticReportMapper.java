package dev.eligo.fhir;

import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.ReportStatus;

/**
 * Maps a DiagnosticReport: its code, status as written, when the investigation was made ({@code
 * effectiveDateTime}, else {@code effectivePeriod.start}), when it was issued, and the coded
 * conclusion ({@code conclusionCode}).
 */
final class DiagnosticReportMapper {
  private DiagnosticReportMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.DiagnosticReport fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    context
        .record()
        .add(
            new DiagnosticReport(
                context.ref(fhir),
                context.codes(fhir, "code", fhir.getCode()),
                Statuses.required(
                    context,
                    fhir,
                    fhir.getStatusElement(),
                    ReportStatus::fromCode,
                    ReportStatus.UNKNOWN),
                context.startOf(fhir, "effective", fhir.getEffective()),
                context.date(fhir, "issued", fhir.getIssuedElement()),
                context.codes(fhir, "conclusionCode", fhir.getConclusionCode())));
  }
}
