package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ExprVisitor;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.FieldDeclaration;
import dev.eligo.compiler.check.FunctionDeclaration;
import dev.eligo.compiler.check.Instantiation;
import dev.eligo.compiler.check.LanguageTable;
import dev.eligo.compiler.check.Representation;
import dev.eligo.compiler.check.RuntimeCall;
import dev.eligo.compiler.check.Symbol;
import dev.eligo.compiler.check.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one checked expression into Java over the runtime. What to emit for each node comes from
 * the checked file: its representation, the rule of a comparison or arithmetic expression, the
 * table row of a function or field. Literals become the evaluator's constants; names become
 * constants, methods or lambda parameters; an expression the method uses twice is read from the
 * local it was computed into.
 */
final class ExpressionGenerator implements ExprVisitor<CodeBlock> {
  private final CheckedFile file;
  private final JavaNames members;
  private final Literals literals;
  private final ConceptGenerator concepts;
  private final Phrases phrases;
  private final LocalNames locals;
  private final SharedExpressions shared;

  /** The local each binder stands for: a {@code where} (its item) or a quantified variable. */
  private final Map<Object, String> bindings = new IdentityHashMap<>();

  private static final CodeBlock CTX = CodeBlock.of("ctx");

  /** The key of the shared expression whose local is being computed, which must not read itself. */
  private String defining;

  /** How many per-item lambdas the code being generated is inside. */
  private int perItemDepth;

  /** Per-item invariants computed into a local of the lambda being generated (see perItem). */
  private final Map<Expr, String> hoisted = new IdentityHashMap<>();

  /** The hoisted locals the code generated so far has read. */
  private final Set<String> hoistedRead = new HashSet<>();

  private final LoopInvariants invariants;

  ExpressionGenerator(
      CheckedFile file,
      JavaNames members,
      Literals literals,
      ConceptGenerator concepts,
      LocalNames locals,
      SharedExpressions shared) {
    this.file = file;
    this.members = members;
    this.literals = literals;
    this.concepts = concepts;
    this.phrases = new Phrases(file);
    this.locals = locals;
    this.shared = shared;
    this.invariants = new LoopInvariants(shared);
  }

  /** Names a binder the method itself binds: a parameter of a parameterised definition. */
  void bind(Object binder, String name) {
    bindings.put(binder, name);
  }

  CodeBlock generate(Expr expr) {
    String lifted = hoisted.get(expr);
    if (lifted != null) {
      hoistedRead.add(lifted);
      return CodeBlock.of("$N", lifted);
    }
    String local = shared.use(expr, defining, perItemDepth > 0);
    return local != null ? CodeBlock.of("$N", local) : expr.accept(this);
  }

  /** The code computing a shared expression once, for the local that holds it. */
  CodeBlock initializer(String key, Expr expr) {
    String saved = defining;
    defining = key;
    CodeBlock code = generate(expr);
    defining = saved;
    return code;
  }

  private Representation representationOf(Expr expr) {
    return file.representationOf(expr);
  }

  /** {@code Lists.latest(items)}, or {@code ctx.age()} for a call on the evaluation. */
  private static CodeBlock call(RuntimeCall call, CodeBlock... arguments) {
    CodeBlock joined = CodeBlock.join(List.of(arguments), ",$W");
    // $Z after the parenthesis: a nested call may wrap there rather than run past the line length.
    String open = arguments.length == 0 ? "(" : "($Z";
    return call.instance()
        ? CodeBlock.of("ctx.$N" + open + "$L)", call.method(), joined)
        : CodeBlock.of("$T.$N" + open + "$L)", RuntimeNames.owner(call), call.method(), joined);
  }

  /**
   * An operand where it stands for a value: an observation the checker marked is read as its value.
   */
  private CodeBlock operand(Expr expr) {
    CodeBlock code = generate(expr);
    if (!file.readAsValue(expr)) {
      return code;
    }
    FieldDeclaration value = LanguageTable.field(file.typeOf(expr), "value").orElseThrow();
    return call(value.call(), code);
  }

