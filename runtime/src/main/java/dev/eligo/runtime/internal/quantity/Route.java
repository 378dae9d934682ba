package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a value in one unit becomes a value in another: UCUM's factors and, where needed, declared
 * {@link Equivalence}s each used a whole number of times ({@code mol → g} uses a molar mass once).
 *
 * @param scale the exact factor from the source unit to the target unit
 * @param how the equivalences used, for the reader ({@code ""} when UCUM alone sufficed)
 * @param factor the scale as one decimal when it has a finite expansion ({@code 1E-15 / 1E-15} is
 *     {@code 1}, {@code 1 / 288.42} has none), else {@code null}: lets a conversion multiply once
 *     instead of dividing
 */
record Route(Scale scale, String how, BigDecimal factor) {

  /** A route by the scale given, with its factor worked out once. */
  static Route of(Scale scale, String how) {
    return new Route(scale, how, scale.finiteFactor());
  }

  /** {@code value} in the target unit: exact, as {@link Scale#applyTo} gives it. */
  BigDecimal applyTo(BigDecimal value) {
    return scale.applyTo(value, factor);
  }

  /** How many uses of equivalences a route may need at most (e.g. [IU]2 → {copies}2 needs 2). */
  private static final int MAX_USES = 3;

  /** The route with the fewest uses of equivalences, if there is one. */
  static Optional<Route> find(UnitMeaning from, UnitMeaning to, List<Equivalence> equivalences) {
    int[] uses = new int[equivalences.size()];
    for (int total = 0; total <= MAX_USES; total++) {
      if (search(0, total, uses, from, to, equivalences)) {
        return Optional.of(build(from, to, equivalences, uses));
      }
    }
    return Optional.empty();
  }

  // Fills uses[i..] with whole numbers whose absolute values add up to `remaining`.
  private static boolean search(
      int i, int remaining, int[] uses, UnitMeaning from, UnitMeaning to, List<Equivalence> eqs) {
    if (i == uses.length) {
      return remaining == 0 && reaches(from, to, eqs, uses);
    }
    for (int amount = 0; amount <= remaining; amount++) {
      for (int signed : amount == 0 ? new int[] {0} : new int[] {amount, -amount}) {
        uses[i] = signed;
        if (search(i + 1, remaining - amount, uses, from, to, eqs)) {
          return true;
        }
      }
    }
    uses[i] = 0;
    return false;
  }

  private static boolean reaches(
      UnitMeaning from, UnitMeaning to, List<Equivalence> eqs, int[] uses) {
    Dimension dimension = from.dimension();
    for (int i = 0; i < uses.length; i++) {
      dimension = dimension.times(eqs.get(i).unity().dimension().pow(uses[i]));
    }
    return dimension.equals(to.dimension());
  }

  private static Route build(UnitMeaning from, UnitMeaning to, List<Equivalence> eqs, int[] uses) {
    Scale scale = from.scale();
    List<String> how = new ArrayList<>();
    for (int i = 0; i < uses.length; i++) {
      if (uses[i] != 0) {
        scale = scale.times(eqs.get(i).unity().scale().pow(uses[i]));
        how.add(eqs.get(i).how());
      }
    }
    return Route.of(scale.dividedBy(to.scale()), String.join(" and ", how));
  }
}
