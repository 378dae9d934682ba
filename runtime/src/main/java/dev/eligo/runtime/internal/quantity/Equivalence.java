package dev.eligo.runtime.internal.quantity;

/**
 * A declared fact that makes one more conversion possible for an analyte, written as a quantity
 * equal to one: a molar mass {@code M} (mass = substance × M), or a unit factor {@code 5.82
 * {copies} / 1 [IU]}. Multiplying a value by it, or dividing, changes its unit.
 */
record Equivalence(UnitMeaning unity, String how) {}
