package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.CodeSystemDeclaration.CodeMatching;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.check.Symbol;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the data dictionary as constants: code systems, value sets and concepts, built once when
 * the class loads and shared by every evaluation.
 */
final class ConceptGenerator {
  private final CheckedFile file;
  private final JavaNames names;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<String> inputs = new ArrayList<>();
  private final java.util.Map<CodeSetTerm, String> inlineConstants =
      new java.util.IdentityHashMap<>();

  ConceptGenerator(CheckedFile file, JavaNames names) {
    this.file = file;
    this.names = names;
  }

  List<FieldSpec> fields() {
    return fields;
  }

  /** The constants of the screening inputs, in the order of the file. */
  List<String> inputs() {
    return inputs;
  }

  // private static final CodeSystemRef ICD10 = CodeSystemRef.of("ICD10",
  // CodeMatch.PREFIX_IGNORING_DOTS, "uri", ...);
  void codeSystem(CodeSystemDeclaration system) {
    CodeBlock.Builder uris = CodeBlock.builder();
    for (String uri : system.uris()) {
      uris.add(",$W$L", LongStrings.literal(uri));
    }
    add(
        RuntimeNames.CODE_SYSTEM_REF,
        names.constant(system, system.name().text()),
        CodeBlock.of(
            "$T.of($S,$W$T.$L$L)",
            RuntimeNames.CODE_SYSTEM_REF,
            system.name().text(),
            RuntimeNames.CODE_MATCH,
            match(system.matching()),
            uris.build()));
  }

  // private static final ValueSet ORAL = ValueSet.builder().named("oral route").include(SNOMED,
  // "26643006").build();
  void valueSet(ValueSetDeclaration valueSet) {
    add(
        RuntimeNames.VALUE_SET,
        names.constant(valueSet, valueSet.name().text()),
        valueSetOf(valueSet.codes(), valueSet.label()));
  }

