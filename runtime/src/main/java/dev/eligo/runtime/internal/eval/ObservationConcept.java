package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.UnitConverter;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurement the protocol reads, known by its codes: a lab value with its unit and the unit
 * conversions declared for it (molar mass, unit factors, aliases), a count or score, or a coded
 * result. Immutable; each {@code with...} returns a new concept.
 *
 * @param name the name in the criteria file, e.g. {@code testosterone}
 * @param label the name explanations use, e.g. {@code serum testosterone}
 * @param unit the unit the protocol states values in; {@code 1} for counts, {@code null} for codes
 * @param converter the conversions values of this concept allow
 */
public record ObservationConcept(
    String name, String label, ValueSet codes, Kind kind, String unit, UnitConverter converter) {

  /** What kind of value the concept's observations carry. */
  public enum Kind {
    QUANTITY,
    COUNT,
    CODED
  }

  public ObservationConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(converter, "converter");
  }

  /** A measured quantity in the unit given, e.g. PSA in ng/mL. */
  public static ObservationConcept quantity(String name, String label, ValueSet codes, String unit) {
    return new ObservationConcept(name, label, codes, Kind.QUANTITY, unit, UnitConverter.plain());
  }

  /** A whole number: a count of lesions, a performance score. */
  public static ObservationConcept count(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.COUNT, "1", UnitConverter.plain());
  }

  /** A coded result, e.g. positive / negative. */
  public static ObservationConcept coded(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.CODED, null, UnitConverter.plain());
  }

  /** Also converts mass and substance amounts with the analyte's molar mass, e.g. 288.42 g/mol. */
  public ObservationConcept withMolarMass(BigDecimal value, String massUnit) {
    return with(converter.withMolarMass(value, massUnit));
  }

  /** Also converts a unit UCUM cannot relate: {@code 1 fromUnit = factor toUnit}. */
  public ObservationConcept withUnitFactor(String fromUnit, BigDecimal factor, String toUnit) {
    return with(converter.withUnitFactor(fromUnit, factor, toUnit));
  }

  /** Reads a unit spelling found in records ({@code copies/mL}) as a UCUM unit. */
  public ObservationConcept withUnitAlias(String written, String ucum) {
    return with(converter.withUnitAlias(written, ucum));
  }

  private ObservationConcept with(UnitConverter newConverter) {
    return new ObservationConcept(name, label, codes, kind, unit, newConverter);
  }
}
