package dev.eligo.compiler.parse;

import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Expr.ArithmeticOperator;
import dev.eligo.compiler.ast.Expr.ComparisonOperator;
import dev.eligo.compiler.ast.Expr.DurationUnit;
import dev.eligo.compiler.ast.Expr.ListOperator;
import dev.eligo.compiler.ast.Expr.LogicalOperator;
import dev.eligo.compiler.ast.Expr.Quantifier;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.grammar.EligoLexer;
import dev.eligo.grammar.EligoParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds expressions, one method per grammar level, loosest first as in the grammar. */
final class ExpressionBuilder {
  private final AstBuilder ast;

  ExpressionBuilder(AstBuilder ast) {
    this.ast = ast;
  }

  Expr expression(EligoParser.ExpressionContext context) {
    if (context instanceof EligoParser.ConditionalContext conditional) {
      if (ast.incomplete(conditional.condition, conditional.thenBranch, conditional.elseBranch)) {
        return hole(context);
      }
      return new Expr.Conditional(
          expression(conditional.condition),
          expression(conditional.thenBranch),
          expression(conditional.elseBranch),
          ast.span(context));
    }
    if (context instanceof EligoParser.PlainContext plain && plain.orExpression() != null) {
      return or(plain.orExpression());
    }
    return hole(context);
  }

  private Expr or(EligoParser.OrExpressionContext context) {
    List<Expr> operands = new ArrayList<>();
    for (EligoParser.AndExpressionContext and : context.andExpression()) {
      operands.add(and(and));
    }
    return logical(LogicalOperator.OR, operands, context);
  }

  private Expr and(EligoParser.AndExpressionContext context) {
    List<Expr> operands = new ArrayList<>();
    for (EligoParser.NotExpressionContext not : context.notExpression()) {
      operands.add(not(not));
    }
    return logical(LogicalOperator.AND, operands, context);
  }

  private Expr logical(LogicalOperator operator, List<Expr> operands, ParserRuleContext context) {
    if (operands.isEmpty()) {
      return hole(context);
    }
    return operands.size() == 1
        ? operands.get(0)
        : new Expr.Logical(operator, operands, ast.span(context));
  }

  Expr not(EligoParser.NotExpressionContext context) {
    if (context instanceof EligoParser.NegationContext negation
        && negation.notExpression() != null) {
      return new Expr.Not(not(negation.notExpression()), ast.span(context));
    }
    if (context instanceof EligoParser.NotNegatedContext plain && plain.comparison() != null) {
      return comparison(plain.comparison());
    }
    return hole(context);
  }

  private Expr comparison(EligoParser.ComparisonContext context) {
    if (context instanceof EligoParser.RelationalContext relational && relational.left != null) {
      Expr left = additive(relational.left);
      if (relational.op == null) {
        return left;
      }
      Expr right = relational.right == null ? hole(context) : additive(relational.right);
      return new Expr.Comparison(comparisonOperator(relational.op), left, right, ast.span(context));
    }
    if (context instanceof EligoParser.MembershipContext membership && membership.left != null) {
      CodeSetTerm codes =
          membership.codeSetTerm() == null ? null : ast.codeSetTerm(membership.codeSetTerm());
      if (codes == null) {
        return hole(context);
      }
      return new Expr.Membership(additive(membership.left), codes, ast.span(context));
    }
    if (context instanceof EligoParser.UnknownTestContext test && test.left != null) {
      return new Expr.UnknownTest(additive(test.left), test.NOT() != null, ast.span(context));
    }
    // 'is' takes a name, or one of the keywords that are also codes a field can have ('type is
    // allergy').
    if (context instanceof EligoParser.SexTestContext sex
        && sex.left != null
        && sex.word != null
        && sex.word.getTokenIndex() >= 0) {
      return new Expr.SexTest(additive(sex.left), ast.identifier(sex.word), ast.span(context));
    }
    return hole(context);
  }

  private Expr additive(EligoParser.AdditiveContext context) {
    return chain(
        context.multiplicative().stream().map(this::multiplicative).toList(), context.ops, context);
  }

