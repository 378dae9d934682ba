package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.runtime.internal.quantity.UnitConverter;

/** The unit conversions an observation concept declares, as the runtime will apply them. */
public final class Analytes {
  private Analytes() {}

  /**
   * The converter built from an observation's {@code molar mass}, {@code factor} and {@code alias}.
   */
  public static UnitConverter converterOf(ObservationDeclaration observation) {
    return converterOf(observation, (option, problem) -> {});
  }

  /**
   * Builds the converter option by option; an option the runtime refuses (a molar mass in the wrong
   * unit, a factor UCUM already defines) is handed to {@code problems} and left out.
   */
  static UnitConverter converterOf(
      ObservationDeclaration observation,
      java.util.function.BiConsumer<DataDeclaration.AnalyteOption, String> problems) {
    UnitConverter converter = UnitConverter.plain();
    for (DataDeclaration.AnalyteOption option : observation.options()) {
      try {
        converter = with(converter, option);
      } catch (IllegalArgumentException refused) {
        problems.accept(option, refused.getMessage());
      }
    }
    return converter;
  }

  private static UnitConverter with(UnitConverter converter, DataDeclaration.AnalyteOption option) {
    if (option instanceof DataDeclaration.MolarMass molar) {
      return converter.withMolarMass(molar.value(), molar.unit().text());
    }
    if (option instanceof DataDeclaration.UnitFactor factor) {
      return converter.withUnitFactor(
          factor.from().text(),
          factor.toAmount().divide(factor.fromAmount(), java.math.MathContext.DECIMAL128),
          factor.to().text());
    }
    if (option instanceof DataDeclaration.PlausibleRange) {
      return converter; // bounds, not a conversion
    }
    DataDeclaration.UnitAlias alias = (DataDeclaration.UnitAlias) option;
    return converter.withUnitAlias(alias.written().text(), alias.ucum().text());
  }
}
