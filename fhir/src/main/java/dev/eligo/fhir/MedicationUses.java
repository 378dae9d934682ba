package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * What the three medication resources share: the medication's codes (from
 * {@code medicationCodeableConcept}, or the codes of the contained or bundled Medication that
 * {@code medicationReference} names), the period of use, routes and reasons.
 */
final class MedicationUses {
  private MedicationUses() {}

  /** Adds a use built from the parts every medication resource has. */
  static void add(
      MappingContext context,
      DomainResource fhir,
      MedicationStatus status,
      Type medication,
      RecordPeriod period,
      List<CodeableConcept> routes,
      List<CodeableConcept> reasonCodes,
      List<Reference> reasonReferences) {
    List<RecordRef> reasons = new ArrayList<>();
    for (Reference reason : reasonReferences) {
      if (reason.hasReference()) {
        RecordRef ref = context.refTo(fhir, reason, "reasonReference");
        if (ref != null) {
          reasons.add(ref);
        }
      }
    }
    context.record().add(new MedicationUse(
        context.ref(fhir),
        codes(context, fhir, medication),
        status,
        period,
        FhirValues.codings(routes),
        FhirValues.codings(reasonCodes),
        reasons));
  }

  /**
   * The period of {@code effective[x]}: one day for a dateTime; a period as written, where an
   * open end means ongoing only when {@code ongoing} (status active or in progress). Any other
   * open period is taken as its first day, with a problem saying that its end is unknown.
   */
  static RecordPeriod effective(MappingContext context, Resource fhir, Type effective, boolean ongoing) {
    if (effective == null || effective.isEmpty()) {
      return null;
    }
    if (effective instanceof DateTimeType) {
      RecordDate day = context.date(fhir, "effectiveDateTime", (DateTimeType) effective);
      return day == null ? null : RecordPeriod.on(day);
    }
    if (effective instanceof Period) {
      Period period = (Period) effective;
      RecordPeriod mapped = context.period(fhir, "effectivePeriod", period, ongoing);
      if (mapped != null && !ongoing && !period.hasEnd()) {
        context.problem(fhir, "effectivePeriod has no end and the use is not active; "
            + "it was taken as its first day only, and its length is unknown");
      }
      return mapped;
    }
    context.problem(fhir, "effective[x] of type " + effective.fhirType() + " gives no date; the period is unknown");
    return null;
  }

  /** The route of every dosage that states one. */
  static List<CodeableConcept> routes(List<Dosage> dosages) {
    List<CodeableConcept> routes = new ArrayList<>();
    for (Dosage dosage : dosages) {
      if (dosage.hasRoute()) {
        routes.add(dosage.getRoute());
      }
    }
    return routes;
  }

  private static List<Coding> codes(MappingContext context, DomainResource fhir, Type medication) {
    if (medication instanceof CodeableConcept) {
      return FhirValues.codings((CodeableConcept) medication);
    }
    if (medication instanceof Reference && ((Reference) medication).hasReference()) {
      Reference reference = (Reference) medication;
      Optional<Resource> target = context.resolve(fhir, reference);
      if (target.isPresent() && target.get() instanceof Medication) {
        return FhirValues.codings(((Medication) target.get()).getCode());
      }
      context.problem(fhir, "medicationReference '" + reference.getReference()
          + "' names no Medication in the Bundle; the medication's codes are unknown");
      return List.of();
    }
    context.problem(fhir, "medication[x] is missing; the medication is unknown");
    return List.of();
  }
}
