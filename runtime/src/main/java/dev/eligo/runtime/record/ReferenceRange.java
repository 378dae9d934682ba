package dev.eligo.runtime.record;

import java.math.BigDecimal;

/**
 * One reference range that came with an observation. Units may be {@code null} when the record gave
 * none (the observation's own unit is then meant). {@code type} is the code of {@code
 * referenceRange.type} ({@code normal}, {@code treatment}, ...) or {@code null}.
 */
public record ReferenceRange(
    BigDecimal low, String lowUnit, BigDecimal high, String highUnit, String type) {

  /** A normal range with only an upper limit, the usual shape for ALT, AST and creatinine. */
  public static ReferenceRange upTo(String high, String unit) {
    return new ReferenceRange(null, null, new BigDecimal(high), unit, null);
  }

  /** Whether this range describes normal values (its type is {@code normal} or absent). */
  public boolean isNormal() {
    return type == null || type.equals("normal");
  }
}
