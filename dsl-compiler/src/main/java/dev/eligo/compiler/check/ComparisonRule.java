package dev.eligo.compiler.check;

/**
 * How a comparison of two operands is computed, chosen by the checker from their types. A mirrored
 * rule swaps the operands (and the operator) so that the observation or the measured duration is
 * always the runtime method's first argument.
 */
public enum ComparisonRule {
  /** {@code latest psa > 2 'ng/mL'}: with the observation concept's own conversions. */
  OBSERVATION_WITH_QUANTITY(RuntimeCall.COMPARE_OBSERVATION, false),
  /** {@code 2 'ng/mL' < latest psa}. */
  QUANTITY_WITH_OBSERVATION(RuntimeCall.COMPARE_OBSERVATION, true),
  /** {@code latest alt >= 2.5 x ULN}: against the reference range of the value judged. */
  OBSERVATION_WITH_ULN(RuntimeCall.COMPARE_OBSERVATION_TO_ULN, false),
  /**
   * {@code latest anc >= 0.5 x LLN}: against the low end of the reference range of the value
   * judged.
   */
  OBSERVATION_WITH_LLN(RuntimeCall.COMPARE_OBSERVATION_TO_LLN, false),
  /** Two texts, {@code =} or {@code !=}, ignoring case and surrounding spaces. */
  TEXTS(RuntimeCall.COMPARE_TEXTS, false),
  /** Two numbers or quantities, neither an observation held as such. */
  QUANTITIES(RuntimeCall.COMPARE_QUANTITIES, false),
  /** Two dates. */
  DATES(RuntimeCall.COMPARE_DATES, false),
  /** {@code duration >= 7 days}: a measured duration against one written in the file. */
  MEASURED_WITH_WRITTEN(RuntimeCall.COMPARE_ELAPSED, false),
  /** {@code 7 days <= duration}. */
  WRITTEN_WITH_MEASURED(RuntimeCall.COMPARE_ELAPSED, true);

  private final RuntimeCall call;
  private final boolean mirrored;

  ComparisonRule(RuntimeCall call, boolean mirrored) {
    this.call = call;
    this.mirrored = mirrored;
  }

  public RuntimeCall call() {
    return call;
  }

  /** Whether the right operand is passed first, with the operator mirrored. */
  public boolean mirrored() {
    return mirrored;
  }
}
