package dev.eligo.runtime.internal.quantity;

import java.util.Objects;

/** The outcome of converting a quantity to another unit: the converted quantity, or why not. */
public sealed interface Conversion {

  /**
   * The quantity in the target unit.
   *
   * @param result the converted quantity, exact
   * @param how how it was converted beyond UCUM, e.g. {@code via molar mass 288.42 g/mol}, or
   *     {@code ""} for a plain UCUM conversion
   */
  record Converted(Quantity result, String how) implements Conversion {
    public Converted {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(how, "how");
    }
  }

  /**
   * The quantity cannot be converted.
   *
   * @param reason one line for a screener, e.g. {@code unit 'mmol/mol' cannot be converted to
   *     'ng/dL'}
   */
  record NotConvertible(String reason) implements Conversion {
    public NotConvertible {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
