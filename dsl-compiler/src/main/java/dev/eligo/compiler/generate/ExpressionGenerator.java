package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import dev.eligo.compiler.check.Type;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one checked expression into a Java expression over the runtime's API. Each node becomes
 * one call; names of the file become constants, methods or lambda variables.
 */
final class ExpressionGenerator implements ExprVisitor<CodeBlock> {
  private final CheckedFile file;
  private final SourceText source;
  private final JavaNames names;
  private final ConceptGenerator concepts;
  private final NameAllocator locals = new NameAllocator();
  private final Map<Object, Local> localNames = new IdentityHashMap<>();
  private final Deque<Local> items = new ArrayDeque<>();

  ExpressionGenerator(CheckedFile file, SourceText source, JavaNames names, ConceptGenerator concepts) {
    this.file = file;
    this.source = source;
    this.names = names;
    this.concepts = concepts;
    locals.newName("ctx", "ctx");
  }

  CodeBlock generate(Expr expr) {
    return expr.accept(this);
  }

  private Type typeOf(Expr expr) {
    return file.typeOf(expr);
  }

  // ---- literals ---------------------------------------------------------------------------------

  @Override
  public CodeBlock visitBooleanLiteral(Expr.BooleanLiteral e) {
    return CodeBlock.of("$T.constant($L)", RuntimeNames.LOGIC, e.value());
  }

  @Override
  public CodeBlock visitUnknownLiteral(Expr.UnknownLiteral e) {
    String reason = e.reason().isEmpty() ? "stated as unknown" : e.reason();
    if (!e.lookedFor().isEmpty()) {
      // Logic.unknown("fewer than four PSA values", <PSA in the window>): the lists name what is missing.
      CodeBlock lists = e.lookedFor().stream().map(this::generate).collect(CodeBlock.joining(", "));
      return CodeBlock.of("$T.unknown($S, $L)", RuntimeNames.LOGIC, reason, lists);
    }
    return CodeBlock.of("$T.unknown($S)", RuntimeNames.LOGIC, reason);
  }

  @Override
  public CodeBlock visitNumberLiteral(Expr.NumberLiteral e) {
    return CodeBlock.of("$T.of($T.number(new $T($S)))", RuntimeNames.VALUE, RuntimeNames.QUANTITY, BigDecimal.class,
        e.value().toPlainString());
  }

  @Override
  public CodeBlock visitQuantityLiteral(Expr.QuantityLiteral e) {
    return CodeBlock.of("$T.of($T.of($S, $S))", RuntimeNames.VALUE, RuntimeNames.QUANTITY, e.value().toPlainString(),
        e.unit().text());
  }

  @Override
  public CodeBlock visitDurationLiteral(Expr.DurationLiteral e) {
    return CodeBlock.of("$T.of($L, $T.$L)", RuntimeNames.CALENDAR_DURATION, e.amount().intValueExact(),
        java.time.temporal.ChronoUnit.class, e.unit().name());
  }

  @Override
  public CodeBlock visitUlnMultiple(Expr.UlnMultiple e) {
    return CodeBlock.of("new $T($S)", BigDecimal.class, e.multiple().toPlainString());
  }

  @Override
  public CodeBlock visitDateLiteral(Expr.DateLiteral e) {
    return CodeBlock.of("$T.of($T.of($L, $L, $L))", RuntimeNames.VALUE, java.time.LocalDate.class,
        e.value().getYear(), e.value().getMonthValue(), e.value().getDayOfMonth());
  }

  @Override
  public CodeBlock visitScreeningDate(Expr.ScreeningDate e) {
    return CodeBlock.of("$T.of(ctx.screeningDate())", RuntimeNames.VALUE);
  }

  @Override
  public CodeBlock visitErroneous(Expr.Erroneous e) {
    throw new IllegalStateException("generation ran on a file with syntax errors");
  }

  // ---- names ------------------------------------------------------------------------------------