  private Expr multiplicative(EligoParser.MultiplicativeContext context) {
    return chain(context.prefixed().stream().map(this::prefixed).toList(), context.ops, context);
  }

  // Left-associative: a - b - c is (a - b) - c.
  private Expr chain(List<Expr> operands, List<Token> operators, ParserRuleContext context) {
    if (operands.isEmpty()) {
      return hole(context);
    }
    Expr result = operands.get(0);
    for (int i = 1; i < operands.size() && i - 1 < operators.size(); i++) {
      Expr right = operands.get(i);
      result =
          new Expr.Arithmetic(
              arithmeticOperator(operators.get(i - 1)),
              result,
              right,
              result.span().to(right.span()));
    }
    return result;
  }

  private Expr prefixed(EligoParser.PrefixedContext context) {
    if (context instanceof EligoParser.ListOperatorContext list && list.prefixed() != null) {
      return new Expr.ListOperation(
          listOperator(list.op), prefixed(list.prefixed()), ast.span(context));
    }
    if (context instanceof EligoParser.NegativeContext negative && negative.prefixed() != null) {
      return new Expr.Negative(prefixed(negative.prefixed()), ast.span(context));
    }
    if (context instanceof EligoParser.NotPrefixedContext plain && plain.postfixed() != null) {
      return postfixed(plain.postfixed());
    }
    return hole(context);
  }

  private Expr postfixed(EligoParser.PostfixedContext context) {
    if (context.primary() == null) {
      return hole(context);
    }
    Expr result = primary(context.primary());
    for (EligoParser.PostfixContext postfix : context.postfix()) {
      SourceSpan span = result.span().to(ast.span(postfix));
      if (postfix instanceof EligoParser.FieldAccessContext field && field.field != null) {
        result = new Expr.FieldAccess(result, ast.identifier(field.field), span);
      } else if (postfix instanceof EligoParser.WithinWindowContext within
          && within.windowLength() != null
          && within.anchor() != null
          && within.side != null) {
        result =
            new Expr.Within(
                result,
                windowLength(within.windowLength()),
                side(within.side),
                anchor(within.anchor()),
                span);
      } else if (postfix instanceof EligoParser.OpenWindowContext open && open.anchor() != null) {
        Expr.Bound bound =
            open.bound.getType() == EligoLexer.BEFORE ? Expr.Bound.BEFORE : Expr.Bound.AFTER;
        result = new Expr.Bounded(result, bound, anchor(open.anchor()), null, span);
      } else if (postfix instanceof EligoParser.OpenWindowIncludingContext open
          && open.anchor() != null
          && open.bound != null) {
        Expr.Bound bound =
            open.bound.getType() == EligoLexer.BEFORE
                ? Expr.Bound.ON_OR_BEFORE
                : Expr.Bound.ON_OR_AFTER;
        result = new Expr.Bounded(result, bound, anchor(open.anchor()), null, span);
      } else if (postfix instanceof EligoParser.BetweenWindowContext between
          && between.first != null
          && between.last != null) {
        result =
            new Expr.Bounded(
                result, Expr.Bound.FROM_TO, anchor(between.first), anchor(between.last), span);
      } else if (postfix instanceof EligoParser.AtDateContext at && at.anchor() != null) {
        result = new Expr.At(result, anchor(at.anchor()), span);
      } else if (postfix instanceof EligoParser.DuringPeriodContext during
          && during.anchor() != null) {
        result = new Expr.During(result, anchor(during.anchor()), span);
      } else if (postfix instanceof EligoParser.InTimeUnitContext in && in.unit != null) {
        result = new Expr.InTimeUnit(result, durationUnit(in.unit), span);
      } else if (postfix instanceof EligoParser.InQuantityUnitContext in && in.UNIT() != null) {
        result = new Expr.InUnit(result, ast.unit(in.UNIT()), span);
      } else if (postfix instanceof EligoParser.FilterContext filter
          && filter.notExpression() != null) {
        result = new Expr.Where(result, not(filter.notExpression()), span);
      } else {
        result = hole(postfix);
      }
    }
    return result;
  }

