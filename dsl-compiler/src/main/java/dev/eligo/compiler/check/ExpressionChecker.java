package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.internal.quantity.Units;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Resolves names and infers the type of every expression. After an error the expression gets
 * {@link Type#ERROR}, which every rule accepts, so one mistake is reported once.
 */
final class ExpressionChecker implements ExprVisitor<Type> {
  private final GlobalScope globals;
  private final DiagnosticSink sink;
  private final IdentityHashMap<Expr, Type> types;
  private final IdentityHashMap<Object, Symbol> resolutions;
  private final Set<Object> used;
  private final TypeRules rules;
  private final Builtins builtins;
  private final CodeSetChecker codeSets;
  private final DefinitionOrder definitions;
  private final Scopes scopes = new Scopes();
  private Criterion currentCriterion;

  ExpressionChecker(GlobalScope globals, DiagnosticSink sink, IdentityHashMap<Expr, Type> types,
      IdentityHashMap<Object, Symbol> resolutions, Set<Object> used, CodeSetChecker codeSets) {
    this.globals = globals;
    this.sink = sink;
    this.types = types;
    this.resolutions = resolutions;
    this.used = used;
    this.rules = new TypeRules(sink);
    this.builtins = new Builtins(sink);
    this.codeSets = codeSets;
    this.definitions = new DefinitionOrder(sink);
  }

  List<Definition> definitionsInDependencyOrder() {
    return definitions.order();
  }

  /** Checks a criterion's expression and its parts' expressions: each must be a truth. */
  void checkCriterion(Criterion criterion) {
    currentCriterion = criterion;
    expectTruth(criterion.body(), "the expression of " + criterion.name().text());
    for (Criterion.Part part : criterion.parts()) {
      expectTruth(part.body(), "the expression of " + part.name().text());
    }
    currentCriterion = null;
  }

  /** The type of a definition's body, checking it first if needed. */
  Type checkDefinition(Definition definition) {
    if (definitions.isDone(definition)) {
      return types.get(definition.body());
    }
    definitions.enter(definition);
    Deque<?> saved = scopes.enterDefinition();
    Criterion savedCriterion = currentCriterion;
    currentCriterion = null;
    Type type = check(definition.body());
    if (type instanceof Type.Uln || type instanceof Type.Sex) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, definition.body().span(),
          (type instanceof Type.Sex ? "the patient's sex can only be tested with 'sex is male'"
              : "a multiple of ULN can only stand in a comparison") + ", not be defined on its own");
      type = Type.ERROR;
      types.put(definition.body(), type);
    }
    currentCriterion = savedCriterion;
    scopes.leaveDefinition(saved);
    definitions.leave(definition);
    return type;
  }

  private Type check(Expr expr) {
    Type type = expr.accept(this);
    types.put(expr, type);
    return type;
  }

  private void expectTruth(Expr expr, String what) {
    Type type = check(expr);
    if (!type.isError() && !(type instanceof Type.Truth)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, expr.span(), what + " must be true, false or unknown, not " + Type.withArticle(type));
    }
  }

  private Type expectList(Expr expr, String what) {
    Type type = check(expr);
    if (type.isError()) {
      return Type.ERROR;
    }
    if (!(type instanceof ListOf)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, expr.span(), what + " needs a list of records, not " + Type.withArticle(type));
      return Type.ERROR;
    }
    return type;
  }

  // ---- literals ---------------------------------------------------------------------------------

  @Override
  public Type visitBooleanLiteral(Expr.BooleanLiteral e) {
    return Type.TRUTH;
  }

  @Override
  public Type visitUnknownLiteral(Expr.UnknownLiteral e) {
    for (Expr lookedFor : e.lookedFor()) {
      expectList(lookedFor, "'unknown ... for'");
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitNumberLiteral(Expr.NumberLiteral e) {
    return Type.NUMBER;
  }

  @Override
  public Type visitQuantityLiteral(Expr.QuantityLiteral e) {
    return Units.ucum().problem(e.unit().text()).<Type>map(problem -> {
      sink.report(DiagnosticCode.UNKNOWN_UNIT, e.unit().span(), problem);
      return Type.ERROR;
    }).orElse(new Type.Quantity(e.unit().text()));
  }

  @Override
  public Type visitDurationLiteral(Expr.DurationLiteral e) {
    try {
      if (e.amount().intValueExact() < 0) {
        throw new ArithmeticException();
      }
    } catch (ArithmeticException notWhole) {
      if (e.amount().signum() > 0 && e.amount().stripTrailingZeros().scale() <= 0) {
        sink.report(DiagnosticCode.INVALID_NUMBER, e.span(), "a duration of " + e.amount().toPlainString() + " "
            + e.unit().name().toLowerCase(java.util.Locale.ROOT) + " is longer than any record can span");
        return Type.ERROR;
      }
      sink.report(DiagnosticCode.INVALID_DURATION, e.span(),
          "a duration is a whole number of " + e.unit().name().toLowerCase(java.util.Locale.ROOT)
              + " (write 6 weeks, not 1.5 months)");
      return Type.ERROR;
    }
    return Type.CALENDAR_DURATION;
  }

  @Override
  public Type visitUlnMultiple(Expr.UlnMultiple e) {
    return Type.ULN;
  }

  @Override
  public Type visitDateLiteral(Expr.DateLiteral e) {
    return e.value() == null ? Type.ERROR : Type.DATE;
  }

  @Override
  public Type visitScreeningDate(Expr.ScreeningDate e) {
    return Type.DATE;
  }

  @Override
  public Type visitErroneous(Expr.Erroneous e) {
    return Type.ERROR;
  }

  // ---- names ------------------------------------------------------------------------------------

  @Override
  public Type visitName(Expr.Name e) {
    String name = e.name().text();
    Symbol local = scopes.lookup(name);
    if (local != null) {
      resolutions.put(e, local);
      return local instanceof Symbol.Variable variable ? variable.type() : ((Symbol.ItemField) local).type();
    }
    Symbol global = globals.lookup(name);
    if (global == null && GlobalScope.PATIENT_FACTS.contains(name)) {
      Symbol fact = new Symbol.PatientFact(name);
      resolutions.put(e, fact);
      return name.equals("age") ? Type.MEASURED_DURATION : Type.SEX;
    }
    if (global == null && scopes.insideErroneousItem()) {
      // A field of items whose type is already wrong: the mistake was reported at the list.
      return Type.ERROR;
    }
    if (global == null) {
      sink.report(DiagnosticCode.UNKNOWN_NAME, e.span(), "unknown name '" + name + "'" + hint(name));
      return Type.ERROR;
    }
    return resolveGlobal(e, global);
  }

  // 'exists infection where active and not resolved' reads as '(exists ... where active) and not
  // resolved': a field name outside any 'where' most often means missing parentheses.
  private String hint(String name) {
    if (Fields.isFieldOfSomeKind(name)) {
      return ": '" + name + "' is a field of the items of a 'where'; to test more than one thing there, put"
          + " them in parentheses: where (active and not resolved)";
    }
    return Suggestions.didYouMean(name, globals);
  }

  private Type resolveGlobal(Expr.Name e, Symbol global) {
    String name = e.name().text();
    if (global instanceof Symbol.Data data) {
      resolutions.put(e, global);
      used.add(data.declaration());
      return typeOf(data.declaration());
    }
    if (global instanceof Symbol.DefinitionSymbol definition) {
      resolutions.put(e, global);
      used.add(definition.definition());
      if (definitions.isRecursive(definition.definition(), e.span())) {
        return Type.ERROR;
      }
      return checkDefinition(definition.definition());
    }
    if (global instanceof Symbol.PartSymbol part) {
      if (part.part() == null) {
        sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(),
            "'" + name + "' is a criterion; criteria cannot use each other, put what they share in a define");
        return Type.ERROR;
      }
      if (part.criterion() != currentCriterion) {
        sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(),
            "'" + name + "' is a part of " + part.criterion().name().text() + " and can be used only in "
                + part.criterion().name().text() + "'s expression");
        return Type.ERROR;
      }
      resolutions.put(e, global);
      used.add(part.part());
      return Type.TRUTH;
    }
    String kind = global instanceof Symbol.ValueSetSymbol ? "a value set: use it after 'in'" : "a code system";
    sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(), "'" + name + "' is " + kind);
    return Type.ERROR;
  }

  static Type typeOf(DataDeclaration declaration) {
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      return new ListOf(new RecordType(RecordKind.OBSERVATION, observation));
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      switch (record.kind()) {
        case CONDITION:
          return new ListOf(new RecordType(RecordKind.CONDITION, null));
        case MEDICATION:
          return new ListOf(new RecordType(RecordKind.MEDICATION, null));
        case PROCEDURE:
          return new ListOf(new RecordType(RecordKind.PROCEDURE, null));
        case ALLERGY:
          return new ListOf(new RecordType(RecordKind.ALLERGY, null));
      }
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration) {
      return new ListOf(new RecordType(RecordKind.PARTICIPATION, null));
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitCall(Expr.Call e) {
    List<Type> arguments = new ArrayList<>();
    for (Expr argument : e.arguments()) {
      arguments.add(check(argument));
    }
    return builtins.resultOf(e, arguments);
  }

  @Override
  public Type visitFieldAccess(Expr.FieldAccess e) {
    Type target = check(e.target());
    if (target.isError()) {
      return Type.ERROR;
    }
    Type field = Fields.of(target).get(e.field().text());
    if (field == null) {
      List<String> names = new ArrayList<>(Fields.of(target).keySet());
      sink.report(DiagnosticCode.UNKNOWN_FIELD, e.field().span(),
          Type.withArticle(target) + " has no field '" + e.field().text() + "'"
              + (names.isEmpty() ? "" : "; its fields are " + String.join(", ", names)));
      return Type.ERROR;
    }
    return field;
  }

  // ---- lists ------------------------------------------------------------------------------------

  @Override
  public Type visitWithin(Expr.Within e) {
    Type items = expectList(e.items(), "'within'");
    Type duration = check(e.duration());
    if (!duration.isError() && !duration.equals(Type.CALENDAR_DURATION)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, e.duration().span(),
          "a window is a duration written in the file, such as 28 days, not " + Type.withArticle(duration));
    }
    return items;
  }

  @Override
  public Type visitAtScreening(Expr.AtScreening e) {
    return expectList(e.items(), "'at screening'");
  }

  @Override
  public Type visitWhere(Expr.Where e) {
    Type items = expectList(e.items(), "'where'");
    scopes.bindItem(items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.condition(), "a 'where' condition");
    scopes.pop();
    return items;
  }

  @Override
  public Type visitListOperation(Expr.ListOperation e) {
    String operator = e.operator().name().toLowerCase(java.util.Locale.ROOT);
    Type items = expectList(e.operand(), "'" + operator + "'");
    if (items.isError()) {
      return e.operator() == Expr.ListOperator.EXISTS ? Type.TRUTH : Type.ERROR;
    }
    Type element = ((ListOf) items).element();
    switch (e.operator()) {
      case EXISTS:
        return Type.TRUTH;
      case COUNT:
        return Type.NUMBER;
      default:
        if (!(element instanceof RecordType)) {
          sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(),
              "'" + operator + "' needs dated records, not " + Type.withArticle(items));
          return Type.ERROR;
        }
        return element;
    }
  }

  @Override
  public Type visitQuantified(Expr.Quantified e) {
    Type items = expectList(e.items(), "'" + e.quantifier().name().toLowerCase(java.util.Locale.ROOT) + "'");
    scopes.bindVariable(e.variable(), items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.body(), "the condition after 'satisfies'");
    scopes.pop();
    return Type.TRUTH;
  }

  @Override
  public Type visitCountWhere(Expr.CountWhere e) {
    Type items = expectList(e.items(), "'count ... where'");
    scopes.bindVariable(e.variable(), items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.condition(), "the condition after 'where'");
    scopes.pop();
    return Type.NUMBER;
  }

  // ---- operators --------------------------------------------------------------------------------

  @Override
  public Type visitNegative(Expr.Negative e) {
    Type operand = TypeRules.valueOf(check(e.operand()));
    if (operand.isError() || operand instanceof Type.Quantity) {
      return operand;
    }
    sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(), "cannot negate a " + operand.describe());
    return Type.ERROR;
  }

  @Override
  public Type visitArithmetic(Expr.Arithmetic e) {
    return rules.arithmetic(e, check(e.left()), check(e.right()));
  }

  @Override
  public Type visitComparison(Expr.Comparison e) {
    return rules.comparison(e, check(e.left()), check(e.right()));
  }

  @Override
  public Type visitMembership(Expr.Membership e) {
    Type value = TypeRules.valueOf(check(e.value()));
    codeSets.check(e.codes());
    if (!value.isError() && !(value instanceof Type.Codes)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, e.value().span(),
          "'in' tests codes (a route, a diagnosis code, a coded result), not " + Type.withArticle(value));
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitSexTest(Expr.SexTest e) {
    Type subject = check(e.subject());
    if (!subject.isError() && !(subject instanceof Type.Sex)) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, e.subject().span(), "'is' tests the patient's sex: write 'sex is male'");
    }
    if (!Set.of("male", "female").contains(e.sex().text())) {
      sink.report(DiagnosticCode.UNKNOWN_SEX, e.sex().span(),
          "'" + e.sex().text() + "' cannot be tested: write 'sex is male' or 'sex is female' (a record saying"
              + " other or unknown leaves both unknown)");
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitUnknownTest(Expr.UnknownTest e) {
    Type value = check(e.value());
    if (value instanceof ListOf) {
      sink.report(DiagnosticCode.TYPE_MISMATCH, e.value().span(),
          "a list is never unknown: its records are there or not; test 'exists' or a field of its items");
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitNot(Expr.Not e) {
    expectTruth(e.operand(), "'not'");
    return Type.TRUTH;
  }

  @Override
  public Type visitLogical(Expr.Logical e) {
    String operator = "'" + e.operator().name().toLowerCase(java.util.Locale.ROOT) + "'";
    for (Expr operand : e.operands()) {
      expectTruth(operand, "each side of " + operator);
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitConditional(Expr.Conditional e) {
    expectTruth(e.condition(), "the condition of 'if'");
    Type thenType = check(e.thenBranch());
    Type elseType = check(e.elseBranch());
    SourceSpan span = e.thenBranch().span().to(e.elseBranch().span());
    return rules.unify(span, thenType, elseType);
  }
}
