package dev.eligo.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * The parts of a MedicationStatement, MedicationAdministration or MedicationRequest that a use is
 * made of; HAPI's three classes share no interface for them, so each mapper gathers them here.
 *
 * @param timing {@code effective[x]}, or {@code authoredOn} for a request
 */
record MedicationFacts(
    DomainResource resource,
    Reference subject,
    Enumeration<?> status,
    Type medication,
    Type timing,
    List<CodeableConcept> routes,
    List<CodeableConcept> reasonCodes,
    List<Reference> reasonReferences) {}