  /**
   * Applies an operation to a list operand. One list that may be unknown (the last of several runs)
   * is opened first: the result is unknown with its reason when the list is.
   */
  private CodeBlock overList(
      Expr list, Representation onList, Function<CodeBlock, CodeBlock> operation) {
    CodeBlock code = generate(list);
    if (representationOf(list) == Representation.LIST) {
      return operation.apply(code);
    }
    String opened = locals.fresh("list");
    CodeBlock body = operation.apply(CodeBlock.of("$N", opened));
    return call(lift(onList), code, CodeBlock.of("$N ->$W$L", opened, body));
  }

  private static RuntimeCall lift(Representation onList) {
    switch (onList) {
      case TRUTH:
        return RuntimeCall.GIVEN;
      case VALUE:
        return RuntimeCall.THEN;
      case LIST:
        return RuntimeCall.THEN_LIST;
      case CALENDAR_DURATION:
      case ULN_MULTIPLE:
      case SEX:
        break;
    }
    throw new IllegalStateException("nothing computed from a list is " + onList);
  }

  /** What a runtime call gives, as a representation. */
  private static Representation resultOf(RuntimeCall call) {
    switch (call.result()) {
      case TRUTH:
        return Representation.TRUTH;
      case LIST:
        return Representation.LIST;
      case VALUE:
        return Representation.VALUE;
      default:
        throw new IllegalStateException(call + " gives no value of the language");
    }
  }

  // ---- literals: constants of the evaluator -----------------------------------------------------

  @Override
  public CodeBlock visitBooleanLiteral(Expr.BooleanLiteral e) {
    return CodeBlock.of("$N", literals.truth(e.value()));
  }

  @Override
  public CodeBlock visitUnknownLiteral(Expr.UnknownLiteral e) {
    String reason = e.reason().isEmpty() ? "stated as unknown" : e.reason();
    if (e.lookedFor().isEmpty()) {
      return CodeBlock.of("$N", literals.unknown(reason));
    }
    // Logic.unknown("fewer than four PSA values", <PSA in the window>): the lists name what is
    // missing.
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(LongStrings.literal(reason));
    e.lookedFor().forEach(list -> arguments.add(generate(list)));
    return call(RuntimeCall.UNKNOWN_FOR, arguments.toArray(CodeBlock[]::new));
  }

  @Override
  public CodeBlock visitNumberLiteral(Expr.NumberLiteral e) {
    return CodeBlock.of("$N", literals.quantity(e.value(), "1"));
  }

  @Override
  public CodeBlock visitQuantityLiteral(Expr.QuantityLiteral e) {
    return CodeBlock.of("$N", literals.quantity(e.value(), e.unit().text()));
  }

  @Override
  public CodeBlock visitDurationLiteral(Expr.DurationLiteral e) {
    return CodeBlock.of("$N", literals.duration(e.amount().intValueExact(), e.unit()));
  }

  @Override
  public CodeBlock visitUlnMultiple(Expr.UlnMultiple e) {
    return CodeBlock.of("$N", literals.ulnMultiple(e.multiple(), e.lower()));
  }

  @Override
  public CodeBlock visitTextLiteral(Expr.TextLiteral e) {
    return CodeBlock.of("$N", literals.text(e.text()));
  }

  @Override
  public CodeBlock visitDateLiteral(Expr.DateLiteral e) {
    return CodeBlock.of("$N", literals.date(e.value()));
  }

