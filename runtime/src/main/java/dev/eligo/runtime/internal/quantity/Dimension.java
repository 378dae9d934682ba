package dev.eligo.runtime.internal.quantity;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What a unit measures, as a product of atoms with integer exponents: UCUM's base units, plus
 * {@code mol} (substance amount) and each arbitrary unit (such as {@code [iU]}) as atoms of their
 * own. Two units can be converted by UCUM alone exactly when their dimensions are equal.
 */
record Dimension(Map<String, Integer> exponents) {

  static final Dimension NONE = new Dimension(Map.of());

  Dimension {
    TreeMap<String, Integer> sorted = new TreeMap<>();
    exponents.forEach(
        (atom, exponent) -> {
          if (exponent != 0) {
            sorted.put(atom, exponent);
          }
        });
    exponents = Collections.unmodifiableMap(sorted);
  }

  static Dimension of(String atom) {
    return new Dimension(Map.of(atom, 1));
  }

  Dimension times(Dimension other) {
    TreeMap<String, Integer> sum = new TreeMap<>(exponents);
    other.exponents.forEach((atom, exponent) -> sum.merge(atom, exponent, Integer::sum));
    return new Dimension(sum);
  }

  Dimension pow(int exponent) {
    TreeMap<String, Integer> result = new TreeMap<>();
    exponents.forEach((atom, e) -> result.put(atom, e * exponent));
    return new Dimension(result);
  }

  Dimension dividedBy(Dimension other) {
    return times(other.pow(-1));
  }

  boolean isNone() {
    return exponents.isEmpty();
  }

  /** UCUM-style text of the atoms, such as {@code g.m-3} or {@code 1} when there are none. */
  @Override
  public String toString() {
    if (exponents.isEmpty()) {
      return "1";
    }
    StringJoiner text = new StringJoiner(".");
    exponents.forEach((atom, exponent) -> text.add(exponent == 1 ? atom : atom + exponent));
    return text.toString();
  }
}
