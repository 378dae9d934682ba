/**
 * The patient record an evaluator reads: a FHIR-independent model of the facts that eligibility
 * criteria use. Mappers (the {@code fhir} module, or a site's own) fill it; nothing here knows
 * FHIR, so evaluators can screen data from any source.
 */
package dev.eligo.runtime.record;