  private Expr windowLength(EligoParser.WindowLengthContext context) {
    if (context instanceof EligoParser.WrittenLengthContext written && written.unit != null) {
      return new Expr.DurationLiteral(
          ast.number(written.NUMBER()), durationUnit(written.unit), ast.span(context));
    }
    if (context instanceof EligoParser.NamedLengthContext named && named.IDENTIFIER() != null) {
      return new Expr.Name(ast.identifier(named.IDENTIFIER().getSymbol()), ast.span(context));
    }
    if (context instanceof EligoParser.ParenthesizedLengthContext parenthesized
        && parenthesized.expression() != null) {
      return expression(parenthesized.expression());
    }
    return hole(context);
  }

  private static Expr.WindowSide side(Token side) {
    switch (side.getType()) {
      case EligoLexer.BEFORE:
        return Expr.WindowSide.BEFORE;
      case EligoLexer.AFTER:
        return Expr.WindowSide.AFTER;
      case EligoLexer.OF:
        return Expr.WindowSide.AROUND;
      default:
        throw new IllegalStateException("the grammar has no window side " + side.getText());
    }
  }

  /**
   * A date a window is next to: a primary and the fields read from it, {@code (earliest
   * adt).start}.
   */
  private Expr anchor(EligoParser.AnchorContext context) {
    if (context.primary() == null) {
      return hole(context);
    }
    Expr result = primary(context.primary());
    for (Token field : context.fields) {
      result =
          new Expr.FieldAccess(result, ast.identifier(field), result.span().to(ast.span(field)));
    }
    return result;
  }

  private Expr primary(EligoParser.PrimaryContext context) {
    SourceSpan span = ast.span(context);
    if (context instanceof EligoParser.QuantityLiteralContext quantity) {
      return new Expr.QuantityLiteral(
          ast.number(quantity.NUMBER()), ast.unit(quantity.UNIT()), span);
    }
    if (context instanceof EligoParser.DurationLiteralContext duration) {
      return new Expr.DurationLiteral(
          ast.number(duration.NUMBER()), durationUnit(duration.unit), span);
    }
    if (context instanceof EligoParser.UlnMultipleContext uln) {
      return new Expr.UlnMultiple(ast.number(uln.NUMBER()), span);
    }
    if (context instanceof EligoParser.LlnMultipleContext lln) {
      return new Expr.UlnMultiple(ast.number(lln.NUMBER()), true, span);
    }
    if (context instanceof EligoParser.TextLiteralContext text) {
      return new Expr.TextLiteral(ast.string(text.STRING().getSymbol()), span);
    }
    if (context instanceof EligoParser.NumberLiteralContext number) {
      return new Expr.NumberLiteral(ast.number(number.NUMBER()), span);
    }
    if (context instanceof EligoParser.DateLiteralContext date) {
      return date(date.DATE().getText(), span);
    }
    if (context instanceof EligoParser.BooleanLiteralContext bool) {
      return new Expr.BooleanLiteral(bool.TRUE() != null, span);
    }
    if (context instanceof EligoParser.UnknownLiteralContext unknown) {
      List<Expr> lookedFor = unknown.lookedFor.stream().map(this::postfixed).toList();
      return new Expr.UnknownLiteral(ast.string(unknown.reason), lookedFor, span);
    }
    if (context instanceof EligoParser.ScreeningDateContext) {
      return new Expr.ScreeningDate(span);
    }
    if (context instanceof EligoParser.QuantifiedContext quantified) {
      if (ast.incomplete(
          quantified.IDENTIFIER(),
          quantified.postfixed(),
          quantified.notExpression(),
          quantified.quantifier)) {
        return hole(context);
      }
      Quantifier quantifier =
          quantified.quantifier.getType() == EligoLexer.ANY ? Quantifier.ANY : Quantifier.ALL;
      return new Expr.Quantified(
          quantifier,
          ast.identifier(quantified.IDENTIFIER().getSymbol()),
          postfixed(quantified.postfixed()),
          not(quantified.notExpression()),
          span);
    }
    if (context instanceof EligoParser.CountWhereContext count) {
      if (ast.incomplete(count.IDENTIFIER(), count.postfixed(), count.notExpression())) {
        return hole(context);
      }
      return new Expr.CountWhere(
          ast.identifier(count.IDENTIFIER().getSymbol()),
          postfixed(count.postfixed()),
          not(count.notExpression()),
          span);
    }
    if (context instanceof EligoParser.SumOfContext sum) {
      if (ast.incomplete(sum.IDENTIFIER(), sum.postfixed(), sum.amount)) {
        return hole(context);
      }
      return new Expr.Sum(
          ast.identifier(sum.IDENTIFIER().getSymbol()),
          postfixed(sum.postfixed()),
          additive(sum.amount),
          span);
    }
    if (context instanceof EligoParser.LetBindingContext let) {
      if (ast.incomplete(let.name, let.bound, let.body)) {
        return hole(context);
      }
      return new Expr.Let(
          ast.identifier(let.name), additive(let.bound), expression(let.body), span);
    }
    if (context instanceof EligoParser.CallContext call && call.function != null) {
      List<Expr> arguments = call.expression().stream().map(this::expression).toList();
      return new Expr.Call(ast.identifier(call.function), arguments, span);
    }
    if (context instanceof EligoParser.NameContext name && name.IDENTIFIER() != null) {
      return new Expr.Name(ast.identifier(name.IDENTIFIER().getSymbol()), span);
    }
    if (context instanceof EligoParser.ParenthesizedContext parenthesized
        && parenthesized.expression() != null) {
      return expression(parenthesized.expression());
    }
    return hole(context);
  }

