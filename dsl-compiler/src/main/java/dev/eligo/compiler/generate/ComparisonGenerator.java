package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Expr.ComparisonOperator;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Type;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;

/**
 * Comparisons, chosen by the operands' types. A threshold chosen by a condition
 * ({@code x >= (if c then 5 x ULN else 2.5 x ULN)}) is compared in each branch, so that an
 * unknown condition still decides when both branches agree.
 */
final class ComparisonGenerator {
  private final ExpressionGenerator expressions;
  private final CheckedFile file;

  ComparisonGenerator(ExpressionGenerator expressions, CheckedFile file) {
    this.expressions = expressions;
    this.file = file;
  }

  CodeBlock generate(Expr.Comparison comparison) {
    return compare(comparison.left(), comparison.operator(), comparison.right());
  }

  private CodeBlock compare(Expr left, ComparisonOperator operator, Expr right) {
    if (right instanceof Expr.Conditional conditional && !(file.typeOf(conditional) instanceof Type.Truth)) {
      // Logic.ifThenElse(c, () -> left op a, () -> left op b)
      return CodeBlock.of("$T.ifThenElse($L,$>\n() -> $L,\n() -> $L)$<", RuntimeNames.LOGIC,
          expressions.generate(conditional.condition()),
          compare(left, operator, conditional.thenBranch()),
          compare(left, operator, conditional.elseBranch()));
    }
    if (left instanceof Expr.Conditional conditional && !(file.typeOf(conditional) instanceof Type.Truth)) {
      return CodeBlock.of("$T.ifThenElse($L,$>\n() -> $L,\n() -> $L)$<", RuntimeNames.LOGIC,
          expressions.generate(conditional.condition()),
          compare(conditional.thenBranch(), operator, right),
          compare(conditional.elseBranch(), operator, right));
    }
    Type leftType = file.typeOf(left);
    Type rightType = file.typeOf(right);
    CodeBlock op = CodeBlock.of("$T.$L", RuntimeNames.COMPARISON_OP, operator.name());
    if (rightType instanceof Type.Uln) {
      return CodeBlock.of("$T.observationToUln($L, $L, $L)", RuntimeNames.COMPARE, expressions.generate(left), op,
          expressions.generate(right));
    }
    if (isObservation(leftType)) {
      return CodeBlock.of("$T.observation($L, $L, $L)", RuntimeNames.COMPARE, expressions.generate(left), op,
          expressions.value(right));
    }
    if (leftType instanceof Type.Duration || rightType instanceof Type.Duration) {
      return durations(left, operator, right, leftType);
    }
    if (leftType instanceof Type.Date) {
      return CodeBlock.of("$T.dates($L, $L, $L)", RuntimeNames.COMPARE, expressions.generate(left), op,
          expressions.generate(right));
    }
    return CodeBlock.of("$T.quantities($L, $L, $L)", RuntimeNames.COMPARE, expressions.value(left), op,
        expressions.value(right));
  }

  // A measured duration (an age, a course) against one written in the file, whichever side it is on.
  private CodeBlock durations(Expr left, ComparisonOperator operator, Expr right, Type leftType) {
    boolean measuredLeft = ((Type.Duration) leftType).measured();
    Expr measured = measuredLeft ? left : right;
    Expr written = measuredLeft ? right : left;
    ComparisonOperator op = measuredLeft ? operator : mirrored(operator);
    return CodeBlock.of("$T.elapsed($L, $T.$L, $L)", RuntimeNames.COMPARE, expressions.generate(measured),
        RuntimeNames.COMPARISON_OP, op.name(), expressions.generate(written));
  }

  private static boolean isObservation(Type type) {
    return type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION;
  }

  static ComparisonOperator mirrored(ComparisonOperator operator) {
    switch (operator) {
      case LT:
        return ComparisonOperator.GT;
      case LE:
        return ComparisonOperator.GE;
      case GT:
        return ComparisonOperator.LT;
      case GE:
        return ComparisonOperator.LE;
      default:
        return operator;
    }
  }
}
