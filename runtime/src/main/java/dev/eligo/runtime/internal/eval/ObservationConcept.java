package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.PlausibleRange;
import dev.eligo.runtime.internal.quantity.PlausibleRanges;
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
 * @param unit the unit the protocol states values in; {@code 1} for counts, {@code null} for codes,
 *     yes/no and text results
 * @param converter the conversions values of this concept allow
 * @param plausibleRange the values a measurement of this concept can take, as declared; {@code
 *     null} for the default of its unit's dimension (see {@link PlausibleRanges})
 */
public record ObservationConcept(
    String name,
    String label,
    ValueSet codes,
    Kind kind,
    String unit,
    UnitConverter converter,
    PlausibleRange plausibleRange) {

  /** What kind of value the concept's observations carry. */
  public enum Kind {
    QUANTITY,
    COUNT,
    CODED,
    YES_NO,
    TEXT
  }

  public ObservationConcept {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(converter, "converter");
  }

  /** A concept with the default plausible range of its unit. */
  public ObservationConcept(
      String name, String label, ValueSet codes, Kind kind, String unit, UnitConverter converter) {
    this(name, label, codes, kind, unit, converter, null);
  }

  /** A measured quantity in the unit given, e.g. PSA in ng/mL. */
  public static ObservationConcept quantity(
      String name, String label, ValueSet codes, String unit) {
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

  /** A yes/no result, e.g. "progression confirmed by central read". */
  public static ObservationConcept yesNo(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.YES_NO, null, UnitConverter.plain());
  }

  /** A free-text result. */
  public static ObservationConcept text(String name, String label, ValueSet codes) {
    return new ObservationConcept(name, label, codes, Kind.TEXT, null, UnitConverter.plain());
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

  /**
   * Declares the values a measurement of this concept can plausibly take, bounds included, e.g.
   * {@code 0..5 '1'} for ECOG or {@code -30..30 'mmol/L'} for a base excess; {@code null} for no
   * bound on that side. A value outside is unusable, with the reason, and criteria that need it are
   * unknown. Without a declaration the default of the unit's dimension applies.
   *
   * @throws IllegalArgumentException when the unit is not UCUM or the range is empty
   */
  public ObservationConcept withPlausibleRange(BigDecimal low, BigDecimal high, String rangeUnit) {
    return new ObservationConcept(
        name, label, codes, kind, unit, converter, new PlausibleRange(low, high, rangeUnit, label));
  }

  /**
   * The range values of this concept are judged by: the declared one, else its unit's default; null
   * for coded results.
   */
  public PlausibleRange plausibility() {
    if (plausibleRange != null) {
      return plausibleRange;
    }
    return kind == Kind.QUANTITY || kind == Kind.COUNT ? PlausibleRanges.forUnit(unit) : null;
  }

  private ObservationConcept with(UnitConverter newConverter) {
    return new ObservationConcept(name, label, codes, kind, unit, newConverter, plausibleRange);
  }
}
