package dev.eligo.fhir;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.VerificationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps a Condition: codes, clinical and verification status as written, onset ({@code
 * onsetDateTime}, else {@code onsetPeriod.start}, else {@code recordedDate}) and abatement ({@code
 * abatementDateTime}, else {@code abatementPeriod}'s end or start), the stage ({@code
 * stage.summary}) and the body site.
 */
final class ConditionMapper {
  private ConditionMapper() {}

  static void map(MappingContext context, org.hl7.fhir.r4.model.Condition fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    context
        .record()
        .add(
            new Condition(
                context.ref(fhir),
                context.codes(fhir, "code", fhir.getCode()),
                Statuses.concept(
                    context,
                    fhir,
                    "clinicalStatus",
                    fhir.getClinicalStatus(),
                    ClinicalStatus::fromCode),
                Statuses.concept(
                    context,
                    fhir,
                    "verificationStatus",
                    fhir.getVerificationStatus(),
                    VerificationStatus::fromCode),
                onset(context, fhir),
                abatement(context, fhir),
                stages(context, fhir),
                context.codes(fhir, "bodySite", fhir.getBodySite())));
  }

  private static java.util.List<dev.eligo.runtime.record.Coding> stages(
      MappingContext context, org.hl7.fhir.r4.model.Condition fhir) {
    java.util.List<CodeableConcept> summaries = new java.util.ArrayList<>();
    fhir.getStage().forEach(stage -> summaries.add(stage.getSummary()));
    return context.codes(fhir, "stage.summary", summaries);
  }

  private static RecordDate onset(MappingContext context, org.hl7.fhir.r4.model.Condition fhir) {
    Type onset = fhir.getOnset();
    RecordDate date = null;
    if (onset instanceof DateTimeType) {
      date = context.date(fhir, "onsetDateTime", (DateTimeType) onset);
    } else if (onset instanceof Period) {
      date = context.date(fhir, "onsetPeriod.start", ((Period) onset).getStartElement());
    }
    return date != null ? date : context.date(fhir, "recordedDate", fhir.getRecordedDateElement());
  }

  private static RecordDate abatement(
      MappingContext context, org.hl7.fhir.r4.model.Condition fhir) {
    Type abatement = fhir.getAbatement();
    if (abatement == null || abatement.isEmpty()) {
      return null;
    }
    if (abatement instanceof DateTimeType) {
      return context.date(fhir, "abatementDateTime", (DateTimeType) abatement);
    }
    if (abatement instanceof Period) {
      Period period = (Period) abatement;
      return period.hasEnd()
          ? context.date(fhir, "abatementPeriod.end", period.getEndElement())
          : context.date(fhir, "abatementPeriod.start", period.getStartElement());
    }
    context.problem(
        fhir,
        "abatement[x] of type "
            + abatement.fhirType()
            + " gives no date; the condition's end date is unknown");
    return null;
  }
}
