package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.runtime.quantity.UnitConverter;

/** The unit conversions an observation concept declares, as the runtime will apply them. */
public final class Analytes {
  private Analytes() {}

  /** The converter built from an observation's {@code molar mass}, {@code factor} and {@code alias}. */
  public static UnitConverter converterOf(ObservationDeclaration observation) {
    UnitConverter converter = UnitConverter.plain();
    for (DataDeclaration.AnalyteOption option : observation.options()) {
      if (option instanceof DataDeclaration.MolarMass molar) {
        converter = converter.withMolarMass(molar.value(), molar.unit().text());
      } else if (option instanceof DataDeclaration.UnitFactor factor) {
        converter = converter.withUnitFactor(factor.from().text(),
            factor.toAmount().divide(factor.fromAmount(), java.math.MathContext.DECIMAL128), factor.to().text());
      } else if (option instanceof DataDeclaration.UnitAlias alias) {
        converter = converter.withUnitAlias(alias.written().text(), alias.ucum().text());
      }
    }
    return converter;
  }
}
