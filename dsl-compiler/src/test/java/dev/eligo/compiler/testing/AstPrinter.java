package dev.eligo.compiler.testing;

import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Declaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints AST nodes as S-expressions for tests, without spans (records' own {@code toString} repeats
 * every span and is unreadable). {@code not a and b} prints as {@code (and (not a) b)}.
 *
 * <p>Atoms: names bare; numbers plain ({@code 1.5}); {@code (quantity 5 'g/L')}, {@code (duration
 * 28 days)}, {@code (uln 2.5)}, {@code (date 2026-01-31)}, {@code screening}, {@code true}, {@code
 * (unknown "reason")}, {@code (unknown "reason" for a b)}. Operators print as their symbol or
 * keyword: {@code (< a b)}, {@code (+ a b)}, {@code (and a b c)}, {@code (if c a b)}, {@code
 * (within items duration)}, {@code (where items condition)}, {@code (. target field)}, {@code (call
 * f args...)}, {@code (any v items body)}, {@code (count-where v items condition)}; {@code <error>}
 * marks what the parser could not read.
 */
public final class AstPrinter implements ExprVisitor<String> {
  private static final AstPrinter INSTANCE = new AstPrinter();

  private AstPrinter() {}

  /** One expression. */
  public static String print(Expr expr) {
    return expr.accept(INSTANCE);
  }