  @Override
  public CodeBlock visitName(Expr.Name e) {
    Symbol symbol = file.symbolOf(e);
    if (symbol instanceof Symbol.Variable variable) {
      Local local = localNames.get(variable.name());
      return CodeBlock.of("$N", JavaTypes.isList(variable.type()) ? local.raw() : local.value());
    }
    if (symbol instanceof Symbol.ItemField field) {
      return FieldAccessors.access(CodeBlock.of("$N", items.peek().value()), field.itemType(), field.field());
    }
    if (symbol instanceof Symbol.PatientFact fact) {
      return CodeBlock.of("ctx.age()");
    }
    if (symbol instanceof Symbol.DefinitionSymbol definition) {
      return CodeBlock.of("$N(ctx)", names.of(definition.definition()));
    }
    if (symbol instanceof Symbol.PartSymbol part) {
      return CodeBlock.of("$N(ctx)", names.of(part.part()));
    }
    DataDeclaration declaration = ((Symbol.Data) symbol).declaration();
    String constant = names.of(declaration);
    if (declaration instanceof DataDeclaration.ObservationDeclaration) {
      return CodeBlock.of("ctx.observations($N)", constant);
    }
    if (declaration instanceof DataDeclaration.AttestationDeclaration) {
      return CodeBlock.of("ctx.attestation($N)", constant);
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration) {
      return CodeBlock.of("ctx.participations($N)", constant);
    }
    switch (((DataDeclaration.RecordDeclaration) declaration).kind()) {
      case CONDITION:
        return CodeBlock.of("ctx.conditions($N)", constant);
      case MEDICATION:
        return CodeBlock.of("ctx.medications($N)", constant);
      case PROCEDURE:
        return CodeBlock.of("ctx.procedures($N)", constant);
      default:
        return CodeBlock.of("ctx.allergies($N)", constant);
    }
  }

  /**
   * The two names a lambda over a list gives each item: the item itself (used when it is a list,
   * such as a run) and the item as a Value that keeps the list's origin (used for everything else).
   */
  private record Local(String raw, String value) {}

  private Local local(String name) {
    return new Local(locals.newName(name, new Object()), locals.newName(name + "Value", new Object()));
  }

  @Override
  public CodeBlock visitCall(Expr.Call e) {
    CodeBlock first = generate(e.arguments().get(0));
    switch (e.function().text()) {
      case "series":
        return CodeBlock.of("$T.of($L)", RuntimeNames.SERIES, first);
      case "runs":
        return CodeBlock.of("$T.runs($L, $L)", RuntimeNames.LISTS, first,
            ((Expr.NumberLiteral) e.arguments().get(1)).value().intValueExact());
      case "upTo":
        return CodeBlock.of("$T.upTo($L, $L)", RuntimeNames.SERIES, first, generate(e.arguments().get(1)));
      case "courses":
        return CodeBlock.of("$T.of($L)", RuntimeNames.COURSES, first);
      default:
        return CodeBlock.of("$T.$L($L)", RuntimeNames.LISTS, e.function().text(), first);
    }
  }

  @Override
  public CodeBlock visitFieldAccess(Expr.FieldAccess e) {
    return FieldAccessors.access(generate(e.target()), typeOf(e.target()), e.field().text());
  }

  // ---- lists ------------------------------------------------------------------------------------

  @Override
  public CodeBlock visitWithin(Expr.Within e) {
    return CodeBlock.of("$T.within(ctx, $L, $L)", RuntimeNames.WINDOWS, generate(e.items()), generate(e.duration()));
  }

  @Override
  public CodeBlock visitAtScreening(Expr.AtScreening e) {
    return CodeBlock.of("$T.atScreening(ctx, $L)", RuntimeNames.WINDOWS, generate(e.items()));
  }

  @Override
  public CodeBlock visitWhere(Expr.Where e) {
    Local item = local("item");
    items.push(item);
    CodeBlock condition = generate(e.condition());
    items.pop();
    // The condition's own words name the filtered list in explanations: "PSA (value is unknown)".
    return CodeBlock.of("$T.where($L, $S, ($N, $N) -> $L)", RuntimeNames.LISTS, generate(e.items()),
        source.oneLine(e.condition().span()), item.raw(), item.value(), condition);
  }

  @Override
  public CodeBlock visitListOperation(Expr.ListOperation e) {
    return CodeBlock.of("$T.$L($L)", RuntimeNames.LISTS, e.operator().name().toLowerCase(Locale.ROOT), generate(e.operand()));
  }

  @Override
  public CodeBlock visitQuantified(Expr.Quantified e) {
    Local variable = bind(e.variable());
    return CodeBlock.of("$T.$L($L, ($N, $N) -> $L)", RuntimeNames.LISTS, e.quantifier().name().toLowerCase(Locale.ROOT),
        generate(e.items()), variable.raw(), variable.value(), generate(e.body()));
  }

