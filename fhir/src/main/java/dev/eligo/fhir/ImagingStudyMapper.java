package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an ImagingStudy: its procedure codes, the modalities and body sites of its series (and the
 * study's own {@code modality} list), status as written and when it started.
 */
final class ImagingStudyMapper {
  private ImagingStudyMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.ImagingStudy fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    List<org.hl7.fhir.r4.model.Coding> modalities = new ArrayList<>(fhir.getModality());
    List<org.hl7.fhir.r4.model.Coding> bodySites = new ArrayList<>();
    for (org.hl7.fhir.r4.model.ImagingStudy.ImagingStudySeriesComponent series : fhir.getSeries()) {
      if (series.hasModality()) {
        modalities.add(series.getModality());
      }
      if (series.hasBodySite()) {
        bodySites.add(series.getBodySite());
      }
    }
    List<Coding> codes = new ArrayList<>();
    fhir.getProcedureCode()
        .forEach(code -> codes.addAll(context.codes(fhir, "procedureCode", code)));
    context
        .record()
        .add(
            new ImagingStudy(
                context.ref(fhir),
                codes,
                context.codesOf(fhir, "modality", modalities),
                context.codesOf(fhir, "series.bodySite", bodySites),
                Statuses.required(
                    context,
                    fhir,
                    fhir.getStatusElement(),
                    ImagingStatus::fromCode,
                    ImagingStatus.UNKNOWN),
                context.date(fhir, "started", fhir.getStartedElement())));
  }
}
