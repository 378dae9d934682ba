/**
 * Internal: UCUM support for generated evaluators and the compiler, not an API.
 *
 * <p>Quantities with UCUM units: validation, exact conversion (including a declared molar mass or
 * unit factor for one analyte) and three-valued comparison of a patient's value with a threshold.
 * Substance amounts ({@code mol}) and arbitrary units ({@code [IU]}) are kept as dimensions of
 * their own, so counts, masses, substance amounts and arbitrary units are never mixed silently.
 */
package dev.eligo.runtime.internal.quantity;