  @Override
  public CodeBlock visitCountWhere(Expr.CountWhere e) {
    Local variable = bind(e.variable());
    return CodeBlock.of("$T.count($T.where($L, $S, ($N, $N) -> $L))", RuntimeNames.LISTS, RuntimeNames.LISTS,
        generate(e.items()), source.oneLine(e.condition().span()), variable.raw(), variable.value(),
        generate(e.condition()));
  }

  private Local bind(Identifier variable) {
    Local local = local(variable.text());
    localNames.put(variable, local);
    return local;
  }

  // ---- operators --------------------------------------------------------------------------------

  @Override
  public CodeBlock visitNegative(Expr.Negative e) {
    return CodeBlock.of("$T.negate($L)", RuntimeNames.ARITHMETIC, value(e.operand()));
  }

  @Override
  public CodeBlock visitArithmetic(Expr.Arithmetic e) {
    Type left = typeOf(e.left());
    Type right = typeOf(e.right());
    if (left instanceof Type.Date && right instanceof Type.Date) {
      // later - earlier: the time from the earlier date to the later one.
      return CodeBlock.of("$T.between($L, $L)", RuntimeNames.DATES, generate(e.right()), generate(e.left()));
    }
    if (left instanceof Type.Date) {
      String method = e.operator() == Expr.ArithmeticOperator.PLUS ? "plus" : "minus";
      return CodeBlock.of("$T.$L($L, $L)", RuntimeNames.DATES, method, generate(e.left()), generate(e.right()));
    }
    return CodeBlock.of("$T.$L($L, $L)", RuntimeNames.ARITHMETIC, e.operator().name().toLowerCase(Locale.ROOT),
        value(e.left()), value(e.right()));
  }

  @Override
  public CodeBlock visitComparison(Expr.Comparison e) {
    return new ComparisonGenerator(this, file).generate(e);
  }

  @Override
  public CodeBlock visitMembership(Expr.Membership e) {
    String valueSet = e.codes() instanceof dev.eligo.compiler.ast.CodeSetTerm.ValueSetReference reference
        ? names.of(((Symbol.ValueSetSymbol) file.symbolOf(reference)).declaration())
        : concepts.inlineValueSet(e.codes());
    return CodeBlock.of("$T.in($L, $N)", RuntimeNames.CODES, codes(e.value()), valueSet);
  }

  private CodeBlock codes(Expr expr) {
    Type type = typeOf(expr);
    if (type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION) {
      return FieldAccessors.access(generate(expr), type, "value");
    }
    return generate(expr);
  }

  @Override
  public CodeBlock visitSexTest(Expr.SexTest e) {
    return CodeBlock.of("ctx.sexIs($T.$L)", RuntimeNames.SEX, e.sex().text().toUpperCase(Locale.ROOT));
  }

  @Override
  public CodeBlock visitUnknownTest(Expr.UnknownTest e) {
    CodeBlock test = CodeBlock.of("$T.isUnknown($L)", RuntimeNames.LOGIC, generate(e.value()));
    return e.negated() ? CodeBlock.of("$T.not($L)", RuntimeNames.LOGIC, test) : test;
  }

  @Override
  public CodeBlock visitNot(Expr.Not e) {
    return CodeBlock.of("$T.not($L)", RuntimeNames.LOGIC, generate(e.operand()));
  }

  @Override
  public CodeBlock visitLogical(Expr.Logical e) {
    CodeBlock.Builder operands = CodeBlock.builder();
    for (int i = 0; i < e.operands().size(); i++) {
      operands.add(i == 0 ? "$>\n$L" : ",\n$L", generate(e.operands().get(i)));
    }
    return CodeBlock.of("$T.$L($L$<)", RuntimeNames.LOGIC, e.operator().name().toLowerCase(Locale.ROOT), operands.build());
  }

  @Override
  public CodeBlock visitConditional(Expr.Conditional e) {
    String method = typeOf(e) instanceof Type.Truth ? "ifThenElse" : "choose";
    return CodeBlock.of("$T.$L($L,$>\n() -> $L,\n() -> $L)$<", RuntimeNames.LOGIC, method, generate(e.condition()),
        generate(e.thenBranch()), generate(e.elseBranch()));
  }

  /** An operand used as a value: an observation stands for its value. */
  CodeBlock value(Expr expr) {
    Type type = typeOf(expr);
    if (type instanceof RecordType record && record.kind() == RecordKind.OBSERVATION) {
      return FieldAccessors.access(generate(expr), type, "value");
    }
    return generate(expr);
  }
}
