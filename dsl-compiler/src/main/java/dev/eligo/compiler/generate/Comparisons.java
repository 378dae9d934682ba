package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Expr.ComparisonOperator;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.ComparisonRule;
import dev.eligo.compiler.check.LanguageTable;
import dev.eligo.compiler.check.Representation;
import dev.eligo.compiler.check.RuntimeCall;
import dev.eligo.compiler.check.Type;

/**
 * Comparisons, by the rule the checker chose for each pair of operands. A threshold chosen by a
 * condition ({@code x >= (if c then 5 x ULN else 2.5 x ULN)}) is compared in each branch, so that
 * an unknown condition still decides when both branches agree.
 */
final class Comparisons {
  private final ExpressionGenerator expressions;
  private final CheckedFile file;

  Comparisons(ExpressionGenerator expressions, CheckedFile file) {
    this.expressions = expressions;
    this.file = file;
  }

  CodeBlock compare(Expr left, ComparisonOperator operator, Expr right) {
    if (isChoiceOfValues(right)) {
      // Logic.ifThenElse(c, () -> left op a, () -> left op b)
      Expr.Conditional choice = (Expr.Conditional) right;
      return ExpressionGenerator.branches(
          RuntimeCall.IF_THEN_ELSE,
          expressions.generateDirect(choice.condition()),
          compare(left, operator, choice.thenBranch()),
          compare(left, operator, choice.elseBranch()));
    }
    if (isChoiceOfValues(left)) {
      Expr.Conditional choice = (Expr.Conditional) left;
      return ExpressionGenerator.branches(
          RuntimeCall.IF_THEN_ELSE,
          expressions.generateDirect(choice.condition()),
          compare(choice.thenBranch(), operator, right),
          compare(choice.elseBranch(), operator, right));
    }
    ComparisonRule rule = file.comparisonRule(left, right);
    Expr first = rule.mirrored() ? right : left;
    Expr second = rule.mirrored() ? left : right;
    ComparisonOperator op = rule.mirrored() ? mirrored(operator) : operator;
    CodeBlock opCode = CodeBlock.of("$T.$L", RuntimeNames.COMPARISON_OP, op.name());
    boolean values = rule == ComparisonRule.QUANTITIES;
    return ExpressionGenerator.runtimeCall(
        rule.call(), operand(first, values), opCode, operand(second, values));
  }

  // Two numbers or quantities compare their values: an observation among them is read as its value.
  private CodeBlock operand(Expr expr, boolean asValue) {
    CodeBlock code = expressions.generateDirect(expr);
    Type type = file.typeOf(expr);
    if (asValue
        && type instanceof Type.RecordType record
        && record.kind() == Type.RecordKind.OBSERVATION) {
      return ExpressionGenerator.runtimeCall(
          LanguageTable.field(type, "value").orElseThrow().call(), code);
    }
    return code;
  }

  private boolean isChoiceOfValues(Expr expr) {
    return expr instanceof Expr.Conditional && file.representationOf(expr) != Representation.TRUTH;
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
      case EQ:
      case NE:
        return operator;
    }
    throw new AssertionError(operator);
  }
}
