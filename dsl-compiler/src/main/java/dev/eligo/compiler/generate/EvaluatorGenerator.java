package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Instantiation;
import dev.eligo.compiler.check.RecordSources;
import dev.eligo.compiler.check.RuntimeCall;
import dev.eligo.compiler.check.Symbol;
import dev.eligo.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Generates the one evaluator class of a checked criteria file. */
public final class EvaluatorGenerator {
  private final CheckedFile file;
  private final SourceFile source;
  private final SourceText text;
  private final String packageName;
  private final JavaNames names = new JavaNames();
  private final ConceptGenerator concepts;
  private final Literals literals;
  private final List<FieldSpec> slots = new ArrayList<>();

  private EvaluatorGenerator(CheckedFile file, SourceFile source, String packageName) {
    this.file = file;
    this.source = source;
    this.text = new SourceText(source);
    this.packageName = packageName;
    this.concepts = new ConceptGenerator(file, names);
    this.literals = new Literals(names);
  }

  /** The evaluator class for a file that checked without errors. */
  public static JavaFile generate(CheckedFile file, SourceFile source, String packageName) {
    return new EvaluatorGenerator(file, source, packageName).generate();
  }

  /** The simple name of the class generated for a protocol: {@code NCT07298239Evaluator}. */
  public static String classNameFor(String protocolId) {
    StringBuilder name = new StringBuilder();
    for (int cp : protocolId.codePoints().toArray()) {
      boolean ascii = cp < 128;
      name.append(ascii && Character.isLetterOrDigit(cp) ? Character.toString(cp) : "_");
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, 'P');
    }
    return name + "Evaluator";
  }

  private JavaFile generate() {
    CriteriaFile ast = file.ast();
    String className = classNameFor(ast.header().protocolId());
    List<Criterion> criteria = ast.declarations(Criterion.class);

    for (CodeSystemDeclaration system : ast.declarations(CodeSystemDeclaration.class)) {
      concepts.codeSystem(system);
    }
    concepts.protocolSystems(ast.declarations(CodeSystemDeclaration.class));
    for (ValueSetDeclaration valueSet : valueSetsInDependencyOrder(ast)) {
      concepts.valueSet(valueSet);
    }
    for (DataDeclaration data : ast.declarations(DataDeclaration.class)) {
      concepts.data(data);
    }
    for (Definition definition : file.definitionsInDependencyOrder()) {
      if (file.isConstant(definition)) {
        names.constant(definition, definition.name().text());
      } else {
        names.method(definition, definition.name().text());
      }
    }

    List<FieldSpec> infos = new ArrayList<>();
    for (Criterion criterion : criteria) {
      names.method(criterion, "criterion" + criterion.name().text());
      for (Criterion.Part part : criterion.parts()) {
        names.method(part, "part" + part.name().text());
        infos.add(info(part, part.name().text(), criterion.kind(), part.text(), List.of()));
      }
      infos.add(
          info(
              criterion,
              criterion.name().text(),
              criterion.kind(),
              criterion.text(),
              criterion.parts().stream().map(p -> p.name().text()).toList()));
    }

    // Instantiations first: definitions and criteria call them by the names given here.
    // Instantiations for ALT and for AST compile to the same Java: one method serves both.
    List<MethodSpec> instantiations = new ArrayList<>();
    Map<String, String> sameJava = new java.util.HashMap<>();
    for (Instantiation instantiation : file.instantiations()) {
      MethodSpec method = instantiationMethod(instantiation, "instantiation");
      String existing = sameJava.get(method.toString());
      if (existing != null) {
        names.alias(instantiation, existing);
        continue;
      }
      String name = names.method(instantiation, instantiation.definition().name().text());
      sameJava.put(method.toString(), name);
      instantiations.add(instantiationMethod(instantiation, name));
    }
    List<FieldSpec> constantDefinitions = new ArrayList<>();
    List<MethodSpec> methods = new ArrayList<>();
    for (Definition definition : file.definitionsInDependencyOrder()) {
      if (file.isConstant(definition)) {
        constantDefinitions.add(constantDefinition(definition));
      } else {
        methods.add(definition(definition));
      }
    }
    methods.addAll(instantiations);
    for (Criterion criterion : criteria) {
      methods.add(criterionMethod(criterion));
      for (Criterion.Part part : criterion.parts()) {
        methods.add(partMethod(part));
      }
    }
    slots.add(
        FieldSpec.builder(
                int.class, "MEMO_SLOTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", slots.size())
            .build());

    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(RuntimeNames.PROTOCOL_EVALUATOR)
            .addJavadoc(classJavadoc(ast))
            .addFields(concepts.fields())
            .addFields(literals.fields())
            .addFields(constantDefinitions)
            .addFields(infos)
            .addField(protocolInfo(ast, criteria))
            .addFields(slots)
            .addMethod(
                MethodSpec.methodBuilder("protocol")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.PROTOCOL_INFO)
                    .addStatement("return PROTOCOL")
                    .build())
            .addMethod(screen(criteria))
            .addMethods(methods);
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .addFileComment(
            "Generated by Eligo from $L.\nDo not edit: change the criteria file and rebuild.",
            JavaSafe.javadoc(fileName()))
        .build();
  }

  private String fileName() {
    String name = source.name().replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private CodeBlock classJavadoc(CriteriaFile ast) {
    StringBuilder doc = new StringBuilder("Screens patients for " + ast.header().protocolId());
    if (!ast.header().title().isEmpty()) {
      doc.append(": ").append(ast.header().title());
    }
    doc.append('.');
    CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n", javadoc(doc.toString()));
    if (!ast.header().version().isEmpty()) {
      javadoc.add("\n<p>Criteria version $L.\n", javadoc(ast.header().version()));
    }
    javadoc.add(
        "\n<p>Stateless and thread-safe: one instance may screen any number of patients at once.\n");
    return javadoc.build();
  }

  /** Author text for Javadoc: escaped, then wrapped to the line length. */
  private static String javadoc(String authorText) {
    return LongStrings.wrapped(JavaSafe.javadoc(authorText), LongStrings.JAVADOC_WIDTH);
  }

  // private static final CriterionInfo E3_INFO = new CriterionInfo("E3", CriterionKind.EXCLUSION,
  // "...", List.of("E3a"));
  private FieldSpec info(
      Object node, String id, Criterion.Kind kind, String protocolText, List<String> parts) {
    String name = names.constantFor(new InfoKey(node), id + "Info");
    CodeBlock partList =
        CodeBlock.of(
            "$T.of($L)",
            List.class,
            parts.stream().map(p -> CodeBlock.of("$S", p)).collect(CodeBlock.joining(", ")));
    return FieldSpec.builder(
            RuntimeNames.CRITERION_INFO, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "$Znew $T($S, $T.$L,$W$L,$W$L)",
            RuntimeNames.CRITERION_INFO,
            id,
            RuntimeNames.CRITERION_KIND,
            kind.name(),
            LongStrings.literal(protocolText == null ? "" : protocolText),
            partList)
        .build();
  }

  /** Tags an info constant apart from the method of the same criterion in the name allocator. */
  private record InfoKey(Object node) {
    @Override
    public boolean equals(Object other) {
      return other instanceof InfoKey key && key.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  private FieldSpec protocolInfo(CriteriaFile ast, List<Criterion> criteria) {
    List<CodeBlock> all = new ArrayList<>();
    for (Criterion criterion : criteria) {
      all.add(CodeBlock.of("$N", names.of(new InfoKey(criterion))));
      for (Criterion.Part part : criterion.parts()) {
        all.add(CodeBlock.of("$N", names.of(new InfoKey(part))));
      }
    }
    CodeBlock inputs =
        CodeBlock.of(
            "$T.of($L)",
            List.class,
            concepts.inputs().stream()
                .map(input -> CodeBlock.of("$N.info()", input))
                .collect(CodeBlock.joining(",$W")));
    CodeBlock resourceTypes =
        CodeBlock.of(
            "$T.of($L)",
            List.class,
            RecordSources.readBy(file).stream()
                .map(type -> CodeBlock.of("$S", type))
                .collect(CodeBlock.joining(",$W")));
    return FieldSpec.builder(
            RuntimeNames.PROTOCOL_INFO,
            "PROTOCOL",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(
            "$Znew $T($L,$W$L,$W$L,$W$T.of($L),$W$L,$W$L)",
            RuntimeNames.PROTOCOL_INFO,
            LongStrings.literal(ast.header().protocolId()),
            LongStrings.literal(ast.header().title()),
            LongStrings.literal(ast.header().version()),
            List.class,
            CodeBlock.join(all, ",$W"),
            inputs,
            resourceTypes)
        .build();
  }

  // public ScreeningResult screen(PatientRecord patient, Screening screening) {
  //   Evaluation ctx = new Evaluation(PROTOCOL, CODE_SYSTEMS, patient, screening, MEMO_SLOTS);
  //   return ScreeningResult.decide(PROTOCOL, patient.id(), screening.date(), List.of(
  //       CriterionResult.of(I1_INFO, criterionI1(ctx), List.of()), ...));
  // }
  private MethodSpec screen(List<Criterion> criteria) {
    CodeBlock.Builder results = CodeBlock.builder();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      results.add(i == 0 ? "\n" : ",\n");
      if (criterion.parts().isEmpty()) {
        results.add(
            "$T.of($N, $N(ctx), $T.of())",
            RuntimeNames.CRITERION_RESULT,
            names.of(new InfoKey(criterion)),
            names.of(criterion),
            List.class);
      } else {
        CodeBlock parts =
            criterion.parts().stream()
                .map(
                    p ->
                        CodeBlock.of(
                            "$T.of($N, $N(ctx), $T.of())",
                            RuntimeNames.CRITERION_RESULT,
                            names.of(new InfoKey(p)),
                            names.of(p),
                            List.class))
                .collect(CodeBlock.joining(",\n"));
        results.add(
            "$T.of($N, $N(ctx), $T.of($>\n$L$<))",
            RuntimeNames.CRITERION_RESULT,
            names.of(new InfoKey(criterion)),
            names.of(criterion),
            List.class,
            parts);
      }
    }
    return MethodSpec.methodBuilder("screen")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeNames.SCREENING_RESULT)
        .addParameter(RuntimeNames.PATIENT_RECORD, "patient")
        .addParameter(RuntimeNames.SCREENING, "screening")
        .addStatement(
            "$T ctx = new $T(PROTOCOL, CODE_SYSTEMS, patient, screening, MEMO_SLOTS)",
            RuntimeNames.EVALUATION,
            RuntimeNames.EVALUATION)
        .addStatement(
            "return $T.decide(PROTOCOL, patient.id(), screening.date(), $T.of($>$L$<))",
            RuntimeNames.SCREENING_RESULT,
            List.class,
            results.build())
        .build();
  }

  // private static final CalendarDuration LAB_WINDOW = DAYS_28;
  private FieldSpec constantDefinition(Definition definition) {
    Body body = body(definition.body());
    return FieldSpec.builder(
            JavaTypes.of(file.typeOf(definition.body()), file.representationOf(definition.body())),
            names.of(definition),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(definitionJavadoc(definition))
        .initializer("$Z$L", body.result())
        .build();
  }

  // private static Items<Point> psaSeries(Evaluation ctx) {
  //   Items<Point> remembered = ctx.recall(PSA_SERIES_SLOT);
  //   if (remembered != null) {
  //     return remembered;
  //   }
  //   return ctx.remember(PSA_SERIES_SLOT, Series.of(...));
  // }
  private MethodSpec definition(Definition definition) {
    Expr bodyExpr = definition.body();
    TypeName type = JavaTypes.of(file.typeOf(bodyExpr), file.representationOf(bodyExpr));
    Body body = body(bodyExpr);
    CodeBlock result = body.result();
    if (file.representationOf(bodyExpr) == dev.eligo.compiler.check.Representation.TRUTH) {
      result =
          CodeBlock.of(
              "$T.$N($L,$W$L)",
              RuntimeNames.owner(RuntimeCall.NAMED),
              RuntimeCall.NAMED.method(),
              LongStrings.literal(Phrases.label(definition)),
              result);
    }
    return memoized(
        MethodSpec.methodBuilder(names.of(definition)).addJavadoc(definitionJavadoc(definition)),
        definition.name().text(),
        type,
        body.locals(),
        result);
  }

  // private static Truth aboveLimit(Evaluation ctx, Items<Observation> lab, Value<Quantity> limit)
  // {
  //   return Compare.observation(Lists.latest(...lab...), ComparisonOp.GT, limit);
  // }
  private MethodSpec instantiationMethod(Instantiation instantiation, String methodName) {
    Definition definition = instantiation.definition();
    LocalNames locals = new LocalNames(names.taken());
    List<String> parameters = new ArrayList<>();
    Map<Object, String> bound = new java.util.IdentityHashMap<>();
    for (dev.eligo.compiler.ast.Identifier parameter : definition.parameters()) {
      String name = locals.fresh(parameter.text());
      parameters.add(name);
      bound.put(parameter, name);
    }
    Body body = body(instantiation.body(), locals, bound);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(methodName)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc(definitionJavadoc(definition))
            .returns(
                JavaTypes.of(
                    file.typeOf(instantiation.body()), file.representationOf(instantiation.body())))
            .addParameter(RuntimeNames.EVALUATION, "ctx");
    for (int i = 0; i < parameters.size(); i++) {
      method.addParameter(
          JavaTypes.of(
              instantiation.argumentTypes().get(i), instantiation.argumentRepresentations().get(i)),
          parameters.get(i));
    }
    return method.addCode(body.locals()).addStatement("return $L", body.result()).build();
  }

  private CodeBlock definitionJavadoc(Definition definition) {
    return CodeBlock.of(
        "{@code define $L}, line $L of the criteria file:\n\n<pre>\n$L\n</pre>\n",
        JavaSafe.javadoc(definition.name().text()),
        definition.span().line(),
        LongStrings.wrapped(
            JavaSafe.javadoc(text.of(definition.span())), LongStrings.JAVADOC_WIDTH));
  }

  private MethodSpec criterionMethod(Criterion criterion) {
    Body body = body(criterion.body());
    return MethodSpec.methodBuilder(names.of(criterion))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("$L\n", javadoc(criterion.name().text() + ": " + nonNull(criterion.text())))
        .returns(RuntimeNames.TRUTH)
        .addParameter(RuntimeNames.EVALUATION, "ctx")
        .addCode(body.locals())
        .addStatement("return $L", body.result())
        .build();
  }

  // A part is used by its criterion's expression and reported on its own: computed once.
  private MethodSpec partMethod(Criterion.Part part) {
    Body body = body(part.body());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.of(part))
            .addJavadoc("$L\n", javadoc(part.name().text() + ": " + nonNull(part.text())));
    return memoized(method, part.name().text(), RuntimeNames.TRUTH, body.locals(), body.result());
  }

  private MethodSpec memoized(
      MethodSpec.Builder method, String name, TypeName type, CodeBlock locals, CodeBlock result) {
    String slot = names.constantFor(new SlotKey(name), name + "Slot");
    slots.add(
        FieldSpec.builder(int.class, slot, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", slots.size())
            .build());
    return method
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(RuntimeNames.EVALUATION, "ctx")
        .addStatement("$T remembered = ctx.$N($N)", type, RuntimeCall.RECALL.method(), slot)
        .beginControlFlow("if (remembered != null)")
        .addStatement("return remembered")
        .endControlFlow()
        .addCode(locals)
        .addStatement("return ctx.$N($N,$W$L)", RuntimeCall.REMEMBER.method(), slot, result)
        .build();
  }

  private record SlotKey(String name) {}

  private static String nonNull(String protocolText) {
    return protocolText == null ? "" : protocolText;
  }

  /** A method's result, with the locals computed first for expressions it would compute twice. */
  private record Body(CodeBlock locals, CodeBlock result) {}

  private Body body(Expr expr) {
    LocalNames locals = new LocalNames(names.taken());
    locals.fresh("remembered");
    return body(expr, locals, Map.of());
  }

  /** The body of a method whose parameters (a parameterised definition's) are already named. */
  private Body body(Expr expr, LocalNames methodLocals, Map<Object, String> parameters) {
    Map<String, Expr> shared = new LinkedHashMap<>();
    while (true) {
      SharedExpressions plan = new SharedExpressions(file, shared, parameters.keySet());
      LocalNames locals = methodLocals.copy();
      ExpressionGenerator generator =
          new ExpressionGenerator(file, names, literals, concepts, locals, plan);
      parameters.forEach(generator::bind);
      CodeBlock.Builder declarations = CodeBlock.builder();
      for (Map.Entry<String, Expr> entry : plan.inOrder()) {
        Expr sharedExpr = entry.getValue();
        String local = locals.fresh(LocalNaming.of(sharedExpr, file));
        CodeBlock initializer = generator.initializer(entry.getKey(), sharedExpr);
        plan.name(entry.getKey(), local);
        declarations.addStatement(
            "$T $N =$W$L",
            JavaTypes.of(file.typeOf(sharedExpr), file.representationOf(sharedExpr)),
            local,
            initializer);
      }
      CodeBlock result = generator.generate(expr);
      Map<String, Expr> repeated = plan.newlyRepeated();
      if (repeated.isEmpty()) {
        return new Body(declarations.build(), result);
      }
      shared.putAll(repeated);
    }
  }

  // Java initializes static fields in order, so a value set comes after those it includes.
  private List<ValueSetDeclaration> valueSetsInDependencyOrder(CriteriaFile ast) {
    Set<ValueSetDeclaration> ordered = new LinkedHashSet<>();
    for (ValueSetDeclaration valueSet : ast.declarations(ValueSetDeclaration.class)) {
      visit(valueSet, ordered);
    }
    return new ArrayList<>(ordered);
  }

  private void visit(ValueSetDeclaration valueSet, Set<ValueSetDeclaration> ordered) {
    if (ordered.contains(valueSet)) {
      return;
    }
    List<CodeSetTerm> terms = new ArrayList<>(valueSet.codes().included());
    terms.addAll(valueSet.codes().excluded());
    for (CodeSetTerm term : terms) {
      if (term instanceof CodeSetTerm.ValueSetReference reference) {
        visit(((Symbol.ValueSetSymbol) file.symbolOf(reference)).declaration(), ordered);
      }
    }
    ordered.add(valueSet);
  }
}
