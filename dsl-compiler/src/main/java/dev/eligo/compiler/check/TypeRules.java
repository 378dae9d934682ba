package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.check.Type.Quantity;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.internal.quantity.Units;

/** Which operands comparisons and arithmetic accept, with the units checked against UCUM. */
final class TypeRules {
  private final DiagnosticSink sink;

  TypeRules(DiagnosticSink sink) {
    this.sink = sink;
  }

  /** An observation compared or computed with stands for its value. */
  static Type valueOf(Type type) {
    if (type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION) {
      return record.valueType();
    }
    return type;
  }

  Type comparison(Expr.Comparison comparison, Type left, Type right) {
    if (left.isError() || right.isError()) {
      return Type.TRUTH;
    }
    if (right instanceof Type.Uln || left instanceof Type.Uln) {
      boolean observationLeft = left instanceof RecordType record && record.kind() == RecordKind.OBSERVATION
          && record.valueType() instanceof Quantity;
      if (!(right instanceof Type.Uln) || !observationLeft) {
        sink.report(DiagnosticCode.ULN_WITHOUT_OBSERVATION, comparison.span(),
            "a multiple of ULN is judged against the reference range of an observation: write it as "
                + "'latest <observation> ... >= 2.5 x ULN', not with " + Type.withArticle(left) + " on the left");
      }
      return Type.TRUTH;
    }
    Type leftValue = valueOf(left);
    Type rightValue = valueOf(right);
    if (leftValue instanceof Quantity l && rightValue instanceof Quantity r) {
      if (l.equals(Type.NUMBER) || !unitLeftOut(comparison, r, DiagnosticCode.UNIT_MISMATCH, "'" + l.unit() + "'")) {
        checkCommensurable(comparison.span(), left, right, l, r);
      }
      return Type.TRUTH;
    }
    if (leftValue instanceof Type.Duration && unitLeftOut(comparison, rightValue, DiagnosticCode.TYPE_MISMATCH, "years")) {
      return Type.TRUTH;
    }
    if (leftValue instanceof Type.Duration l && rightValue instanceof Type.Duration r) {
      if (l.measured() == r.measured()) {
        sink.report(DiagnosticCode.TYPE_MISMATCH, comparison.span(), l.measured()
            ? "compare a measured duration with a duration written in the file, such as 7 days"
            : "both durations are written in the file, so the comparison says nothing about the patient");
      }
      return Type.TRUTH;
    }
    if (leftValue instanceof Type.Date && rightValue instanceof Type.Date) {
      return Type.TRUTH;
    }
    if (leftValue instanceof Type.Codes || rightValue instanceof Type.Codes) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, comparison.span(),
          "codes are tested with 'in', as in 'route in intravenous', not with " + comparison.operator().symbol());
      return Type.TRUTH;
    }
    sink.report(DiagnosticCode.TYPE_MISMATCH, comparison.span(),
        "cannot compare " + Type.withArticle(left) + " with " + Type.withArticle(right));
    return Type.TRUTH;
  }

  Type arithmetic(Expr.Arithmetic arithmetic, Type leftType, Type rightType) {
    if (leftType.isError() || rightType.isError()) {
      return Type.ERROR;
    }
    Type left = valueOf(leftType);
    Type right = valueOf(rightType);
    switch (arithmetic.operator()) {
      case PLUS:
      case MINUS:
        if (left instanceof Type.Date && right instanceof Type.Date && arithmetic.operator() == Expr.ArithmeticOperator.MINUS) {
          return Type.MEASURED_DURATION;
        }
        if (left instanceof Type.Date && right instanceof Type.Duration duration && !duration.measured()) {
          return Type.DATE;
        }
        if (left instanceof Quantity l && right instanceof Quantity r) {
          checkCommensurable(arithmetic.span(), leftType, rightType, l, r);
          return l;
        }
        break;
      case TIMES:
        if (left instanceof Quantity l && right instanceof Quantity r) {
          if (l.equals(Type.NUMBER)) {
            return r;
          }
          if (r.equals(Type.NUMBER)) {
            return l;
          }
          sink.report(DiagnosticCode.TYPE_MISMATCH, arithmetic.span(),
              "one side of * must be a plain number (multiplying '" + l.unit() + "' by '" + r.unit() + "' is not supported)");
          return Type.ERROR;
        }
        break;
      case DIVIDE:
        if (left instanceof Quantity l && right instanceof Quantity r) {
          if (r.equals(Type.NUMBER)) {
            return l;
          }
          checkCommensurable(arithmetic.span(), leftType, rightType, l, r);
          return Type.NUMBER;
        }
        break;
    }
    sink.report(DiagnosticCode.TYPE_MISMATCH, arithmetic.span(),
        "cannot compute " + Type.withArticle(leftType) + " " + arithmetic.operator().symbol() + " " + Type.withArticle(rightType));
    return Type.ERROR;
  }

  /** The type of {@code if c then a else b}: both branches must agree. */
  Type unify(SourceSpan span, Type thenType, Type elseType) {
    if (thenType.isError()) {
      return elseType;
    }
    if (elseType.isError()) {
      return thenType;
    }
    Type a = valueOf(thenType);
    Type b = valueOf(elseType);
    if (a instanceof Quantity l && b instanceof Quantity r) {
      checkCommensurable(span, thenType, elseType, l, r);
      return l;
    }
    if (a instanceof Type.Duration duration && !duration.measured()) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, span,
          "a duration written in the file is fixed; an if cannot choose between two of them"
              + " (write two comparisons or two windows instead)");
      return Type.ERROR;
    }
    if (a.equals(b)) {
      return a;
    }
    sink.report(DiagnosticCode.TYPE_MISMATCH, span,
        "the branches of this if give " + Type.withArticle(thenType) + " and " + Type.withArticle(elseType));
    return Type.ERROR;
  }

  private void checkCommensurable(SourceSpan span, Type leftOriginal, Type rightOriginal, Quantity left,
      Quantity right) {
    Units units = Units.ucum();
    // A unit UCUM does not know was reported where it is written; judging it again here would
    // report one mistake at every use.
    if (units.problem(left.unit()).isPresent() || units.problem(right.unit()).isPresent()) {
      return;
    }
    if (units.comparable(left.unit(), right.unit()) || units.comparable(right.unit(), left.unit())) {
      return;
    }
    // An observation's declared molar mass or factors convert on either side of the comparison.
    ObservationDeclaration observation = observationOf(leftOriginal);
    if (observation == null) {
      observation = observationOf(rightOriginal);
    }
    if (observation != null && (Analytes.converterOf(observation).canConvert(right.unit(), left.unit())
        || Analytes.converterOf(observation).canConvert(left.unit(), right.unit()))) {
      return;
    }
    String extra = observation != null && observation.valueKind() == DataDeclaration.ValueKind.QUANTITY
        ? " (declare a molar mass or a factor on " + observation.name().text() + " to convert between them)"
        : "";
    sink.report(DiagnosticCode.UNIT_MISMATCH, span,
        "'" + left.unit() + "' (" + units.dimensionName(left.unit()) + ") cannot be compared with '" + right.unit()
            + "' (" + units.dimensionName(right.unit()) + ")" + extra);
  }

  /** A bare number against a value with a unit ({@code >= 9} for g/dL, {@code age >= 18}): says to write the unit. */
  private boolean unitLeftOut(Expr.Comparison comparison, Type right, DiagnosticCode code, String unit) {
    if (!right.equals(Type.NUMBER) || !(comparison.right() instanceof Expr.NumberLiteral number)) {
      return false;
    }
    String value = number.value().toPlainString();
    sink.report(code, comparison.span(), "the number " + value + " has no unit; write " + value + " " + unit);
    return true;
  }

  private static ObservationDeclaration observationOf(Type type) {
    return type instanceof RecordType record ? record.observation() : null;
  }

}
