package dev.eligo.runtime.internal.eval;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The closed interval an unknown quantity surely lies in, in one unit: a total of which some
 * amounts are unknown is at least the sum of the known ones when amounts cannot be negative. A
 * {@code null} end is unbounded.
 *
 * @param low the least it can be, or {@code null}
 * @param high the most it can be, or {@code null}
 * @param unit the UCUM unit of both ends
 */
record Bounds(BigDecimal low, BigDecimal high, String unit) {
  Bounds {
    Objects.requireNonNull(unit, "unit");
  }

  /** Whether anything is known: at least one end is bounded. */
  boolean bounded() {
    return low != null || high != null;
  }
}