  @Override
  public CodeBlock visitScreeningDate(Expr.ScreeningDate e) {
    return call(RuntimeCall.SCREENING_DATE);
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
      return CodeBlock.of("$N", bound(variable.name()));
    }
    if (symbol instanceof Symbol.ItemField field) {
      return call(file.fieldOf(e).call(), CodeBlock.of("$N", bound(field.binder())));
    }
    if (symbol instanceof Symbol.PatientFact fact) {
      // 'sex' is only ever tested, by visitSexTest
      return call(fact.name().equals("enrolment") ? RuntimeCall.ENROLMENT : RuntimeCall.AGE);
    }
    if (symbol instanceof Symbol.DefinitionSymbol definition) {
      String name = members.of(definition.definition());
      return file.isConstant(definition.definition())
          ? CodeBlock.of("$N", name)
          : CodeBlock.of("$N(ctx)", name);
    }
    if (symbol instanceof Symbol.PartSymbol part) {
      return CodeBlock.of("$N(ctx)", members.of(part.part()));
    }
    DataDeclaration declaration = ((Symbol.Data) symbol).declaration();
    return call(reading(declaration), CodeBlock.of("$N", members.of(declaration)));
  }

  private String bound(Object binder) {
    String name = bindings.get(binder);
    if (name == null) {
      throw new IllegalStateException("no variable was bound for " + binder);
    }
    return name;
  }

  private static RuntimeCall reading(DataDeclaration declaration) {
    if (declaration instanceof DataDeclaration.ObservationDeclaration) {
      return RuntimeCall.OBSERVATIONS;
    }
    if (declaration instanceof DataDeclaration.AttestationDeclaration) {
      return RuntimeCall.ATTESTATION;
    }
    if (declaration instanceof DataDeclaration.InputDeclaration input) {
      return input.kind().equals("truth") ? RuntimeCall.INPUT_TRUTH : RuntimeCall.INPUT;
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration) {
      return RuntimeCall.PARTICIPATIONS;
    }
    DataDeclaration.RecordKind kind = ((DataDeclaration.RecordDeclaration) declaration).kind();
    switch (kind) {
      case CONDITION:
        return RuntimeCall.CONDITIONS;
      case MEDICATION:
        return RuntimeCall.MEDICATIONS;
      case PROCEDURE:
        return RuntimeCall.PROCEDURES;
      case ALLERGY:
        return RuntimeCall.ALLERGIES;
      case SPECIMEN:
        return RuntimeCall.SPECIMENS;
      case ENCOUNTER:
        return RuntimeCall.ENCOUNTERS;
      case REPORT:
        return RuntimeCall.REPORTS;
      case IMAGING:
        return RuntimeCall.IMAGING_STUDIES;
      case IMMUNIZATION:
        return RuntimeCall.IMMUNIZATIONS;
    }
    throw new AssertionError(kind);
  }

  @Override
  public CodeBlock visitCall(Expr.Call e) {
    Instantiation instantiation = file.instantiationOf(e);
    if (instantiation != null) {
      // aboveLimit(ctx, ctx.observations(ALT), Q_100_U_PER_L), named in explanations by its call.
      List<CodeBlock> arguments = new ArrayList<>();
      arguments.add(CTX);
      e.arguments().forEach(argument -> arguments.add(generate(argument)));
      CodeBlock call =
          CodeBlock.of("$N($Z$L)", members.of(instantiation), CodeBlock.join(arguments, ",$W"));
      if (file.representationOf(e) != Representation.TRUTH) {
        return call;
      }
      return CodeBlock.of(
          "$T.$N($L,$W$L)",
          RuntimeNames.owner(RuntimeCall.NAMED),
          RuntimeCall.NAMED.method(),
          LongStrings.literal(phrases.of(e)),
          call);
    }
    FunctionDeclaration function = file.functionOf(e);
    return withArguments(e, function, 0, new ArrayList<>());
  }

  // Each list argument that is one list which may be unknown is opened around the call.
  private CodeBlock withArguments(
      Expr.Call e, FunctionDeclaration function, int index, List<CodeBlock> done) {
    if (index == e.arguments().size()) {
      return call(function.call(), done.toArray(CodeBlock[]::new));
    }
    Expr argument = e.arguments().get(index);
    switch (function.parameters().get(index).kind()) {
      case WHOLE_NUMBER:
        done.add(CodeBlock.of("$L", ((Expr.NumberLiteral) argument).value().intValueExact()));
        return withArguments(e, function, index + 1, done);
      case VALUE:
      case DURATION:
      case ITEM_OF_FIRST:
        done.add(generate(argument));
        return withArguments(e, function, index + 1, done);
      case LIST:
        Representation onList = resultOf(function.call());
        return overList(
            argument,
            onList,
            list -> {
              List<CodeBlock> more = new ArrayList<>(done);
              more.add(list);
              return withArguments(e, function, index + 1, more);
            });
    }
    throw new AssertionError(function.parameters().get(index).kind());
  }

  @Override
  public CodeBlock visitFieldAccess(Expr.FieldAccess e) {
    return call(file.fieldOf(e).call(), generate(e.target()));
  }

  // ---- lists ------------------------------------------------------------------------------------

  @Override
  public CodeBlock visitWithin(Expr.Within e) {
    CodeBlock duration = generate(e.duration());
    if (e.side() == Expr.WindowSide.BEFORE && e.anchor() instanceof Expr.ScreeningDate) {
      return overList(
          e.items(), Representation.LIST, list -> call(RuntimeCall.WITHIN, CTX, list, duration));
    }
    RuntimeCall window = windowCall(e.side());
    CodeBlock anchor = generate(e.anchor());
    return overList(
        e.items(), Representation.LIST, list -> call(window, CTX, list, duration, anchor));
  }

  private static RuntimeCall windowCall(Expr.WindowSide side) {
    switch (side) {
      case BEFORE:
        return RuntimeCall.WITHIN_BEFORE;
      case AFTER:
        return RuntimeCall.WITHIN_AFTER;
      case AROUND:
        return RuntimeCall.WITHIN_AROUND;
    }
    throw new AssertionError(side);
  }

  @Override
  public CodeBlock visitAt(Expr.At e) {
    boolean atScreening = e.anchor() instanceof Expr.ScreeningDate;
    if (e.target() instanceof Expr.Name name && file.symbolOf(name) instanceof Symbol.PatientFact) {
      return atScreening ? call(RuntimeCall.AGE) : call(RuntimeCall.AGE_AT, generate(e.anchor()));
    }
    if (atScreening) {
      return overList(
          e.target(), Representation.LIST, list -> call(RuntimeCall.AT_SCREENING, CTX, list));
    }
    CodeBlock anchor = generate(e.anchor());
    return overList(
        e.target(), Representation.LIST, list -> call(RuntimeCall.AT_DATE, CTX, list, anchor));
  }

  @Override
  public CodeBlock visitBounded(Expr.Bounded e) {
    CodeBlock anchor = generate(e.anchor());
    if (e.bound() == Expr.Bound.FROM_TO) {
      CodeBlock end = generate(e.end());
      return overList(
          e.items(),
          Representation.LIST,
          list -> call(RuntimeCall.BETWEEN, CTX, list, anchor, end));
    }
    RuntimeCall bound = boundCall(e.bound());
    return overList(e.items(), Representation.LIST, list -> call(bound, CTX, list, anchor));
  }

  private static RuntimeCall boundCall(Expr.Bound bound) {
    switch (bound) {
      case BEFORE:
        return RuntimeCall.BEFORE_DATE;
      case ON_OR_BEFORE:
        return RuntimeCall.ON_OR_BEFORE;
      case AFTER:
        return RuntimeCall.AFTER_DATE;
      case ON_OR_AFTER:
        return RuntimeCall.ON_OR_AFTER;
      case FROM_TO:
        break;
    }
    throw new IllegalStateException("'from ... to' is a window between two dates");
  }

  @Override
  public CodeBlock visitDuring(Expr.During e) {
    CodeBlock period = generate(e.period());
    return overList(
        e.items(), Representation.LIST, list -> call(RuntimeCall.DURING, CTX, list, period));
  }

  @Override
  public CodeBlock visitInTimeUnit(Expr.InTimeUnit e) {
    return call(
        RuntimeCall.NUMBER_OF,
        CodeBlock.of("$T.$L", java.time.temporal.ChronoUnit.class, e.unit().name()),
        generate(e.value()));
  }

  @Override
  public CodeBlock visitInUnit(Expr.InUnit e) {
    return call(RuntimeCall.IN_UNIT, operand(e.value()), LongStrings.literal(e.unit().text()));
  }

  @Override
  public CodeBlock visitLet(Expr.Let e) {
    CodeBlock bound = generate(e.bound());
    String name = locals.fresh(e.name().text());
    bindings.put(e.name(), name);
    CodeBlock body = CodeBlock.of("$N ->$W$L", name, generate(e.body()));
    // Type arguments written out: javac cannot infer them where the let is itself an argument of
    // an overloaded runtime method, such as Logic.isKnown.
    return CodeBlock.of(
        "$T.<$T, $T>$N($Z$L,$W$L)",
        RuntimeNames.owner(RuntimeCall.LET),
        JavaTypes.of(file.typeOf(e.bound()), representationOf(e.bound())),
        JavaTypes.of(file.typeOf(e.body()), representationOf(e.body())),
        RuntimeCall.LET.method(),
        bound,
        body);
  }

  @Override
  public CodeBlock visitWhere(Expr.Where e) {
    boolean listItems = itemsAreLists(e.items());
    String item = locals.fresh(itemName(e.items()));
    bindings.put(e, item);
    CodeBlock condition = perItem(item, e.condition(), this::generate);
    CodeBlock description = LongStrings.literal(phrases.of(e.condition()));
    RuntimeCall where = listItems ? RuntimeCall.WHERE_LIST : RuntimeCall.WHERE;
    return overList(
        e.items(), Representation.LIST, list -> call(where, list, description, condition));
  }

  @Override
  public CodeBlock visitListOperation(Expr.ListOperation e) {
    RuntimeCall operation = LanguageTable.LIST_OPERATORS.get(e.operator());
    return overList(e.operand(), resultOf(operation), list -> call(operation, list));
  }

  @Override
  public CodeBlock visitQuantified(Expr.Quantified e) {
    boolean listItems = itemsAreLists(e.items());
    String variable = locals.fresh(e.variable().text());
    bindings.put(e.variable(), variable);
    CodeBlock body = perItem(variable, e.body(), this::generate);
    boolean any = e.quantifier() == Expr.Quantifier.ANY;
    RuntimeCall quantifier =
        any
            ? (listItems ? RuntimeCall.ANY_LIST : RuntimeCall.ANY)
            : (listItems ? RuntimeCall.ALL_LIST : RuntimeCall.ALL);
    return overList(e.items(), Representation.TRUTH, list -> call(quantifier, list, body));
  }

  @Override
  public CodeBlock visitCountWhere(Expr.CountWhere e) {
    boolean listItems = itemsAreLists(e.items());
    String variable = locals.fresh(e.variable().text());
    bindings.put(e.variable(), variable);
    CodeBlock condition = perItem(variable, e.condition(), this::generate);
    CodeBlock description = LongStrings.literal(phrases.of(e.condition()));
    RuntimeCall where = listItems ? RuntimeCall.WHERE_LIST : RuntimeCall.WHERE;
    return overList(
        e.items(),
        Representation.VALUE,
        list -> call(RuntimeCall.COUNT, call(where, list, description, condition)));
  }

  @Override
  public CodeBlock visitSum(Expr.Sum e) {
    boolean listItems = itemsAreLists(e.items());
    String variable = locals.fresh(e.variable().text());
    bindings.put(e.variable(), variable);
    CodeBlock amount = perItem(variable, e.amount(), this::operand);
    CodeBlock phrase = LongStrings.literal(phrases.of(e.amount()));
    String unit = ((Type.Quantity) file.typeOf(e)).unit();
    RuntimeCall total = listItems ? RuntimeCall.SUM_LIST : RuntimeCall.SUM;
    return overList(
        e.items(),
        Representation.VALUE,
        list ->
            call(
                total,
                list,
                phrase,
                LongStrings.literal(unit),
                CodeBlock.of("$L", file.amountsCannotBeNegative(e)),
                amount));
  }

  /**
   * The lambda {@code parameter -> body} run once per item: what inner per-item lambdas of the body
   * would compute for each of their items without reading them is computed first, once per item of
   * this one, into locals of a block lambda (see {@link LoopInvariants}).
   */
  private CodeBlock perItem(String parameter, Expr body, Function<Expr, CodeBlock> emit) {
    perItemDepth++;
    List<Expr> found = invariants.in(body, hoisted::containsKey);
    Map<String, CodeBlock> declarations = new LinkedHashMap<>();
    for (Expr invariant : found) {
      CodeBlock initializer = generate(invariant);
      String local = locals.fresh(LocalNaming.of(invariant, file));
      // Not addStatement: JavaPoet statements do not nest, and this lambda sits in one.
      declarations.put(
          local,
          CodeBlock.of(
              "$T $N =$W$L;\n",
              JavaTypes.of(file.typeOf(invariant), representationOf(invariant)),
              local,
              initializer));
      hoisted.put(invariant, local);
    }
    CodeBlock code = emit.apply(body);
    found.forEach(hoisted::remove);
    perItemDepth--;
    // Only locals the body reads: an expression the generator writes in parts (a threshold chosen
    // by if, compared) is never read whole.
    declarations.keySet().retainAll(hoistedRead);
    if (declarations.isEmpty()) {
      return CodeBlock.of("$N ->$W$L", parameter, code);
    }
    CodeBlock.Builder lambda = CodeBlock.builder().add("$N -> {\n$>", parameter);
    declarations.values().forEach(lambda::add);
    return lambda.add("return $L;\n", code).add("$<}").build();
  }

  private boolean itemsAreLists(Expr items) {
    return ((Type.ListOf) file.typeOf(items)).element() instanceof Type.ListOf;
  }

  /** A lambda parameter named after what the list holds: {@code infection}, {@code observation}. */
  private String itemName(Expr items) {
    Expr inner = items;
    while (true) {
      Expr next =
          inner instanceof Expr.Within within
              ? within.items()
              : inner instanceof Expr.At at
                  ? at.target()
                  : inner instanceof Expr.Bounded bounded
                      ? bounded.items()
                      : inner instanceof Expr.During during
                          ? during.items()
                          : inner instanceof Expr.Where where ? where.items() : null;
      if (next == null) {
        break;
      }
      inner = next;
    }
    if (inner instanceof Expr.Name name && file.symbolOf(name) instanceof Symbol.Data) {
      return name.name().text();
    }
    Type element = ((Type.ListOf) file.typeOf(items)).element();
    if (element instanceof Type.RecordType record) {
      return record.kind().name().toLowerCase(Locale.ROOT);
    }
    return element instanceof Type.Pair ? "pair" : "item";
  }

  // ---- operators --------------------------------------------------------------------------------

  @Override
  public CodeBlock visitNegative(Expr.Negative e) {
    if (e.operand() instanceof Expr.NumberLiteral number) {
      return CodeBlock.of("$N", literals.quantity(number.value().negate(), "1"));
    }
    if (e.operand() instanceof Expr.QuantityLiteral quantity) {
      return CodeBlock.of(
          "$N", literals.quantity(quantity.value().negate(), quantity.unit().text()));
    }
    return call(RuntimeCall.NEGATE, operand(e.operand()));
  }

  @Override
  public CodeBlock visitArithmetic(Expr.Arithmetic e) {
    var rule = file.arithmeticRule(e);
    if (rule.onQuantities()) {
      return call(rule.call(), operand(e.left()), operand(e.right()));
    }
    CodeBlock left = generate(e.left());
    CodeBlock right = generate(e.right());
    return rule.swapped() ? call(rule.call(), right, left) : call(rule.call(), left, right);
  }

  @Override
  public CodeBlock visitComparison(Expr.Comparison e) {
    return new Comparisons(this, file).compare(e.left(), e.operator(), e.right());
  }

  /** Emits an operand of a comparison, which {@link Comparisons} reads by its rule. */
  CodeBlock generateDirect(Expr expr) {
    return generate(expr);
  }

  static CodeBlock runtimeCall(RuntimeCall runtimeCall, CodeBlock... arguments) {
    return call(runtimeCall, arguments);
  }

  @Override
  public CodeBlock visitMembership(Expr.Membership e) {
    String valueSet =
        e.codes() instanceof CodeSetTerm.ValueSetReference reference
            ? members.of(((Symbol.ValueSetSymbol) file.symbolOf(reference)).declaration())
            : concepts.inlineValueSet(e.codes());
    return call(RuntimeCall.CODES_IN, operand(e.value()), CodeBlock.of("$N", valueSet));
  }

  @Override
  public CodeBlock visitSexTest(Expr.SexTest e) {
    if (file.typeOf(e.subject()) instanceof Type.Words) {
      // Words.is(Fields.medicationStatus(use), "stopped")
      return call(RuntimeCall.WORDS_IS, generate(e.subject()), CodeBlock.of("$S", e.sex().text()));
    }
    return call(
        RuntimeCall.SEX_IS,
        CodeBlock.of("$T.$L", RuntimeNames.SEX, e.sex().text().toUpperCase(Locale.ROOT)));
  }

  @Override
  public CodeBlock visitUnknownTest(Expr.UnknownTest e) {
    boolean truth = representationOf(e.value()) == Representation.TRUTH;
    RuntimeCall test =
        e.negated()
            ? (truth ? RuntimeCall.IS_KNOWN_TRUTH : RuntimeCall.IS_KNOWN_VALUE)
            : (truth ? RuntimeCall.IS_UNKNOWN_TRUTH : RuntimeCall.IS_UNKNOWN_VALUE);
    return call(test, generate(e.value()));
  }

  @Override
  public CodeBlock visitNot(Expr.Not e) {
    return call(RuntimeCall.NOT, generate(e.operand()));
  }

  @Override
  public CodeBlock visitLogical(Expr.Logical e) {
    CodeBlock.Builder operands = CodeBlock.builder();
    for (int i = 0; i < e.operands().size(); i++) {
      operands.add(i == 0 ? "$>\n$L" : ",\n$L", generate(e.operands().get(i)));
    }
    RuntimeCall logical =
        e.operator() == Expr.LogicalOperator.AND ? RuntimeCall.AND : RuntimeCall.OR;
    return CodeBlock.of(
        "$T.$N($L$<)", RuntimeNames.owner(logical), logical.method(), operands.build());
  }

  @Override
  public CodeBlock visitConditional(Expr.Conditional e) {
    RuntimeCall choice = choice(representationOf(e));
    boolean asValues = choice == RuntimeCall.CHOOSE_VALUE;
    return branches(
        choice,
        generate(e.condition()),
        branch(e.thenBranch(), asValues),
        branch(e.elseBranch(), asValues));
  }

  private static RuntimeCall choice(Representation representation) {
    switch (representation) {
      case TRUTH:
        return RuntimeCall.IF_THEN_ELSE;
      case LIST:
        return RuntimeCall.CHOOSE_LIST;
      case VALUE:
        return RuntimeCall.CHOOSE_VALUE;
      case ULN_MULTIPLE:
      case CALENDAR_DURATION:
      case SEX:
        break;
    }
    throw new IllegalStateException(
        "an if choosing " + representation + " is compared branch by branch");
  }

  /** {@code Logic.ifThenElse(condition, () -> a, () -> b)}, one branch a line. */
  static CodeBlock branches(
      RuntimeCall choice, CodeBlock condition, CodeBlock then, CodeBlock otherwise) {
    return CodeBlock.of(
        "$T.$N($L,$>\n() -> $L,\n() -> $L)$<",
        RuntimeNames.owner(choice),
        choice.method(),
        condition,
        then,
        otherwise);
  }

  // A branch of an if that gives a value: a list branch next to one list that may be unknown is
  // held as a value too.
  private CodeBlock branch(Expr branch, boolean asValue) {
    if (asValue && representationOf(branch) == Representation.LIST) {
      return call(RuntimeCall.SINGLE_LIST, generate(branch));
    }
    return asValue ? operand(branch) : generate(branch);
  }
}
