package dev.eligo.runtime.internal.quantity;

import dev.eligo.runtime.result.TruthValue;
import java.util.Objects;

/**
 * The result of comparing a patient's value with a threshold, with what was compared.
 *
 * @param result TRUE, FALSE or UNKNOWN
 * @param shown what was compared, for a screener, e.g.
 *     {@code 0.9 nmol/L < 1.7336 nmol/L (= 50 ng/dL via molar mass 288.42 g/mol)}
 * @param unknownReason why the result is UNKNOWN; {@code null} when it is TRUE or FALSE
 */
public record ComparisonOutcome(TruthValue result, String shown, String unknownReason) {

  public ComparisonOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(shown, "shown");
    if ((result == TruthValue.UNKNOWN) == (unknownReason == null)) {
      throw new IllegalArgumentException("a reason is given exactly when the result is UNKNOWN");
    }
  }

  /** A decided comparison. */
  static ComparisonOutcome decided(TruthValue result, String shown) {
    return new ComparisonOutcome(result, shown, null);
  }

  /** An undecided comparison and why. */
  static ComparisonOutcome unknown(String shown, String reason) {
    return new ComparisonOutcome(TruthValue.UNKNOWN, shown, reason);
  }
}
