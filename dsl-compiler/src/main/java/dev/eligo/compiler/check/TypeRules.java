package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.check.Type.Quantity;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.internal.quantity.Units;

/**
 * Which operands comparisons, arithmetic and {@code if} accept, and the rule each becomes, with
 * units checked against UCUM. Where an observation stands for its value, that is noted, so that
 * generation reads the value exactly there.
 */
final class TypeRules {
  private final DiagnosticSink sink;
  private final Annotations notes;

  TypeRules(DiagnosticSink sink, Annotations notes) {
    this.sink = sink;
    this.notes = notes;
  }

  /**
   * The type of an operand where it stands for a value: an observation of a quantity, a number or
   * codes for its value (noted). A yes/no or text observation is read by its {@code value} field.
   */
  Type readAsValue(Expr expr, Type type) {
    if (standsForValue(type)) {
      notes.readAsValue.add(expr);
      return ((RecordType) type).valueType();
    }
    return type;
  }

  private static Type valueOf(Type type) {
    return standsForValue(type) ? ((RecordType) type).valueType() : type;
  }

  private static boolean standsForValue(Type type) {
    if (!isObservation(type)) {
      return false;
    }
    Type value = ((RecordType) type).valueType();
    return value instanceof Quantity || value instanceof Type.Codes || value.isError();
  }

  private static boolean isObservation(Type type) {
    return type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION;
  }

  private Type typeOf(Expr expr) {
    return notes.types.get(expr);
  }

  private Representation representationOf(Expr expr) {
    return notes.representations.get(expr);
  }

  // ---- comparisons ------------------------------------------------------------------------------

  /**
   * Checks a comparison. A threshold chosen by {@code if} is compared in each branch, so that an
   * unknown condition still decides when both branches agree: each pair of operands gets a rule.
   */
  void comparison(Expr.Comparison comparison) {
    compare(comparison, comparison.left(), comparison.right());
  }

  private void compare(Expr.Comparison comparison, Expr left, Expr right) {
    if (isChoiceOfValues(right)) {
      Expr.Conditional choice = (Expr.Conditional) right;
      compare(comparison, left, choice.thenBranch());
      compare(comparison, left, choice.elseBranch());
      return;
    }
    if (isChoiceOfValues(left)) {
      Expr.Conditional choice = (Expr.Conditional) left;
      compare(comparison, choice.thenBranch(), right);
      compare(comparison, choice.elseBranch(), right);
      return;
    }
    ComparisonRule rule = leaf(comparison, left, right);
    if (rule != null) {
      notes.comparison(left, right, rule);
    }
  }

  /** An {@code if} choosing between two values (not truths) that checked cleanly. */
  private boolean isChoiceOfValues(Expr expr) {
    return expr instanceof Expr.Conditional
        && !typeOf(expr).isError()
        && !(typeOf(expr) instanceof Type.Truth);
  }