  /** One declaration, its expressions included. */
  public static String print(Declaration declaration) {
    if (declaration instanceof CodeSystemDeclaration system) {
      return list(
          "codesystem",
          system.name().text(),
          system.matching().name().toLowerCase(Locale.ROOT),
          system.uris().stream().map(AstPrinter::quoted).collect(Collectors.joining(" ")));
    }
    if (declaration instanceof ValueSetDeclaration valueSet) {
      return list("valueset", valueSet.name().text(), codeSet(valueSet.codes()));
    }
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      return list(
          "observation",
          observation.name().text(),
          observation.valueKind().name().toLowerCase(Locale.ROOT)
              + (observation.unit() == null ? "" : " '" + observation.unit().text() + "'"),
          codeSet(observation.codes()));
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      return list(
          record.kind().name().toLowerCase(Locale.ROOT),
          record.name().text(),
          codeSet(record.codes()));
    }
    if (declaration instanceof DataDeclaration.AttestationDeclaration attestation) {
      return list("attestation", attestation.name().text(), quoted(attestation.linkId()));
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration participation) {
      return list("participation", participation.name().text());
    }
    if (declaration instanceof Definition definition) {
      return list("define", definition.name().text(), print(definition.body()));
    }
    Criterion criterion = (Criterion) declaration;
    Stream<String> parts =
        criterion.parts().stream()
            .map(p -> list("part", p.name().text(), quoted(p.text()), print(p.body())));
    return list(
        Stream.concat(
                Stream.of(
                    criterion.kind().name().toLowerCase(Locale.ROOT),
                    criterion.name().text(),
                    quoted(criterion.text()),
                    print(criterion.body())),
                parts)
            .toArray(String[]::new));
  }

  private static String codeSet(CodeSet codes) {
    String included =
        codes.included().stream().map(AstPrinter::term).collect(Collectors.joining(" "));
    if (codes.excluded().isEmpty()) {
      return list("codes", included);
    }
    return list(
        "codes",
        included,
        list(
            "except",
            codes.excluded().stream().map(AstPrinter::term).collect(Collectors.joining(" "))));
  }

  private static String term(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.InlineCodes inline) {
      return inline.system().text()
          + "{"
          + inline.codes().stream().map(CodeLiteral::text).collect(Collectors.joining(","))
          + "}";
    }
    return ((CodeSetTerm.ValueSetReference) term).name().text();
  }

  private static String quoted(String text) {
    return text == null ? "<no text>" : '"' + text + '"';
  }

  private static String number(BigDecimal value) {
    return value.toPlainString();
  }

  private static String list(String... items) {
    return Stream.of(items).collect(Collectors.joining(" ", "(", ")"));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String visitBooleanLiteral(Expr.BooleanLiteral e) {
    return String.valueOf(e.value());
  }

  @Override
  public String visitUnknownLiteral(Expr.UnknownLiteral e) {
    if (e.lookedFor().isEmpty()) {
      return e.reason().isEmpty() ? "unknown" : list("unknown", quoted(e.reason()));
    }
    return list(
        Stream.concat(
                Stream.of("unknown", quoted(e.reason()), "for"),
                e.lookedFor().stream().map(AstPrinter::print))
            .toArray(String[]::new));
  }

  @Override
  public String visitNumberLiteral(Expr.NumberLiteral e) {
    return number(e.value());
  }

  @Override
  public String visitQuantityLiteral(Expr.QuantityLiteral e) {
    return list("quantity", number(e.value()), "'" + e.unit().text() + "'");
  }

  @Override
  public String visitDurationLiteral(Expr.DurationLiteral e) {
    return list("duration", number(e.amount()), lower(e.unit()));
  }

  @Override
  public String visitUlnMultiple(Expr.UlnMultiple e) {
    return list(e.lower() ? "lln" : "uln", number(e.multiple()));
  }

  @Override
  public String visitTextLiteral(Expr.TextLiteral e) {
    return list("text", e.text());
  }

  @Override
  public String visitDateLiteral(Expr.DateLiteral e) {
    return list("date", e.text());
  }

  @Override
  public String visitScreeningDate(Expr.ScreeningDate e) {
    return "screening";
  }

  @Override
  public String visitName(Expr.Name e) {
    return e.name().text();
  }

  @Override
  public String visitCall(Expr.Call e) {
    return list(
        Stream.concat(
                Stream.of("call", e.function().text()),
                e.arguments().stream().map(AstPrinter::print))
            .toArray(String[]::new));
  }

  @Override
  public String visitFieldAccess(Expr.FieldAccess e) {
    return list(".", print(e.target()), e.field().text());
  }

  @Override
  public String visitWithin(Expr.Within e) {
    if (e.side() == Expr.WindowSide.BEFORE && e.anchor() instanceof Expr.ScreeningDate) {
      return list("within", print(e.items()), print(e.duration()));
    }
    return list(
        "within", print(e.items()), print(e.duration()), lower(e.side()), print(e.anchor()));
  }

  @Override
  public String visitAt(Expr.At e) {
    return e.anchor() instanceof Expr.ScreeningDate
        ? list("at-screening", print(e.target()))
        : list("at", print(e.target()), print(e.anchor()));
  }

  @Override
  public String visitBounded(Expr.Bounded e) {
    return e.end() == null
        ? list(lower(e.bound()), print(e.items()), print(e.anchor()))
        : list("from-to", print(e.items()), print(e.anchor()), print(e.end()));
  }

  @Override
  public String visitDuring(Expr.During e) {
    return list("during", print(e.items()), print(e.period()));
  }

  @Override
  public String visitInTimeUnit(Expr.InTimeUnit e) {
    return list("in", print(e.value()), lower(e.unit()));
  }

  @Override
  public String visitInUnit(Expr.InUnit e) {
    return list("in", print(e.value()), "'" + e.unit().text() + "'");
  }

  @Override
  public String visitLet(Expr.Let e) {
    return list("let", e.name().text(), print(e.bound()), print(e.body()));
  }

  @Override
  public String visitWhere(Expr.Where e) {
    return list("where", print(e.items()), print(e.condition()));
  }

  @Override
  public String visitListOperation(Expr.ListOperation e) {
    return list(lower(e.operator()), print(e.operand()));
  }

  @Override
  public String visitNegative(Expr.Negative e) {
    return list("-", print(e.operand()));
  }

  @Override
  public String visitArithmetic(Expr.Arithmetic e) {
    return list(e.operator().symbol(), print(e.left()), print(e.right()));
  }

  @Override
  public String visitComparison(Expr.Comparison e) {
    return list(e.operator().symbol(), print(e.left()), print(e.right()));
  }

  @Override
  public String visitMembership(Expr.Membership e) {
    return list("in", print(e.value()), term(e.codes()));
  }

  @Override
  public String visitSexTest(Expr.SexTest e) {
    return list("is", print(e.subject()), e.sex().text());
  }

  @Override
  public String visitUnknownTest(Expr.UnknownTest e) {
    return list(e.negated() ? "is-not-unknown" : "is-unknown", print(e.value()));
  }

  @Override
  public String visitNot(Expr.Not e) {
    return list("not", print(e.operand()));
  }

  @Override
  public String visitLogical(Expr.Logical e) {
    return list(
        Stream.concat(Stream.of(lower(e.operator())), e.operands().stream().map(AstPrinter::print))
            .toArray(String[]::new));
  }

  @Override
  public String visitConditional(Expr.Conditional e) {
    return list("if", print(e.condition()), print(e.thenBranch()), print(e.elseBranch()));
  }

  @Override
  public String visitQuantified(Expr.Quantified e) {
    return list(lower(e.quantifier()), e.variable().text(), print(e.items()), print(e.body()));
  }

  @Override
  public String visitCountWhere(Expr.CountWhere e) {
    return list("count-where", e.variable().text(), print(e.items()), print(e.condition()));
  }

  @Override
  public String visitSum(Expr.Sum e) {
    return list("sum", e.variable().text(), print(e.items()), print(e.amount()));
  }

  @Override
  public String visitErroneous(Expr.Erroneous e) {
    return "<error>";
  }
}
