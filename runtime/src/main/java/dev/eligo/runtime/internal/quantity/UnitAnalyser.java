package dev.eligo.runtime.internal.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.BaseUnit;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.DefinedUnit;
import org.fhir.ucum.Factor;
import org.fhir.ucum.Operator;
import org.fhir.ucum.Symbol;
import org.fhir.ucum.Term;
import org.fhir.ucum.UcumException;

/**
 * Reduces a UCUM expression to a {@link UnitMeaning} with exact decimal arithmetic, following
 * UCUM's definitions down to base units, except that it stops at {@code mol} (which UCUM defines as
 * a plain number, 6.02214076 × 10²³) and at arbitrary units, keeping both as dimensions.
 */
final class UnitAnalyser {

  static final String SUBSTANCE = "mol";

  /**
   * The largest power a unit symbol may be raised to. Clinical units need a few (m3, 10*12); {@code
   * 10*-99999999} would make an exact scale of a hundred million digits and take minutes.
   */
  static final int MAX_EXPONENT = 30;

  private final UcumEssence ucum;
  private final Map<String, UnitMeaning> definedUnits = new ConcurrentHashMap<>();

  UnitAnalyser(UcumEssence ucum) {
    this.ucum = ucum;
  }

  UnitMeaning meaning(String unit) throws UcumException {
    return meaning(ucum.parse(unit));
  }

  // In a UCUM term a '/' divides by the one component after it: mg/kg.d is (mg/kg).d.
  private UnitMeaning meaning(Term term) throws UcumException {
    UnitMeaning result = UnitMeaning.ONE;
    boolean divide = false;
    for (Term t = term; t != null; t = t.getTerm()) {
      UnitMeaning part = component(t);
      result = divide ? result.dividedBy(part) : result.times(part);
      divide = t.getOp() == Operator.DIVISION;
    }
    return result;
  }

  private UnitMeaning component(Term t) throws UcumException {
    if (t.getComp() instanceof Term inner) {
      return meaning(inner);
    }
    if (t.getComp() instanceof Factor factor) {
      if (factor.getValue() <= 0) {
        throw new UcumException("the factor " + factor.getValue() + " is not a positive number");
      }
      return UnitMeaning.number(Scale.of(BigDecimal.valueOf(factor.getValue())));
    }
    if (t.getComp() instanceof Symbol symbol) {
      return symbol(symbol);
    }
    return UnitMeaning.ONE; // an annotation alone, such as {copies}, or the empty numerator of /mL
  }

  private UnitMeaning symbol(Symbol symbol) throws UcumException {
    if (Math.abs(symbol.getExponent()) > MAX_EXPONENT) {
      throw new UcumException(
          "the exponent "
              + symbol.getExponent()
              + " of '"
              + symbol.getUnit().getCode()
              + "' is beyond "
              + MAX_EXPONENT
              + "; no unit of a clinical record needs it");
    }
    UnitMeaning unit =
        symbol.getUnit() instanceof BaseUnit base
            ? UnitMeaning.atom(base.getCode())
            : defined((DefinedUnit) symbol.getUnit());
    if (symbol.hasPrefix()) {
      unit = UnitMeaning.number(Scale.of(decimal(symbol.getPrefix().getValue()))).times(unit);
    }
    return unit.pow(symbol.getExponent());
  }

  private UnitMeaning defined(DefinedUnit unit) throws UcumException {
    UnitMeaning known = definedUnits.get(unit.getCode());
    if (known == null) {
      known = expand(unit);
      definedUnits.putIfAbsent(unit.getCode(), known);
    }
    return known;
  }

  private UnitMeaning expand(DefinedUnit unit) throws UcumException {
    String code = unit.getCode();
    String definedAs = unit.getValue().getUnit();
    if (code.equals(SUBSTANCE)) {
      return UnitMeaning.atom(SUBSTANCE);
    }
    if (unit.isSpecial()) {
      return new UnitMeaning(Scale.ONE, Dimension.of(code), code);
    }
    if (ucum.isArbitrary(code) && definedAs.equals("1")) {
      return UnitMeaning.atom(code);
    }
    Scale factor = Scale.of(decimal(unit.getValue().getValue()));
    return UnitMeaning.number(factor).times(meaning(ucum.parse(definedAs)));
  }

  private static BigDecimal decimal(Decimal value) {
    return new BigDecimal(value.asDecimal());
  }
}
