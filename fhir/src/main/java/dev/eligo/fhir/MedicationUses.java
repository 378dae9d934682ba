package dev.eligo.fhir;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * What the four medication resources share: the subject check, the status, the medication's codes
 * (from {@code medicationCodeableConcept}, or the codes of the contained or bundled Medication that
 * {@code medicationReference} names), routes and reasons.
 */
final class MedicationUses {
  private MedicationUses() {}

  /** How a resource's timing becomes the period of use, given its status. */
  @FunctionalInterface
  interface PeriodRule {
    RecordPeriod period(MappingContext context, MedicationFacts facts, MedicationStatus status);
  }

  /**
   * The day of the last dose the resource shows given or taken, from its status and period; null
   * for none.
   */
  @FunctionalInterface
  interface LastDoseRule {
    RecordDate lastDose(MedicationStatus status, RecordPeriod period);
  }

  /** A resource that records no dose given or taken: an order, a dispense. */
  static final LastDoseRule NO_DOSE_SEEN = (status, period) -> null;

  /**
   * Adds the use these facts describe, unless the resource is about someone else or its status is
   * one of {@code notUses}.
   */
  static void map(
      MappingContext context,
      MedicationFacts facts,
      Set<MedicationStatus> notUses,
      PeriodRule rule) {
    map(context, facts, notUses, rule, NO_DOSE_SEEN);
  }

  /**
   * As {@link #map(MappingContext, MedicationFacts, Set, PeriodRule)}, with the rule for the last
   * dose.
   */
  static void map(
      MappingContext context,
      MedicationFacts facts,
      Set<MedicationStatus> notUses,
      PeriodRule rule,
      LastDoseRule lastDose) {
    DomainResource fhir = facts.resource();
    if (!context.isAboutPatient(fhir, facts.subject(), "subject")) {
      return;
    }
    MedicationStatus status =
        Statuses.required(
            context, fhir, facts.status(), MedicationStatus::fromCode, MedicationStatus.UNKNOWN);
    if (notUses.contains(status)) {
      return;
    }
    RecordRef ref = context.ref(fhir);
    List<Coding> codes = codes(context, fhir, facts.medication());
    RecordPeriod period = rule.period(context, facts, status);
    context
        .record()
        .add(
            new MedicationUse(
                ref,
                codes,
                status,
                period,
                context.codes(fhir, "route", facts.routes()),
                context.codes(fhir, "reasonCode", facts.reasonCodes()),
                reasons(context, fhir, facts.reasonReferences()),
                MedicationSource.ofResourceType(fhir.fhirType()),
                context.codes(fhir, "statusReason", facts.statusReasons()),
                lastDose.lastDose(status, period),
                facts.dosages()));
  }

  /**
   * The last dose of a use whose timing says when it was taken: the day of an {@code
   * effectiveDateTime}, or the end written in an {@code effectivePeriod}; none while it goes on, or
   * when the period's end was not written.
   */
  static LastDoseRule lastDoseOf(Type effective) {
    return (status, period) -> {
      if (period == null || period.isOngoing()) {
        return null;
      }
      boolean endWritten = !(effective instanceof Period) || ((Period) effective).hasEnd();
      return endWritten ? period.end() : null;
    };
  }

  /**
   * The period of {@code effective[x]}: one day for a dateTime; a period as written, where an open
   * end means ongoing only when {@code ongoing} (the status says the use goes on). Any other open
   * period is taken as its first day, with a problem saying that its end is unknown.
   */
  static RecordPeriod effective(
      MappingContext context, Resource fhir, Type effective, boolean ongoing) {
    RecordPeriod period = context.occurrence(fhir, "effective", effective, ongoing);
    if (period != null
        && !ongoing
        && effective instanceof Period
        && !((Period) effective).hasEnd()) {
      context.problem(
          fhir,
          "effectivePeriod has no end and the use is not active; "
              + "it was taken as its first day only, and its length is unknown");
    }
    return period;
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

  /** The records a {@code reasonReference} list names. */
  static List<RecordRef> reasons(
      MappingContext context, DomainResource fhir, List<Reference> references) {
    List<RecordRef> reasons = new ArrayList<>();
    for (Reference reason : references) {
      if (reason.hasReference()) {
        RecordRef ref = context.refTo(fhir, reason, "reasonReference");
        if (ref != null) {
          reasons.add(ref);
        }
      }
    }
    return reasons;
  }

  private static List<Coding> codes(MappingContext context, DomainResource fhir, Type medication) {
    if (medication instanceof CodeableConcept) {
      return context.codes(fhir, "medicationCodeableConcept", (CodeableConcept) medication);
    }
    if (medication instanceof Reference && ((Reference) medication).hasReference()) {
      Reference reference = (Reference) medication;
      List<Resource> targets = context.candidates(fhir, reference);
      if (targets.size() > 1) {
        // Several different Medications share the id: the use may be any of them.
        java.util.Set<Coding> all = new java.util.LinkedHashSet<>();
        targets.stream()
            .filter(t -> t instanceof Medication)
            .forEach(t -> all.addAll(FhirValues.codings(((Medication) t).getCode())));
        context.problem(
            fhir,
            "medicationReference '"
                + reference.getReference()
                + "' names "
                + targets.size()
                + " different resources with that id; which medication was taken cannot be told");
        return new ArrayList<>(all);
      }
      Optional<Resource> target = targets.stream().findFirst();
      if (target.isPresent() && target.get() instanceof Medication) {
        return context.codes(fhir, "the Medication's code", ((Medication) target.get()).getCode());
      }
      context.problem(
          fhir,
          "medicationReference '"
              + reference.getReference()
              + "' names no Medication in the Bundle; the medication's codes are unknown");
      return List.of();
    }
    context.problem(fhir, "medication[x] is missing; the medication is unknown");
    return List.of();
  }
}
