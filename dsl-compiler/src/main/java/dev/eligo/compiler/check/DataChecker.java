package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.AnalyteOption;
import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.UnitLiteral;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.runtime.internal.quantity.Units;
import java.math.BigDecimal;

/** Checks the data dictionary: units are UCUM, and an analyte's conversions make sense. */
final class DataChecker {
  private final DiagnosticSink sink;

  DataChecker(DiagnosticSink sink) {
    this.sink = sink;
  }

  void check(DataDeclaration declaration) {
    if (declaration instanceof ObservationDeclaration observation) {
      checkObservation(observation);
    } else if (declaration instanceof DataDeclaration.AttestationDeclaration attestation
        && attestation.linkId().isBlank()) {
      sink.report(
          DiagnosticCode.INVALID_CODE,
          attestation.span(),
          "attestation '" + attestation.name().text() + "' needs the questionnaire item's linkId");
    }
  }

  private void checkObservation(ObservationDeclaration observation) {
    int errorsBefore = errorCount();
    if (observation.unit() != null) {
      checkUnit(observation.unit());
    }
    for (AnalyteOption option : observation.options()) {
      if (observation.unit() == null) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            option.span(),
            "unit conversions apply only to an observation whose value is a quantity");
        continue;
      }
      if (option instanceof DataDeclaration.MolarMass molar) {
        checkMolarMass(molar);
      } else if (option instanceof DataDeclaration.UnitFactor factor) {
        checkUnit(factor.from());
        checkUnit(factor.to());
        checkPositive(factor.fromAmount(), factor.span());
        checkPositive(factor.toAmount(), factor.span());
      } else if (option instanceof DataDeclaration.UnitAlias alias) {
        checkUnit(alias.ucum());
      } else if (option instanceof DataDeclaration.PlausibleRange range) {
        checkPlausible(observation, range);
      }
    }
    // Only options that passed the checks above are worth asking the runtime about.
    if (errorCount() == errorsBefore) {
      Analytes.converterOf(
          observation,
          (option, problem) -> sink.report(DiagnosticCode.UNIT_MISMATCH, option.span(), problem));
    }
  }

  private void checkMolarMass(DataDeclaration.MolarMass molar) {
    if (!checkUnit(molar.unit())) {
      return;
    }
    checkPositive(molar.value(), molar.span());
    if (!Units.ucum().comparable(molar.unit().text(), "g/mol")) {
      sink.report(
          DiagnosticCode.UNIT_MISMATCH,
          molar.unit().span(),
          "a molar mass is a mass per amount of substance such as 'g/mol', not '"
              + molar.unit().text()
              + "' ("
              + Units.ucum().dimensionName(molar.unit().text())
              + ")");
    }
  }

  private void checkPlausible(
      ObservationDeclaration observation, DataDeclaration.PlausibleRange range) {
    if (!checkUnit(range.unit())) {
      return;
    }
    if (range.low().compareTo(range.high()) > 0) {
      sink.report(
          DiagnosticCode.INVALID_NUMBER,
          range.span(),
          "the plausible range "
              + range.low().toPlainString()
              + " to "
              + range.high().toPlainString()
              + " is empty: the lower bound is above the upper one");
    }
    String unit = observation.unit().text();
    if (!Units.ucum().comparable(range.unit().text(), unit)
        && !Analytes.converterOf(observation).canConvert(range.unit().text(), unit)) {
      sink.report(
          DiagnosticCode.UNIT_MISMATCH,
          range.unit().span(),
          "the plausible range is in '"
              + range.unit().text()
              + "' ("
              + Units.ucum().dimensionName(range.unit().text())
              + "), which cannot be compared"
              + " with "
              + observation.name().text()
              + "'s '"
              + unit
              + "'");
    }
  }

  private void checkPositive(BigDecimal value, dev.eligo.compiler.source.SourceSpan span) {
    if (value.signum() <= 0) {
      sink.report(
          DiagnosticCode.INVALID_NUMBER, span, "a conversion factor must be greater than zero");
    }
  }

  private int errorCount() {
    return (int) sink.diagnostics().stream().filter(d -> d.isError()).count();
  }

  /** Reports a unit UCUM does not know; true when the unit is fine. */
  boolean checkUnit(UnitLiteral unit) {
    return Units.ucum()
        .problem(unit.text())
        .map(
            problem -> {
              sink.report(DiagnosticCode.UNKNOWN_UNIT, unit.span(), problem);
              return false;
            })
        .orElse(true);
  }
}