  private Expr date(String text, SourceSpan span) {
    String iso = text.substring(1);
    try {
      return new Expr.DateLiteral(LocalDate.parse(iso), iso, span);
    } catch (DateTimeParseException e) {
      ast.sink().report(DiagnosticCode.INVALID_DATE, span, "there is no date " + iso);
      return new Expr.DateLiteral(null, iso, span);
    }
  }

  private Expr hole(ParserRuleContext context) {
    return ast.erroneous(context == null ? SourceSpan.NONE : ast.span(context));
  }

  private static ComparisonOperator comparisonOperator(Token token) {
    switch (token.getType()) {
      case EligoLexer.LT:
        return ComparisonOperator.LT;
      case EligoLexer.LE:
        return ComparisonOperator.LE;
      case EligoLexer.GT:
        return ComparisonOperator.GT;
      case EligoLexer.GE:
        return ComparisonOperator.GE;
      case EligoLexer.EQ:
        return ComparisonOperator.EQ;
      default:
        return ComparisonOperator.NE;
    }
  }

  private static ArithmeticOperator arithmeticOperator(Token token) {
    switch (token.getType()) {
      case EligoLexer.PLUS:
        return ArithmeticOperator.PLUS;
      case EligoLexer.MINUS:
        return ArithmeticOperator.MINUS;
      case EligoLexer.STAR:
        return ArithmeticOperator.TIMES;
      default:
        return ArithmeticOperator.DIVIDE;
    }
  }

  private static ListOperator listOperator(Token token) {
    switch (token.getType()) {
      case EligoLexer.EXISTS:
        return ListOperator.EXISTS;
      case EligoLexer.COUNT:
        return ListOperator.COUNT;
      case EligoLexer.LATEST:
        return ListOperator.LATEST;
      default:
        return ListOperator.EARLIEST;
    }
  }

  private static DurationUnit durationUnit(Token token) {
    switch (token.getType()) {
      case EligoLexer.DAYS:
        return DurationUnit.DAYS;
      case EligoLexer.WEEKS:
        return DurationUnit.WEEKS;
      case EligoLexer.MONTHS:
        return DurationUnit.MONTHS;
      default:
        return DurationUnit.YEARS;
    }
  }
}
