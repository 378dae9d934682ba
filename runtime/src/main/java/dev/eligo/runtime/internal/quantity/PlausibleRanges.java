package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plausible range of a measurement by what its unit measures, for concepts that declare none:
 * no negative amounts, counts or concentrations, and no magnitude beyond anything in a human body
 * (2 kg/L of any substance, 100 mol/L, 10¹⁸ particles per litre, 200 years). A measurement that can
 * be negative (a base excess, a z-score) must declare its own range.
 */
public final class PlausibleRanges {

  /** Beyond this magnitude no value in any unit is a measurement. */
  private static final BigDecimal ANY_MAGNITUDE = new BigDecimal("1e30");

  private static final Map<Dimension, PlausibleRange> BY_DIMENSION = new LinkedHashMap<>();

  // Looked up for every value checked; a dimension's hash walks its atoms, a unit's is cached.
  private static final int MAX_REMEMBERED = 4096;
  private static final Map<String, PlausibleRange> BY_UNIT = new ConcurrentHashMap<>();

  static {
    add("0", "1e12", "1", "a count, score or ratio");
    add("0", "2000", "g/L", "a mass concentration");
    add("0", "100", "mol/L", "a substance concentration");
    add("0", "1e18", "/L", "a number concentration");
    add("0", "1e7", "U/L", "a catalytic activity concentration");
    add("0", "1e15", "[IU]/L", "a concentration in international units");
    add("0", "1e15", "[iU]/L", "a concentration in international units");
    add("0", "200", "a", "a time");
    add("0", "1e6", "g", "a mass");
    add("0", "100", "m", "a length");
    add("0", "1000", "L", "a volume");
    add("0", "1000", "kg/m2", "a mass per area");
    add("0", "1e4", "/min", "a rate");
    add("0", "1000", "mm[Hg]", "a pressure");
  }

  private PlausibleRanges() {}

  private static void add(String low, String high, String unit, String about) {
    BY_DIMENSION.put(
        Units.ucum().read(unit).meaning().dimension(),
        new PlausibleRange(new BigDecimal(low), new BigDecimal(high), unit, about));
  }

  /**
   * The default range for values of a unit: its dimension's, else (a special unit such as {@code
   * Cel}, a dimension no clinical measurement has) only a bound on the magnitude.
   */
  public static PlausibleRange forUnit(String unit) {
    PlausibleRange known = unit == null ? null : BY_UNIT.get(unit);
    if (known != null) {
      return known;
    }
    PlausibleRange range = rangeOf(unit);
    if (unit != null && BY_UNIT.size() < MAX_REMEMBERED) {
      BY_UNIT.putIfAbsent(unit, range);
    }
    return range;
  }

  private static PlausibleRange rangeOf(String unit) {
    String u = unit == null || unit.isBlank() ? Quantity.NUMBER_UNIT : unit;
    UnitReading reading = Units.ucum().read(u);
    if (reading.isValid() && !reading.isSpecial()) {
      PlausibleRange known = BY_DIMENSION.get(reading.meaning().dimension());
      if (known != null) {
        return known;
      }
    }
    if (!reading.isValid()) {
      u = Quantity.NUMBER_UNIT;
    }
    return new PlausibleRange(
        ANY_MAGNITUDE.negate(), ANY_MAGNITUDE, u, "any measurement in '" + u + "'");
  }
}
