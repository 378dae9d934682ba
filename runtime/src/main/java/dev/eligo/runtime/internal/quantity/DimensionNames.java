package dev.eligo.runtime.internal.quantity;

import java.util.Map;

/** Short names of the dimensions lab values and protocol thresholds usually have. */
final class DimensionNames {

  private static final Map<Dimension, String> NAMES =
      Map.ofEntries(
          Map.entry(Dimension.NONE, "dimensionless"),
          Map.entry(dim("g", 1), "mass"),
          Map.entry(dim("mol", 1), "amount of substance"),
          Map.entry(dim("m", 1), "length"),
          Map.entry(dim("m", 2), "area"),
          Map.entry(dim("m", 3), "volume"),
          Map.entry(dim("s", 1), "time"),
          Map.entry(dim("s", -1), "frequency"),
          Map.entry(dim("K", 1), "temperature"),
          Map.entry(dim("g", 1, "m", -3), "mass concentration"),
          Map.entry(dim("mol", 1, "m", -3), "substance concentration"),
          Map.entry(dim("m", -3), "number concentration"),
          Map.entry(dim("mol", 1, "s", -1), "catalytic activity"),
          Map.entry(dim("mol", 1, "s", -1, "m", -3), "catalytic activity concentration"),
          Map.entry(dim("g", 1, "mol", -1), "molar mass"),
          Map.entry(dim("mol", 1, "g", -1), "substance content"),
          Map.entry(dim("m", 3, "s", -1), "volume flow"),
          Map.entry(dim("g", 1, "m", -1, "s", -2), "pressure"));

  private DimensionNames() {}

  /**
   * The name of a dimension; a known one per time is named so ({@code mass per time} for mg/d); an
   * arbitrary unit's dimension is named after the unit (e.g. {@code arbitrary concentration in
   * [iU]}); anything else is its UCUM-style canonical text.
   */
  static String name(Dimension dimension, UcumEssence ucum) {
    String known = NAMES.get(dimension);
    if (known != null) {
      return known;
    }
    // A rate such as a daily dose (mg/d): named from what it is a rate of, not in base units.
    String perTime = NAMES.get(dimension.times(dim("s", 1)));
    if (perTime != null && !dimension.isNone()) {
      return perTime + " per time";
    }
    for (Map.Entry<String, Integer> atom : dimension.exponents().entrySet()) {
      if (atom.getValue() == 1 && ucum.isArbitrary(atom.getKey())) {
        Dimension rest = dimension.dividedBy(Dimension.of(atom.getKey()));
        if (rest.isNone()) {
          return "arbitrary amount in " + atom.getKey();
        }
        if (rest.equals(dim("m", -3))) {
          return "arbitrary concentration in " + atom.getKey();
        }
      }
    }
    return dimension.toString();
  }

  private static Dimension dim(Object... atomsAndExponents) {
    Dimension result = Dimension.NONE;
    for (int i = 0; i < atomsAndExponents.length; i += 2) {
      result =
          result.times(
              Dimension.of((String) atomsAndExponents[i]).pow((Integer) atomsAndExponents[i + 1]));
    }
    return result;
  }
}