  // private static final ObservationConcept PSA = ObservationConcept.quantity("psa", "PSA",
  // ValueSet..., "ng/mL");
  void data(DataDeclaration declaration) {
    String constant = names.constant(declaration, declaration.name().text());
    String name = declaration.name().text();
    if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
      CodeBlock codes = valueSetOf(observation.codes(), observation.label());
      CodeBlock.Builder concept = CodeBlock.builder();
      switch (observation.valueKind()) {
        case QUANTITY:
          concept.add(
              "$T.quantity($S,$W$L,$W$L,$W$L)",
              RuntimeNames.OBSERVATION_CONCEPT,
              name,
              LongStrings.literal(observation.label()),
              codes,
              LongStrings.literal(observation.unit().text()));
          break;
        case INTEGER:
          concept.add(
              "$T.count($S,$W$L,$W$L)",
              RuntimeNames.OBSERVATION_CONCEPT,
              name,
              LongStrings.literal(observation.label()),
              codes);
          break;
        case CODED:
          concept.add(
              "$T.coded($S,$W$L,$W$L)",
              RuntimeNames.OBSERVATION_CONCEPT,
              name,
              LongStrings.literal(observation.label()),
              codes);
          break;
        case BOOLEAN:
          concept.add(
              "$T.yesNo($S,$W$L,$W$L)",
              RuntimeNames.OBSERVATION_CONCEPT,
              name,
              LongStrings.literal(observation.label()),
              codes);
          break;
        case TEXT:
          concept.add(
              "$T.text($S,$W$L,$W$L)",
              RuntimeNames.OBSERVATION_CONCEPT,
              name,
              LongStrings.literal(observation.label()),
              codes);
          break;
      }
      for (DataDeclaration.AnalyteOption option : observation.options()) {
        concept.add(analyteOption(option));
      }
      add(RuntimeNames.OBSERVATION_CONCEPT, constant, concept.build());
    } else if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      CodeBlock.Builder concept =
          CodeBlock.builder()
              .add(
                  "$T.of($S,$W$L,$W$L)",
                  RuntimeNames.RECORD_CONCEPT,
                  name,
                  LongStrings.literal(record.label()),
                  valueSetOf(record.codes(), record.label()));
      if (!record.classifiedBy().isEmpty()) {
        concept.add(
            "$Z.classifiedBy($L)",
            record.classifiedBy().stream()
                .map(system -> CodeBlock.of("$N", names.of(file.systemOf(system).declaration())))
                .collect(CodeBlock.joining(", ")));
      }
      add(RuntimeNames.RECORD_CONCEPT, constant, concept.build());
    } else if (declaration instanceof DataDeclaration.InputDeclaration input) {
      inputs.add(constant);
      CodeBlock system =
          input.system() == null
              ? CodeBlock.of("null")
              : CodeBlock.of("$N", names.of(file.systemOf(input.system()).declaration()));
      add(
          RuntimeNames.INPUT_CONCEPT,
          constant,
          CodeBlock.of(
              "$T.of($S,$W$L,$W$T.$L,$W$L,$W$L)",
              RuntimeNames.INPUT_CONCEPT,
              name,
              LongStrings.literal(input.label()),
              RuntimeNames.INPUT_KIND,
              input.kind().toUpperCase(java.util.Locale.ROOT),
              LongStrings.literal(input.unit() == null ? "" : input.unit().text()),
              system));
    } else if (declaration instanceof DataDeclaration.AttestationDeclaration attestation) {
      add(
          RuntimeNames.ATTESTATION_CONCEPT,
          constant,
          CodeBlock.of(
              "$T.of($S,$W$L,$W$L)",
              RuntimeNames.ATTESTATION_CONCEPT,
              name,
              LongStrings.literal(attestation.label()),
              LongStrings.literal(attestation.linkId())));
    } else {
      add(
          RuntimeNames.PARTICIPATION_CONCEPT,
          constant,
          CodeBlock.of(
              "$T.of($S,$W$L)",
              RuntimeNames.PARTICIPATION_CONCEPT,
              name,
              LongStrings.literal(declaration.label())));
    }
  }

  // private static final List<CodeSystemRef> CODE_SYSTEMS = List.of(LOINC, SNOMED, ...);
  /** Every code system the protocol declares: a record coded in none of them is unclassified. */
  void protocolSystems(java.util.List<CodeSystemDeclaration> systems) {
    CodeBlock all =
        systems.stream()
            .map(s -> CodeBlock.of("$N", names.of(s)))
            .collect(CodeBlock.joining(",$W"));
    fields.add(
        FieldSpec.builder(
                com.palantir.javapoet.ParameterizedTypeName.get(
                    com.palantir.javapoet.ClassName.get(java.util.List.class),
                    RuntimeNames.CODE_SYSTEM_REF),
                "CODE_SYSTEMS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$Z$T.of($L)", java.util.List.class, all)
            .build());
  }

  /** A constant for a code set written inline after {@code in}; returns its name. */
  String inlineValueSet(CodeSetTerm term) {
    String existing = inlineConstants.get(term);
    if (existing != null) {
      return existing;
    }
    CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
    String constant =
        names.constant(
            term,
            inline.system().text()
                + "_"
                + Literals.words(inline.codes().get(0).text())
                + (inline.codes().size() > 1 ? "_ETC" : ""));
    CodeSet codes = new CodeSet(List.of(term), List.of(), term.span());
    add(RuntimeNames.VALUE_SET, constant, valueSetOf(codes, null));
    inlineConstants.put(term, constant);
    return constant;
  }

  private CodeBlock analyteOption(DataDeclaration.AnalyteOption option) {
    if (option instanceof DataDeclaration.MolarMass molar) {
      return CodeBlock.of(
          "$Z.withMolarMass(new $T($S), $L)",
          java.math.BigDecimal.class,
          molar.value().toPlainString(),
          LongStrings.literal(molar.unit().text()));
    }
    if (option instanceof DataDeclaration.UnitFactor factor) {
      java.math.BigDecimal perUnit =
          factor.toAmount().divide(factor.fromAmount(), java.math.MathContext.DECIMAL128);
      return CodeBlock.of(
          "$Z.withUnitFactor($L, new $T($S), $L)",
          LongStrings.literal(factor.from().text()),
          java.math.BigDecimal.class,
          perUnit.stripTrailingZeros().toPlainString(),
          LongStrings.literal(factor.to().text()));
    }
    if (option instanceof DataDeclaration.PlausibleRange range) {
      return CodeBlock.of(
          "$Z.withPlausibleRange(new $T($S), new $T($S), $L)",
          java.math.BigDecimal.class,
          range.low().toPlainString(),
          java.math.BigDecimal.class,
          range.high().toPlainString(),
          LongStrings.literal(range.unit().text()));
    }
    DataDeclaration.UnitAlias alias = (DataDeclaration.UnitAlias) option;
    return CodeBlock.of(
        "$Z.withUnitAlias($L, $L)",
        LongStrings.literal(alias.written().text()),
        LongStrings.literal(alias.ucum().text()));
  }

  private CodeBlock valueSetOf(CodeSet codes, String label) {
    CodeBlock.Builder builder = CodeBlock.builder().add("$T.builder()", RuntimeNames.VALUE_SET);
    if (label != null) {
      builder.add("$Z.named($L)", LongStrings.literal(label));
    }
    for (CodeSetTerm term : codes.included()) {
      builder.add(term(term, true));
    }
    for (CodeSetTerm term : codes.excluded()) {
      builder.add(term(term, false));
    }
    return builder.add("$Z.build()").build();
  }

  private CodeBlock term(CodeSetTerm term, boolean include) {
    String verb = include ? "include" : "exclude";
    if (term instanceof CodeSetTerm.ValueSetReference reference) {
      Symbol.ValueSetSymbol valueSet = (Symbol.ValueSetSymbol) file.symbolOf(reference);
      return CodeBlock.of("$Z.$LAll($N)", verb, names.of(valueSet.declaration()));
    }
    CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
    CodeSystemDeclaration system = file.systemOf(inline).declaration();
    String systemConstant = names.of(system);
    CodeBlock.Builder block = CodeBlock.builder();
    for (CodeLiteral code : inline.codes()) {
      if (system.matching() != CodeMatching.EXACT && code.text().contains("-")) {
        String[] ends = code.text().split("-", 2);
        block.add(
            "$Z.$LRange($N, $L, $L)",
            verb,
            systemConstant,
            LongStrings.literal(ends[0]),
            LongStrings.literal(ends[1]));
      } else {
        block.add("$Z.$L($N, $L)", verb, systemConstant, LongStrings.literal(code.text()));
      }
    }
    return block.build();
  }

  private void add(TypeName type, String name, CodeBlock initializer) {
    fields.add(
        FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$Z$L", initializer)
            .build());
  }

  private static String match(CodeMatching matching) {
    return matching.name();
  }
}