  private ComparisonRule leaf(Expr.Comparison comparison, Expr left, Expr right) {
    Type l = typeOf(left);
    Type r = typeOf(right);
    if (l.isError() || r.isError()) {
      return null;
    }
    SourceSpan span = comparison.span();
    if (representationOf(left) == Representation.ULN_MULTIPLE
        || representationOf(right) == Representation.ULN_MULTIPLE) {
      boolean lower =
          (representationOf(right) == Representation.ULN_MULTIPLE ? r : l).equals(Type.LLN);
      if (representationOf(right) == Representation.ULN_MULTIPLE
          && valueOf(l) instanceof Quantity
          && isObservation(l)) {
        return lower ? ComparisonRule.OBSERVATION_WITH_LLN : ComparisonRule.OBSERVATION_WITH_ULN;
      }
      String limit = lower ? "LLN" : "ULN";
      sink.report(
          DiagnosticCode.ULN_WITHOUT_OBSERVATION,
          span,
          "a multiple of "
              + limit
              + " is judged against the reference range of an observation: write it as "
              + "'latest <observation> ... >= "
              + (lower ? "0.5" : "2.5")
              + " x "
              + limit
              + "', not with "
              + Type.withArticle(l)
              + " on the left");
      return null;
    }
    if (representationOf(left) != Representation.VALUE
            && representationOf(left) != Representation.CALENDAR_DURATION
        || representationOf(right) != Representation.VALUE
            && representationOf(right) != Representation.CALENDAR_DURATION
        || l instanceof ListOf
        || r instanceof ListOf) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          span,
          "cannot compare " + Type.withArticle(l) + " with " + Type.withArticle(r) + hintFor(l, r));
      return null;
    }
    Type leftValue = valueOf(l);
    Type rightValue = valueOf(r);
    if (leftValue instanceof Quantity lq && rightValue instanceof Quantity rq) {
      String unit =
          lq.equals(Type.RECORDED_QUANTITY)
              ? "and its unit, such as 'mg'"
              : lq.equals(Type.RECORDED_DAILY_QUANTITY)
                  ? "and its unit per day, such as 'mg/d'"
                  : "'" + lq.unit() + "'";
      if (lq.equals(Type.NUMBER)
          || !unitLeftOut(comparison, right, rq, DiagnosticCode.UNIT_MISMATCH, unit)) {
        checkCommensurable(span, l, r, lq, rq);
      }
      if (isObservation(l) && !isObservation(r)) {
        return ComparisonRule.OBSERVATION_WITH_QUANTITY;
      }
      if (isObservation(r) && !isObservation(l)) {
        return ComparisonRule.QUANTITY_WITH_OBSERVATION;
      }
      return ComparisonRule.QUANTITIES; // each observation among them is read as its value
    }
    if (leftValue instanceof Type.Duration
        && unitLeftOut(comparison, right, rightValue, DiagnosticCode.TYPE_MISMATCH, "years")) {
      return null;
    }
    if (leftValue instanceof Type.Duration ld && rightValue instanceof Type.Duration rd) {
      if (ld.measured() == rd.measured()) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            span,
            ld.measured()
                ? "compare a measured duration with a duration written in the file, such as 7 days"
                : "both durations are written in the file, so the comparison says nothing about the patient");
        return null;
      }
      return ld.measured()
          ? ComparisonRule.MEASURED_WITH_WRITTEN
          : ComparisonRule.WRITTEN_WITH_MEASURED;
    }
    if (leftValue instanceof Type.Date && rightValue instanceof Type.Date) {
      return ComparisonRule.DATES;
    }
    if (leftValue instanceof Type.Text && rightValue instanceof Type.Text) {
      if (comparison.operator() != Expr.ComparisonOperator.EQ
          && comparison.operator() != Expr.ComparisonOperator.NE) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            span,
            "texts are compared with = or !=, not " + comparison.operator().symbol());
        return null;
      }
      return ComparisonRule.TEXTS;
    }
    if (leftValue instanceof Type.Words || rightValue instanceof Type.Words) {
      Type.Words words = (Type.Words) (leftValue instanceof Type.Words ? leftValue : rightValue);
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          span,
          "the "
              + words.describe()
              + " is tested with 'is', as in '"
              + words.field()
              + " is "
              + words.words().get(0)
              + "', not with "
              + comparison.operator().symbol());
      return null;
    }
    if (leftValue instanceof Type.Codes || rightValue instanceof Type.Codes) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          span,
          "codes are tested with 'in', as in 'route in intravenous', not with "
              + comparison.operator().symbol());
      return null;
    }
    sink.report(
        DiagnosticCode.TYPE_MISMATCH,
        span,
        "cannot compare " + Type.withArticle(l) + " with " + Type.withArticle(r) + hintFor(l, r));
    return null;
  }

  /**
   * A bare number against a value with a unit ({@code >= 9} for g/dL, {@code age >= 18}): says to
   * write the unit.
   */
  private boolean unitLeftOut(
      Expr.Comparison comparison, Expr right, Type rightType, DiagnosticCode code, String unit) {
    if (!rightType.equals(Type.NUMBER) || !(right instanceof Expr.NumberLiteral number)) {
      return false;
    }
    String value = number.value().toPlainString();
    sink.report(
        code,
        comparison.span(),
        "the number " + value + " has no unit; write " + value + " " + unit);
    return true;
  }

  // A daily dose is an amount per day in the record's unit (mg/d): a limit that is not per time
  // could never be compared with it, whatever the record says.
  private static String hintFor(Type left, Type right) {
    if (left instanceof ListOf || right instanceof ListOf) {
      return " (pick one item first, such as 'latest', or test 'exists' or 'count')";
    }
    if (left instanceof Type.Truth || right instanceof Type.Truth) {
      return " (combine truths with 'and', 'or' and 'not')";
    }
    return "";
  }

  // ---- arithmetic -------------------------------------------------------------------------------

  Type arithmetic(Expr.Arithmetic arithmetic, Type leftType, Type rightType) {
    if (leftType.isError() || rightType.isError()) {
      return Type.ERROR;
    }
    Type left = valueOf(leftType);
    Type right = valueOf(rightType);
    boolean writtenDuration =
        representationOf(arithmetic.right()) == Representation.CALENDAR_DURATION;
    switch (arithmetic.operator()) {
      case PLUS:
      case MINUS:
        boolean plus = arithmetic.operator() == Expr.ArithmeticOperator.PLUS;
        if (!plus && left instanceof Type.Date && right instanceof Type.Date) {
          return rule(arithmetic, ArithmeticRule.DATE_DIFFERENCE, Type.MEASURED_DURATION);
        }
        if (left instanceof Type.Date && writtenDuration) {
          return rule(
              arithmetic,
              plus ? ArithmeticRule.DATE_PLUS_DURATION : ArithmeticRule.DATE_MINUS_DURATION,
              Type.DATE);
        }
        if (left instanceof Quantity l && right instanceof Quantity r) {
          checkCommensurable(arithmetic.span(), leftType, rightType, l, r);
          return quantities(arithmetic, plus ? ArithmeticRule.SUM : ArithmeticRule.DIFFERENCE, l);
        }
        break;
      case TIMES:
        if (left instanceof Quantity l && right instanceof Quantity r) {
          if (l.equals(Type.NUMBER) || r.equals(Type.NUMBER)) {
            return quantities(arithmetic, ArithmeticRule.PRODUCT, l.equals(Type.NUMBER) ? r : l);
          }
          sink.report(
              DiagnosticCode.TYPE_MISMATCH,
              arithmetic.span(),
              "one side of * must be a plain number"
                  + " (multiplying '"
                  + l.unit()
                  + "' by '"
                  + r.unit()
                  + "' is not supported)");
          return Type.ERROR;
        }
        break;
      case DIVIDE:
        if (left instanceof Quantity l && right instanceof Quantity r) {
          if (r.equals(Type.NUMBER)) {
            return quantities(arithmetic, ArithmeticRule.QUOTIENT, l);
          }
          checkCommensurable(arithmetic.span(), leftType, rightType, l, r);
          return quantities(arithmetic, ArithmeticRule.QUOTIENT, Type.NUMBER);
        }
        break;
    }
    sink.report(
        DiagnosticCode.TYPE_MISMATCH,
        arithmetic.span(),
        "cannot compute "
            + Type.withArticle(leftType)
            + " "
            + arithmetic.operator().symbol()
            + " "
            + Type.withArticle(rightType));
    return Type.ERROR;
  }

  private Type quantities(Expr.Arithmetic arithmetic, ArithmeticRule rule, Type result) {
    readAsValue(arithmetic.left(), typeOf(arithmetic.left()));
    readAsValue(arithmetic.right(), typeOf(arithmetic.right()));
    return rule(arithmetic, rule, result);
  }

  private Type rule(Expr.Arithmetic arithmetic, ArithmeticRule rule, Type result) {
    notes.arithmetic.put(arithmetic, rule);
    return result;
  }

  // ---- if ... then ... else ---------------------------------------------------------------------

  /** The type of {@code if c then a else b}: the branches must agree, or join to one value type. */
  Type conditional(Expr.Conditional e) {
    Expr thenBranch = e.thenBranch();
    Expr elseBranch = e.elseBranch();
    Type a = typeOf(thenBranch);
    Type b = typeOf(elseBranch);
    Representation ra = representationOf(thenBranch);
    Representation rb = representationOf(elseBranch);
    SourceSpan span = thenBranch.span().to(elseBranch.span());
    if (a.isError() || b.isError()) {
      Expr known = a.isError() ? elseBranch : thenBranch;
      return result(e, a.isError() ? b : a, representationOf(known));
    }
    if (ra == Representation.CALENDAR_DURATION || rb == Representation.CALENDAR_DURATION) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          span,
          "a duration written in the file is fixed; an if cannot choose between two of them"
              + " (write two comparisons or two windows instead)");
      return result(e, Type.ERROR, Representation.VALUE);
    }
    if (ra == Representation.SEX || rb == Representation.SEX) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          span,
          "the patient's sex can only be tested with 'sex is male'");
      return result(e, Type.ERROR, Representation.VALUE);
    }
    if (ra == rb && a.equals(b)) {
      return result(e, a, ra);
    }
    if (a instanceof ListOf && a.equals(b)) {
      return result(e, a, Representation.VALUE); // one branch is a single list that may be unknown
    }
    if (ra == Representation.VALUE && rb == Representation.VALUE) {
      Type joined = join(span, a, b);
      if (joined != null) {
        readAsValue(thenBranch, a);
        readAsValue(elseBranch, b);
        return result(e, joined, Representation.VALUE);
      }
    }
    sink.report(
        DiagnosticCode.TYPE_MISMATCH,
        span,
        "the branches of this if give " + Type.withArticle(a) + " and " + Type.withArticle(b));
    return result(e, Type.ERROR, Representation.VALUE);
  }

  /** The one value type two different branch types stand for, or null when there is none. */
  private Type join(SourceSpan span, Type a, Type b) {
    Type va = valueOf(a);
    Type vb = valueOf(b);
    if (va instanceof Quantity l && vb instanceof Quantity r) {
      checkCommensurable(span, a, b, l, r);
      return l;
    }
    return va.equals(vb) && !(va instanceof RecordType) ? va : null;
  }

  private Type result(Expr.Conditional e, Type type, Representation representation) {
    notes.type(e, type, representation);
    return type;
  }

  // ---- units ------------------------------------------------------------------------------------

  /** Reports a quantity that cannot be converted to the unit {@code 'kg'} of {@code x in 'kg'}. */
  boolean convertible(SourceSpan span, Type original, Quantity value, Quantity unit) {
    return commensurable(span, original, unit, value, unit, "converted to");
  }

  private void checkCommensurable(
      SourceSpan span, Type leftOriginal, Type rightOriginal, Quantity left, Quantity right) {
    commensurable(span, leftOriginal, rightOriginal, left, right, "compared with");
  }

  /**
   * Whether a unit can meet a daily dose (an amount per day in the record's unit): only a rate per
   * unit of time can; anything else is reported with the unit per day it most likely means.
   */
  private boolean perDay(SourceSpan span, Quantity other, String verb) {
    Units units = Units.ucum();
    if (other.recorded()
        || units.problem(other.unit()).isPresent()
        || units.isPerTime(other.unit())) {
      return true;
    }
    boolean number = other.equals(Type.NUMBER);
    String meant = number ? "mg/d" : other.unit() + "/d";
    sink.report(
        DiagnosticCode.UNIT_MISMATCH,
        span,
        "dailyDose is an amount per day, such as 200 'mg/d': "
            + (verb.equals("converted to") ? "convert it to a unit" : "compare it with a limit")
            + " per day, such as '"
            + meant
            + "', not "
            + (number
                ? "a plain number"
                : "'" + other.unit() + "' (" + units.dimensionName(other.unit()) + ")"));
    return false;
  }

  /** Whether the two units measure the same thing; reports them when not. */
  private boolean commensurable(
      SourceSpan span,
      Type leftOriginal,
      Type rightOriginal,
      Quantity left,
      Quantity right,
      String verb) {
    Units units = Units.ucum();
    if (left.equals(Type.RECORDED_DAILY_QUANTITY) != right.equals(Type.RECORDED_DAILY_QUANTITY)) {
      return perDay(span, left.equals(Type.RECORDED_DAILY_QUANTITY) ? right : left, verb);
    }
    // A unit UCUM does not know was reported where it is written; judging it again here would
    // report one mistake at every use.
    if (units.problem(left.unit()).isPresent() || units.problem(right.unit()).isPresent()) {
      return true;
    }
    if (units.comparable(left.unit(), right.unit())
        || units.comparable(right.unit(), left.unit())) {
      return true;
    }
    // An observation's declared molar mass or factors convert on either side of the comparison.
    ObservationDeclaration observation = observationOf(leftOriginal);
    if (observation == null) {
      observation = observationOf(rightOriginal);
    }
    if (observation != null
        && (Analytes.converterOf(observation).canConvert(right.unit(), left.unit())
            || Analytes.converterOf(observation).canConvert(left.unit(), right.unit()))) {
      return true;
    }
    sink.report(
        DiagnosticCode.UNIT_MISMATCH,
        span,
        "'"
            + left.unit()
            + "' ("
            + units.dimensionName(left.unit())
            + ") cannot be "
            + verb
            + " '"
            + right.unit()
            + "' ("
            + units.dimensionName(right.unit())
            + ")"
            + unitHint(observation, left, right));
    return false;
  }

  private static String unitHint(
      ObservationDeclaration observation, Quantity left, Quantity right) {
    if (left.equals(Type.NUMBER) || right.equals(Type.NUMBER)) {
      Quantity withUnit = left.equals(Type.NUMBER) ? right : left;
      return " (write the number with its unit, such as 9 '"
          + withUnit.unit()
          + "'; a formula of plain numbers"
          + " takes a unit when multiplied by 1 '"
          + withUnit.unit()
          + "')";
    }
    if (observation != null && observation.valueKind() == DataDeclaration.ValueKind.QUANTITY) {
      return " (declare a molar mass or a factor on "
          + observation.name().text()
          + " to convert between them)";
    }
    return "";
  }

  private static ObservationDeclaration observationOf(Type type) {
    return type instanceof RecordType record ? record.observation() : null;
  }
}
