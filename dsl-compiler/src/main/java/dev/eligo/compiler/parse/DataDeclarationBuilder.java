package dev.eligo.compiler.parse;

import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.AnalyteOption;
import dev.eligo.compiler.ast.DataDeclaration.ValueKind;
import dev.eligo.grammar.EligoParser;
import java.util.ArrayList;
import java.util.List;

/** Builds data dictionary entries: observations, record concepts, attestations, participations. */
final class DataDeclarationBuilder {
  private final AstBuilder ast;

  DataDeclarationBuilder(AstBuilder ast) {
    this.ast = ast;
  }

  DataDeclaration build(EligoParser.DataDeclarationContext context) {
    if (context instanceof EligoParser.ObservationDeclarationContext observation) {
      return observation(observation);
    }
    if (context instanceof EligoParser.RecordDeclarationContext record) {
      if (ast.incomplete(record.name, record.kind, record.codeSet())) {
        return null;
      }
      java.util.List<dev.eligo.compiler.ast.Identifier> classifiedBy =
          record.classification() == null
              ? java.util.List.of()
              : record.classification().systems.stream().map(ast::identifier).toList();
      return new DataDeclaration.RecordDeclaration(
          ast.identifier(record.name),
          label(record.label, record.name.getText()),
          ast.recordKind(record.kind.getStart()),
          ast.codeSet(record.codeSet()),
          classifiedBy,
          ast.span(record));
    }
    if (context instanceof EligoParser.AttestationDeclarationContext attestation) {
      if (ast.incomplete(attestation.name, attestation.linkId)) {
        return null;
      }
      return new DataDeclaration.AttestationDeclaration(
          ast.identifier(attestation.name),
          label(attestation.label, attestation.name.getText()),
          ast.string(attestation.linkId),
          ast.span(attestation));
    }
    if (context instanceof EligoParser.InputDeclarationContext input
        && input.name != null
        && input.inputType() != null) {
      EligoParser.InputTypeContext type = input.inputType();
      if (type instanceof EligoParser.QuantityInputContext quantity && quantity.UNIT() != null) {
        return new DataDeclaration.InputDeclaration(
            ast.identifier(input.name),
            label(input.label, input.name.getText()),
            "quantity",
            ast.unit(quantity.UNIT()),
            null,
            ast.span(input));
      }
      if (type instanceof EligoParser.NamedInputContext named && named.kind != null) {
        return new DataDeclaration.InputDeclaration(
            ast.identifier(input.name),
            label(input.label, input.name.getText()),
            named.kind.getText(),
            null,
            named.system == null ? null : ast.identifier(named.system),
            ast.span(input));
      }
      return null;
    }
    if (context instanceof EligoParser.ParticipationDeclarationContext participation
        && participation.name != null) {
      return new DataDeclaration.ParticipationDeclaration(
          ast.identifier(participation.name),
          label(participation.label, participation.name.getText()),
          ast.span(participation));
    }
    return null;
  }

  private DataDeclaration observation(EligoParser.ObservationDeclarationContext context) {
    if (ast.incomplete(context.name, context.codeSet(), context.observationValue())) {
      return null;
    }
    ValueKind kind;
    DataDeclaration.UnitLiteral unit = null;
    EligoParser.ObservationValueContext value = context.observationValue();
    if (value instanceof EligoParser.QuantityValueContext quantity) {
      if (quantity.UNIT() == null) {
        return null;
      }
      kind = ValueKind.QUANTITY;
      unit = ast.unit(quantity.UNIT());
    } else if (value instanceof EligoParser.IntegerValueContext) {
      kind = ValueKind.INTEGER;
    } else if (value instanceof EligoParser.BooleanValueContext) {
      kind = ValueKind.BOOLEAN;
    } else if (value instanceof EligoParser.TextValueContext) {
      kind = ValueKind.TEXT;
    } else {
      kind = ValueKind.CODED;
    }
    List<AnalyteOption> options = new ArrayList<>();
    for (EligoParser.AnalyteOptionContext option : context.analyteOption()) {
      AnalyteOption built = option(option);
      if (built != null) {
        options.add(built);
      }
    }
    return new DataDeclaration.ObservationDeclaration(
        ast.identifier(context.name),
        label(context.label, context.name.getText()),
        ast.codeSet(context.codeSet()),
        kind,
        unit,
        options,
        ast.span(context));
  }

  private AnalyteOption option(EligoParser.AnalyteOptionContext context) {
    if (context instanceof EligoParser.MolarMassOptionContext molar) {
      if (ast.incomplete(molar.NUMBER(), molar.UNIT())) {
        return null;
      }
      return new DataDeclaration.MolarMass(
          ast.number(molar.NUMBER()), ast.unit(molar.UNIT()), ast.span(molar));
    }
    if (context instanceof EligoParser.UnitFactorOptionContext factor) {
      if (factor.NUMBER().size() != 2 || factor.UNIT().size() != 2) {
        return null;
      }
      return new DataDeclaration.UnitFactor(
          ast.number(factor.NUMBER(0)),
          ast.unit(factor.UNIT(0)),
          ast.number(factor.NUMBER(1)),
          ast.unit(factor.UNIT(1)),
          ast.span(factor));
    }
    if (context instanceof EligoParser.PlausibleOptionContext plausible
        && plausible.low != null
        && plausible.high != null
        && plausible.UNIT() != null) {
      java.math.BigDecimal low = ast.number(plausible.low);
      java.math.BigDecimal high = ast.number(plausible.high);
      return new DataDeclaration.PlausibleRange(
          plausible.lowMinus == null ? low : low.negate(),
          plausible.highMinus == null ? high : high.negate(),
          ast.unit(plausible.UNIT()),
          ast.span(plausible));
    }
    if (context instanceof EligoParser.UnitAliasOptionContext alias && alias.UNIT().size() == 2) {
      return new DataDeclaration.UnitAlias(
          ast.unit(alias.UNIT(0)), ast.unit(alias.UNIT(1)), ast.span(alias));
    }
    return null;
  }

  private String label(org.antlr.v4.runtime.Token label, String name) {
    String text = ast.stringOrNull(label);
    return text == null || text.isBlank() ? name : text;
  }
}
