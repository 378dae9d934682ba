package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.check.Type.ListOf;
import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.runtime.internal.quantity.Units;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Resolves names and infers the type and representation of every expression. After an error the
 * expression gets {@link Type#ERROR}, which every rule accepts, so one mistake is reported once.
 */
final class ExpressionChecker implements ExprVisitor<Type> {
  private final GlobalScope globals;
  private final DiagnosticSink sink;
  private final Annotations notes;
  private final TypeRules rules;
  private final CallChecker calls;
  private final CodeSetChecker codeSets;
  private final DefinitionOrder definitions;
  private final Scopes scopes = new Scopes();
  private Criterion currentCriterion;

  ExpressionChecker(
      GlobalScope globals, DiagnosticSink sink, Annotations notes, CodeSetChecker codeSets) {
    this.globals = globals;
    this.sink = sink;
    this.notes = notes;
    this.rules = new TypeRules(sink, notes);
    this.calls = new CallChecker(sink, notes);
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
      return notes.types.get(definition.body());
    }
    definitions.enter(definition);
    Deque<?> saved = scopes.enterDefinition();
    Criterion savedCriterion = currentCriterion;
    currentCriterion = null;
    Type type = check(definition.body());
    Representation representation = notes.representations.get(definition.body());
    if (representation == Representation.ULN_MULTIPLE || representation == Representation.SEX) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          definition.body().span(),
          (representation == Representation.SEX
                  ? "the patient's sex can only be tested with 'sex is male'"
                  : "a multiple of ULN can only stand in a comparison")
              + ", not be defined on its own");
      type = Type.ERROR;
      notes.type(definition.body(), type, Representation.VALUE);
    } else if (Constants.isConstant(definition.body(), notes)) {
      notes.constants.add(definition);
    }
    currentCriterion = savedCriterion;
    scopes.leaveDefinition(saved);
    definitions.leave(definition);
    return type;
  }

  private Type check(Expr expr) {
    return expr.accept(this);
  }

  private Type is(Expr expr, Type type, Representation representation) {
    notes.type(expr, type, representation);
    return type;
  }

  private Representation representationOf(Expr expr) {
    return notes.representations.get(expr);
  }

  private void expectTruth(Expr expr, String what) {
    Type type = check(expr);
    if (!type.isError() && !(type instanceof Type.Truth)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          expr.span(),
          what + " must be true, false or unknown, not " + Type.withArticle(type));
    }
  }

  /** Checks an operand that must be a list; its type, or {@link Type#ERROR} after a report. */
  private Type expectList(Expr expr, String what) {
    Type type = check(expr);
    if (type.isError()) {
      return Type.ERROR;
    }
    if (!(type instanceof ListOf)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          expr.span(),
          what + " needs a list of records, not " + Type.withArticle(type));
      return Type.ERROR;
    }
    return type;
  }

  /**
   * The representation of something computed from a list: a list operand that is one list which may
   * be unknown (the first of several runs) makes a list result one such list too.
   */
  private Representation overList(Expr list, Representation result) {
    boolean single = representationOf(list) == Representation.VALUE;
    return single && result == Representation.LIST ? Representation.VALUE : result;
  }

  // ---- literals ---------------------------------------------------------------------------------

  @Override
  public Type visitBooleanLiteral(Expr.BooleanLiteral e) {
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitUnknownLiteral(Expr.UnknownLiteral e) {
    for (Expr lookedFor : e.lookedFor()) {
      Type type = expectList(lookedFor, "'unknown ... for'");
      if (!type.isError() && representationOf(lookedFor) != Representation.LIST) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            lookedFor.span(),
            "'unknown ... for' names the records that were looked for, such as 'psa within 12 months before"
                + " screening', not one item of a list");
      }
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitNumberLiteral(Expr.NumberLiteral e) {
    return is(e, Type.NUMBER, Representation.VALUE);
  }

  @Override
  public Type visitQuantityLiteral(Expr.QuantityLiteral e) {
    Type type =
        Units.ucum()
            .problem(e.unit().text())
            .<Type>map(
                problem -> {
                  sink.report(DiagnosticCode.UNKNOWN_UNIT, e.unit().span(), problem);
                  return Type.ERROR;
                })
            .orElse(new Type.Quantity(e.unit().text()));
    return is(e, type, Representation.VALUE);
  }

  @Override
  public Type visitDurationLiteral(Expr.DurationLiteral e) {
    String unit = e.unit().name().toLowerCase(Locale.ROOT);
    if (e.amount().signum() < 0 || e.amount().stripTrailingZeros().scale() > 0) {
      sink.report(
          DiagnosticCode.INVALID_DURATION,
          e.span(),
          "a duration is a whole number of " + unit + " (write 6 weeks, not 1.5 months)");
      return is(e, Type.ERROR, Representation.CALENDAR_DURATION);
    }
    long limit = Durations.longest(e.unit());
    if (e.amount().compareTo(java.math.BigDecimal.valueOf(limit)) > 0) {
      sink.report(
          DiagnosticCode.INVALID_NUMBER,
          e.span(),
          "a duration of "
              + e.amount().toPlainString()
              + " "
              + unit
              + " is longer than any record can span (at most "
              + limit
              + " "
              + unit
              + ")");
      return is(e, Type.ERROR, Representation.CALENDAR_DURATION);
    }
    return is(e, Type.CALENDAR_DURATION, Representation.CALENDAR_DURATION);
  }

  @Override
  public Type visitUlnMultiple(Expr.UlnMultiple e) {
    return is(e, e.lower() ? Type.LLN : Type.ULN, Representation.ULN_MULTIPLE);
  }

  @Override
  public Type visitTextLiteral(Expr.TextLiteral e) {
    return is(e, Type.TEXT, Representation.VALUE);
  }

  @Override
  public Type visitDateLiteral(Expr.DateLiteral e) {
    return is(e, e.value() == null ? Type.ERROR : Type.DATE, Representation.VALUE);
  }

  @Override
  public Type visitScreeningDate(Expr.ScreeningDate e) {
    return is(e, Type.DATE, Representation.VALUE);
  }

  @Override
  public Type visitErroneous(Expr.Erroneous e) {
    return is(e, Type.ERROR, Representation.VALUE);
  }

  // ---- names ------------------------------------------------------------------------------------

  @Override
  public Type visitName(Expr.Name e) {
    String name = e.name().text();
    Symbol local = scopes.lookup(name);
    if (local instanceof Symbol.Variable variable) {
      notes.resolutions.put(e, local);
      return is(e, variable.type(), variable.representation());
    }
    if (local instanceof Symbol.ItemField field) {
      notes.resolutions.put(e, local);
      notes.fields.put(e, field.declaration());
      return is(e, field.type(), field.declaration().representation());
    }
    Symbol global = globals.lookup(name);
    if (global == null && GlobalScope.PATIENT_FACTS.contains(name)) {
      notes.resolutions.put(e, new Symbol.PatientFact(name));
      switch (name) {
        case "age":
          return is(e, Type.MEASURED_DURATION, Representation.VALUE);
        case "enrolment":
          return is(e, new RecordType(RecordKind.PARTICIPATION, null), Representation.VALUE);
        default:
          return is(e, Type.SEX, Representation.SEX);
      }
    }
    if (global == null) {
      if (!scopes.insideErroneousItem()) {
        sink.report(
            DiagnosticCode.UNKNOWN_NAME, e.span(), "unknown name '" + name + "'" + hint(name));
      } // else a field of items whose type is already wrong: the mistake was reported at the list
      return is(e, Type.ERROR, Representation.VALUE);
    }
    return resolveGlobal(e, global);
  }

  // 'exists infection where active and not resolved' reads as '(exists ... where active) and not
  // resolved': a field name outside any 'where' most often means missing parentheses.
  private String hint(String name) {
    if (LanguageTable.isFieldOfSomething(name)) {
      return ": '"
          + name
          + "' is a field of the items of a 'where'; to test more than one thing there, put"
          + " them in parentheses: where (active and not resolved)";
    }
    return Suggestions.didYouMean(name, globals);
  }

  private Type resolveGlobal(Expr.Name e, Symbol global) {
    String name = e.name().text();
    if (global instanceof Symbol.Data data) {
      notes.resolutions.put(e, global);
      notes.used.add(data.declaration());
      Type type = typeOf(data.declaration());
      Representation representation =
          type instanceof ListOf
              ? Representation.LIST
              : type instanceof Type.Truth ? Representation.TRUTH : Representation.VALUE;
      return is(e, type, representation);
    }
    if (global instanceof Symbol.DefinitionSymbol definition
        && definition.definition().isParameterised()) {
      // Named, though wrongly: not also reported as never used.
      notes.used.add(definition.definition());
      sink.report(
          DiagnosticCode.WRONG_ARGUMENTS,
          e.span(),
          "'" + name + "' takes arguments: " + usage(definition.definition()));
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (global instanceof Symbol.DefinitionSymbol definition) {
      notes.resolutions.put(e, global);
      notes.used.add(definition.definition());
      if (definitions.isRecursive(definition.definition(), e.span())) {
        return is(e, Type.ERROR, Representation.VALUE);
      }
      Type type = checkDefinition(definition.definition());
      return is(e, type, representationOf(definition.definition().body()));
    }
    if (global instanceof Symbol.PartSymbol part) {
      if (part.part() == null) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            e.span(),
            "'"
                + name
                + "' is a criterion; criteria cannot use each other, put what they share in a define");
        return is(e, Type.ERROR, Representation.TRUTH);
      }
      if (part.criterion() != currentCriterion) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            e.span(),
            "'"
                + name
                + "' is a part of "
                + part.criterion().name().text()
                + " and can be used only in "
                + part.criterion().name().text()
                + "'s expression");
        return is(e, Type.ERROR, Representation.TRUTH);
      }
      notes.resolutions.put(e, global);
      notes.used.add(part.part());
      return is(e, Type.TRUTH, Representation.TRUTH);
    }
    String kind =
        global instanceof Symbol.ValueSetSymbol
            ? "a value set: use it after 'in'"
            : "a code system";
    sink.report(DiagnosticCode.TYPE_MISMATCH, e.span(), "'" + name + "' is " + kind);
    return is(e, Type.ERROR, Representation.VALUE);
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
        case SPECIMEN:
          return new ListOf(new RecordType(RecordKind.SPECIMEN, null));
        case ENCOUNTER:
          return new ListOf(new RecordType(RecordKind.ENCOUNTER, null));
        case REPORT:
          return new ListOf(new RecordType(RecordKind.REPORT, null));
        case IMAGING:
          return new ListOf(new RecordType(RecordKind.IMAGING, null));
        case IMMUNIZATION:
          return new ListOf(new RecordType(RecordKind.IMMUNIZATION, null));
      }
      throw new AssertionError(record.kind());
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration) {
      return new ListOf(new RecordType(RecordKind.PARTICIPATION, null));
    }
    if (declaration instanceof DataDeclaration.InputDeclaration input) {
      return Inputs.typeOf(input);
    }
    return Type.TRUTH;
  }

  @Override
  public Type visitCall(Expr.Call e) {
    List<Type> arguments = new ArrayList<>();
    for (Expr argument : e.arguments()) {
      arguments.add(check(argument));
    }
    if (scopes.lookup(e.function().text()) == null
        && globals.lookup(e.function().text()) instanceof Symbol.DefinitionSymbol symbol) {
      return callDefinition(e, symbol.definition(), arguments);
    }
    return calls.check(e, arguments);
  }

  /** A call of a parameterised definition: its body checked for these kinds of arguments. */
  private Type callDefinition(Expr.Call e, Definition definition, List<Type> arguments) {
    notes.used.add(definition);
    String name = definition.name().text();
    if (!definition.isParameterised()) {
      sink.report(
          DiagnosticCode.WRONG_ARGUMENTS,
          e.span(),
          "'"
              + name
              + "' is a definition without arguments:"
              + " write "
              + name
              + ", without parentheses");
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (arguments.size() != definition.parameters().size()) {
      sink.report(
          DiagnosticCode.WRONG_ARGUMENTS,
          e.span(),
          name
              + " takes "
              + definition.parameters().size()
              + " argument"
              + (definition.parameters().size() == 1 ? "" : "s")
              + ", not "
              + arguments.size()
              + ": "
              + usage(definition));
      return is(e, Type.ERROR, Representation.VALUE);
    }
    List<Representation> representations = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Representation representation = representationOf(e.arguments().get(i));
      if (representation == Representation.SEX) {
        sink.report(
            DiagnosticCode.TYPE_MISMATCH,
            e.arguments().get(i).span(),
            "the patient's sex can only be tested with 'sex is male', not passed to " + name);
        return is(e, Type.ERROR, Representation.VALUE);
      }
      representations.add(representation);
    }
    if (arguments.stream().anyMatch(Type::isError)) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (definitions.isRecursive(definition, e.span())) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    Instantiation instantiation = instantiate(definition, arguments, representations, e);
    notes.calls.put(e, instantiation);
    return is(e, notes.types.get(instantiation.body()), representationOf(instantiation.body()));
  }

  private Instantiation instantiate(
      Definition definition,
      List<Type> arguments,
      List<Representation> representations,
      Expr.Call call) {
    List<Instantiation> existing =
        notes.instantiations.computeIfAbsent(definition, d -> new ArrayList<>());
    for (Instantiation instantiation : existing) {
      if (instantiation.fits(arguments, representations)) {
        return instantiation;
      }
    }
    Instantiation instantiation =
        new Instantiation(
            definition,
            dev.eligo.compiler.ast.Copier.copy(definition.body()),
            arguments,
            representations);
    definitions.enter(definition);
    Deque<?> saved = scopes.enterDefinition();
    Criterion savedCriterion = currentCriterion;
    currentCriterion = null;
    for (int i = 0; i < arguments.size(); i++) {
      scopes.bindVariable(definition.parameters().get(i), arguments.get(i), representations.get(i));
    }
    sink.within(
        "when "
            + definition.name().text()
            + " is called at line "
            + call.span().line()
            + " with "
            + argumentKinds(definition, arguments),
        () -> check(instantiation.body()));
    currentCriterion = savedCriterion;
    scopes.leaveDefinition(saved);
    definitions.leaveWithoutOrder(definition);
    existing.add(instantiation);
    notes.instantiationsCalleesFirst.add(instantiation);
    return instantiation;
  }

  /** Checks the body of a parameterised definition nothing calls, for names and syntax only. */
  void checkUncalled(Definition definition) {
    if (notes.instantiations.containsKey(definition)) {
      return;
    }
    Deque<?> saved = scopes.enterDefinition();
    for (Identifier parameter : definition.parameters()) {
      scopes.bindVariable(parameter, Type.ERROR, Representation.VALUE);
    }
    check(dev.eligo.compiler.ast.Copier.copy(definition.body()));
    scopes.leaveDefinition(saved);
  }

  private static String argumentKinds(Definition definition, List<Type> arguments) {
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      kinds.add(definition.parameters().get(i).text() + " " + Type.withArticle(arguments.get(i)));
    }
    return String.join(", ", kinds);
  }

  private static String usage(Definition definition) {
    return definition.name().text()
        + "("
        + String.join(", ", definition.parameters().stream().map(Identifier::text).toList())
        + ")";
  }

  @Override
  public Type visitFieldAccess(Expr.FieldAccess e) {
    Type target = check(e.target());
    if (target.isError()) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (representationOf(e.target()) != Representation.VALUE) {
      sink.report(
          DiagnosticCode.UNKNOWN_FIELD,
          e.field().span(),
          Type.withArticle(target)
              + " has no fields; read fields of one item, such as '(latest psa).date', or inside 'where'");
      return is(e, Type.ERROR, Representation.VALUE);
    }
    FieldDeclaration field = LanguageTable.field(target, e.field().text()).orElse(null);
    if (field == null) {
      List<String> names = LanguageTable.fieldNames(target);
      sink.report(
          DiagnosticCode.UNKNOWN_FIELD,
          e.field().span(),
          Type.withArticle(target)
              + " has no field '"
              + e.field().text()
              + "'"
              + (names.isEmpty() ? "" : "; its fields are " + String.join(", ", names)));
      return is(e, Type.ERROR, Representation.VALUE);
    }
    notes.fields.put(e, field);
    return is(e, field.type().apply(target), field.representation());
  }

  // ---- lists ------------------------------------------------------------------------------------

  @Override
  public Type visitWithin(Expr.Within e) {
    Type items = expectDatedList(e.items(), "'within'");
    Type duration = check(e.duration());
    if (!duration.isError() && representationOf(e.duration()) != Representation.CALENDAR_DURATION) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.duration().span(),
          "a window is a duration written in the file, such as 28 days, not "
              + Type.withArticle(duration));
    }
    expectDate(e.anchor(), "a window");
    return is(e, items, overList(e.items(), Representation.LIST));
  }

  @Override
  public Type visitAt(Expr.At e) {
    if (e.target() instanceof Expr.Name name
        && name.name().text().equals("age")
        && scopes.lookup("age") == null
        && globals.lookup("age") == null) {
      check(e.target());
      expectDate(e.anchor(), "an age");
      return is(e, Type.MEASURED_DURATION, Representation.VALUE);
    }
    if (e.target() instanceof Expr.InTimeUnit counted
        && counted.value() instanceof Expr.Name name
        && name.name().text().equals("age")
        && scopes.lookup("age") == null
        && globals.lookup("age") == null) {
      // 'age in years at registration' reads as '(age in years) at registration'.
      check(e.target());
      expectDate(e.anchor(), "an age");
      String unit = counted.unit().name().toLowerCase(Locale.ROOT);
      String at = e.anchor() instanceof Expr.Name anchor ? anchor.name().text() : "A";
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.span(),
          "'age in "
              + unit
              + " at "
              + at
              + "' reads as (age in "
              + unit
              + ") at "
              + at
              + ", a number taken at a date: write age at "
              + at
              + " in "
              + unit
              + " (the age at the date, then as a number of "
              + unit
              + ")");
      return is(e, Type.ERROR, Representation.VALUE);
    }
    Type items = expectDatedList(e.target(), "'at'");
    expectDate(e.anchor(), "'at'");
    return is(e, items, overList(e.target(), Representation.LIST));
  }

  @Override
  public Type visitBounded(Expr.Bounded e) {
    String what = e.bound() == Expr.Bound.FROM_TO ? "'from ... to'" : "'before' or 'after'";
    Type items = expectDatedList(e.items(), what);
    expectDate(e.anchor(), what);
    if (e.end() != null) {
      expectDate(e.end(), what);
    }
    return is(e, items, overList(e.items(), Representation.LIST));
  }

  @Override
  public Type visitDuring(Expr.During e) {
    Type items = expectDatedList(e.items(), "'during'");
    Type period = check(e.period());
    if (!period.isError()
        && (representationOf(e.period()) != Representation.VALUE
            || !(period instanceof RecordType))) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.period().span(),
          "'during' needs one record with a period, such"
              + " as a course, a medication use or an episode, not "
              + Type.withArticle(period));
    }
    return is(e, items, overList(e.items(), Representation.LIST));
  }

  /** Checks the date a window, an age or 'at' is taken at. */
  private void expectDate(Expr anchor, String what) {
    Type type = check(anchor);
    if (!type.isError()
        && !(type instanceof Type.Date && representationOf(anchor) == Representation.VALUE)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          anchor.span(),
          what
              + " is taken at a date, such as screening,"
              + " registration or (earliest adt).start, not "
              + Type.withArticle(type));
    }
  }

  @Override
  public Type visitInTimeUnit(Expr.InTimeUnit e) {
    Type value = check(e.value());
    if (value.isError()) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (!(value instanceof Type.Duration duration && duration.measured())) {
      String hint =
          value instanceof Type.Duration
              ? "; a duration written in the file is already a number of its unit"
              : "";
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.value().span(),
          "'in "
              + e.unit().name().toLowerCase(Locale.ROOT)
              + "' counts a measured duration (an age, date - date, a course's duration), not "
              + Type.withArticle(value)
              + hint);
      return is(e, Type.ERROR, Representation.VALUE);
    }
    return is(e, Type.NUMBER, Representation.VALUE);
  }

  @Override
  public Type visitInUnit(Expr.InUnit e) {
    Type value = rules.readAsValue(e.value(), check(e.value()));
    if (value.isError()) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    java.util.Optional<String> problem = Units.ucum().problem(e.unit().text());
    if (problem.isPresent()) {
      sink.report(DiagnosticCode.UNKNOWN_UNIT, e.unit().span(), problem.get());
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (!(value instanceof Type.Quantity quantity)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.value().span(),
          "'in "
              + e.unit().text()
              + "' converts a number or quantity, not "
              + Type.withArticle(value));
      return is(e, Type.ERROR, Representation.VALUE);
    }
    boolean convertible =
        rules.convertible(
            e.span(), notes.types.get(e.value()), quantity, new Type.Quantity(e.unit().text()));
    return is(e, convertible ? Type.NUMBER : Type.ERROR, Representation.VALUE);
  }

  @Override
  public Type visitLet(Expr.Let e) {
    Type bound = check(e.bound());
    Representation representation = representationOf(e.bound());
    if (representation == Representation.SEX || representation == Representation.ULN_MULTIPLE) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.bound().span(),
          "let names a value; " + Type.withArticle(bound) + " can only stand where it is used");
      bound = Type.ERROR;
      representation = Representation.VALUE;
    }
    scopes.bindVariable(e.name(), bound, representation);
    Type body = check(e.body());
    scopes.pop();
    return is(e, body, representationOf(e.body()));
  }

  /** A list whose items have dates: records, points of a series, courses. */
  private Type expectDatedList(Expr expr, String what) {
    Type items = expectList(expr, what);
    if (items instanceof ListOf list && !(list.element() instanceof RecordType)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          expr.span(),
          what + " needs dated records, points or courses, not " + Type.withArticle(items));
      return Type.ERROR;
    }
    return items;
  }

  @Override
  public Type visitWhere(Expr.Where e) {
    Type items = expectList(e.items(), "'where'");
    scopes.bindItem(e, items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.condition(), "a 'where' condition");
    scopes.pop();
    return is(e, items, overList(e.items(), Representation.LIST));
  }

  @Override
  public Type visitListOperation(Expr.ListOperation e) {
    String operator = e.operator().name().toLowerCase(Locale.ROOT);
    Type items = expectList(e.operand(), "'" + operator + "'");
    if (items.isError()) {
      return e.operator() == Expr.ListOperator.EXISTS
          ? is(e, Type.TRUTH, Representation.TRUTH)
          : is(e, Type.ERROR, Representation.VALUE);
    }
    Type element = ((ListOf) items).element();
    switch (e.operator()) {
      case EXISTS:
        return is(e, Type.TRUTH, Representation.TRUTH);
      case COUNT:
        return is(e, Type.NUMBER, Representation.VALUE);
      case LATEST:
      case EARLIEST:
        if (!(element instanceof RecordType)) {
          sink.report(
              DiagnosticCode.TYPE_MISMATCH,
              e.span(),
              "'" + operator + "' needs dated records, not " + Type.withArticle(items));
          return is(e, Type.ERROR, Representation.VALUE);
        }
        return is(e, element, Representation.VALUE);
    }
    throw new AssertionError(e.operator());
  }

  @Override
  public Type visitQuantified(Expr.Quantified e) {
    Type items = expectList(e.items(), "'" + e.quantifier().name().toLowerCase(Locale.ROOT) + "'");
    scopes.bindVariable(e.variable(), items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.body(), "the condition after 'satisfies'");
    scopes.pop();
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitCountWhere(Expr.CountWhere e) {
    Type items = expectList(e.items(), "'count ... where'");
    scopes.bindVariable(e.variable(), items instanceof ListOf list ? list.element() : Type.ERROR);
    expectTruth(e.condition(), "the condition after 'where'");
    scopes.pop();
    return is(e, Type.NUMBER, Representation.VALUE);
  }

  @Override
  public Type visitSum(Expr.Sum e) {
    Type items = expectList(e.items(), "'sum'");
    scopes.bindVariable(e.variable(), items instanceof ListOf list ? list.element() : Type.ERROR);
    Type amount = rules.readAsValue(e.amount(), check(e.amount()));
    scopes.pop();
    if (amount.isError() || items.isError()) {
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (!(amount instanceof Type.Quantity quantity)) {
      String hint =
          amount instanceof Type.Duration
              ? "; add durations as numbers: (" + e.variable().text() + ".duration in days)"
              : "";
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.amount().span(),
          "'sum' adds numbers or quantities, not " + Type.withArticle(amount) + hint);
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (quantity.recorded()) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.amount().span(),
          "'sum' needs one unit to add in, and each record states its own: convert the amount,"
              + " e.g. (... in 'mg/d')");
      return is(e, Type.ERROR, Representation.VALUE);
    }
    if (new Amounts(notes).cannotBeNegative(e.amount())) {
      notes.nonNegativeSums.add(e);
    }
    return is(e, quantity, Representation.VALUE);
  }

  // ---- operators --------------------------------------------------------------------------------

  @Override
  public Type visitNegative(Expr.Negative e) {
    Type operand = check(e.operand());
    Type value = rules.readAsValue(e.operand(), operand);
    if (value.isError() || value instanceof Type.Quantity) {
      return is(e, value, Representation.VALUE);
    }
    sink.report(
        DiagnosticCode.TYPE_MISMATCH, e.span(), "cannot negate " + Type.withArticle(operand));
    return is(e, Type.ERROR, Representation.VALUE);
  }

  @Override
  public Type visitArithmetic(Expr.Arithmetic e) {
    return is(e, rules.arithmetic(e, check(e.left()), check(e.right())), Representation.VALUE);
  }

  @Override
  public Type visitComparison(Expr.Comparison e) {
    Type left = check(e.left());
    if (left instanceof Type.Codes && isBareCode(e)) {
      Expr.Name code = (Expr.Name) e.right();
      sink.report(
          DiagnosticCode.UNKNOWN_NAME,
          code.span(),
          "unknown name '"
              + code.name().text()
              + "': codes are tested with 'in' and a code system, not '"
              + e.operator().symbol()
              + "': write "
              + codeTest(e, code.name().text()));
      is(code, Type.ERROR, Representation.VALUE);
      return is(e, Type.TRUTH, Representation.TRUTH);
    }
    check(e.right());
    rules.comparison(e);
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  // 'cohort = expansion': a code written as a name, which names nothing.
  private boolean isBareCode(Expr.Comparison e) {
    if (e.operator() != Expr.ComparisonOperator.EQ && e.operator() != Expr.ComparisonOperator.NE) {
      return false;
    }
    if (!(e.right() instanceof Expr.Name name)) {
      return false;
    }
    String text = name.name().text();
    return scopes.lookup(text) == null
        && globals.lookup(text) == null
        && !GlobalScope.PATIENT_FACTS.contains(text);
  }

  // 'cohort in LOCAL {expansion}', with the input's own code system when the left side is one.
  private String codeTest(Expr.Comparison e, String code) {
    String system = "SYSTEM";
    if (e.left() instanceof Expr.Name name
        && notes.resolutions.get(name) instanceof Symbol.Data data
        && data.declaration() instanceof DataDeclaration.InputDeclaration input
        && input.system() != null) {
      system = input.system().text();
    }
    String test = "in " + system + " {" + code + "}";
    return e.left() instanceof Expr.Name name
        ? e.operator() == Expr.ComparisonOperator.EQ
            ? name.name().text() + " " + test
            : "not (" + name.name().text() + " " + test + ")"
        : "(…) " + test;
  }

  @Override
  public Type visitMembership(Expr.Membership e) {
    Type value = rules.readAsValue(e.value(), check(e.value()));
    codeSets.check(e.codes());
    if (!value.isError() && !(value instanceof Type.Codes)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.value().span(),
          "'in' tests codes (a route, a diagnosis code, a coded result), not "
              + Type.withArticle(value));
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitSexTest(Expr.SexTest e) {
    Type subject = check(e.subject());
    if (subject instanceof Type.Words words) {
      return checkWord(e, words);
    }
    if (!subject.isError() && representationOf(e.subject()) != Representation.SEX) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.subject().span(),
          "'is' tests the patient's sex ('sex is male') or a field of words such as a status ('status is stopped'), not "
              + Type.withArticle(subject));
    } else if (!subject.isError() && !(e.subject() instanceof Expr.Name)) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.subject().span(),
          "write the test on the patient's sex itself: 'sex is male'");
    }
    if (!java.util.Set.of("male", "female").contains(e.sex().text())) {
      sink.report(
          DiagnosticCode.UNKNOWN_SEX,
          e.sex().span(),
          "'"
              + e.sex().text()
              + "' cannot be tested: write 'sex is male' or 'sex is female' (a record saying"
              + " other or unknown leaves both unknown)");
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  // 'status is stopped': the word must be one the field can have.
  private Type checkWord(Expr.SexTest e, Type.Words words) {
    String word = e.sex().text();
    if (!words.words().contains(word)) {
      String close = null;
      int best = Math.max(1, word.length() / 3) + 1;
      for (String candidate : words.words()) {
        int distance =
            Suggestions.distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
        if (distance < best) {
          best = distance;
          close = candidate;
        }
      }
      sink.report(
          DiagnosticCode.UNKNOWN_WORD,
          e.sex().span(),
          "'"
              + word
              + "' is not a "
              + words.field()
              + " of a "
              + words.owner()
              + (close == null ? "" : "; did you mean '" + close + "'?")
              + " (it is one of "
              + String.join(", ", words.words())
              + ")");
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitUnknownTest(Expr.UnknownTest e) {
    Type value = check(e.value());
    Representation representation = representationOf(e.value());
    if (!value.isError() && representation == Representation.LIST) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.value().span(),
          "a list is never unknown: its records are there or not; test 'exists' or a field of its items");
    } else if (!value.isError()
        && representation != Representation.VALUE
        && representation != Representation.TRUTH) {
      sink.report(
          DiagnosticCode.TYPE_MISMATCH,
          e.value().span(),
          Type.withArticle(value) + " is written in the file and is never unknown");
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitNot(Expr.Not e) {
    expectTruth(e.operand(), "'not'");
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitLogical(Expr.Logical e) {
    String operator = "'" + e.operator().name().toLowerCase(Locale.ROOT) + "'";
    for (Expr operand : e.operands()) {
      expectTruth(operand, "each side of " + operator);
    }
    return is(e, Type.TRUTH, Representation.TRUTH);
  }

  @Override
  public Type visitConditional(Expr.Conditional e) {
    expectTruth(e.condition(), "the condition of 'if'");
    check(e.thenBranch());
    check(e.elseBranch());
    return rules.conditional(e);
  }
}
