package dev.eligo.compiler.check;

/** How an arithmetic expression is computed, chosen by the checker from its operands' types. */
public enum ArithmeticRule {
  SUM(RuntimeCall.PLUS, false),
  DIFFERENCE(RuntimeCall.MINUS, false),
  PRODUCT(RuntimeCall.TIMES, false),
  QUOTIENT(RuntimeCall.DIVIDE, false),
  /** {@code later - earlier}: the time between two dates (the runtime takes the earlier first). */
  DATE_DIFFERENCE(RuntimeCall.DATES_BETWEEN, true),
  /** {@code date + 7 days}. */
  DATE_PLUS_DURATION(RuntimeCall.DATES_PLUS, false),
  /** {@code date - 7 days}. */
  DATE_MINUS_DURATION(RuntimeCall.DATES_MINUS, false);

  private final RuntimeCall call;
  private final boolean swapped;

  ArithmeticRule(RuntimeCall call, boolean swapped) {
    this.call = call;
    this.swapped = swapped;
  }

  public RuntimeCall call() {
    return call;
  }

  /** Whether the right operand is passed first. */
  public boolean swapped() {
    return swapped;
  }

  /** Whether the operands are numbers or quantities (an observation stands for its value). */
  public boolean onQuantities() {
    return this == SUM || this == DIFFERENCE || this == PRODUCT || this == QUOTIENT;
  }
}
