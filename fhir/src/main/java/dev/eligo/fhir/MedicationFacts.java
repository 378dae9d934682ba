package dev.eligo.fhir;

import dev.eligo.runtime.record.Dosage;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * The parts of a MedicationStatement, MedicationAdministration, MedicationRequest or
 * MedicationDispense that a use is made of; HAPI's classes share no interface for them, so each
 * mapper gathers them here.
 *
 * @param timing {@code effective[x]}, {@code authoredOn} for a request, {@code whenHandedOver} for
 *     a dispense
 * @param statusReasons {@code statusReason}, as one or more concepts
 * @param dosages the dosage instructions or the dose given, read
 */
record MedicationFacts(
    DomainResource resource,
    Reference subject,
    Enumeration<?> status,
    Type medication,
    Type timing,
    List<CodeableConcept> routes,
    List<CodeableConcept> reasonCodes,
    List<Reference> reasonReferences,
    List<CodeableConcept> statusReasons,
    List<Dosage> dosages) {}
