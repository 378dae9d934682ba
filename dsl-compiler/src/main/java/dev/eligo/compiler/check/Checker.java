package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Declaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.Map;
import java.util.Set;

/**
 * The resolve-and-check stage: names, code sets, units, types, recursion, protocol texts and unused
 * declarations. Reports everything it finds; generation runs only on a file without errors.
 */
public final class Checker {
  private Checker() {}

  /**
   * Checks a parsed file, reporting into the sink; the result is meaningful only without errors.
   */
  public static CheckedFile check(CriteriaFile file, DiagnosticSink sink) {
    Annotations notes = new Annotations();
    Map<Object, Symbol> resolutions = notes.resolutions;
    Set<Object> used = notes.used;

    GlobalScope globals = new GlobalScope(file, sink);
    CodeSetChecker codeSets = new CodeSetChecker(globals, sink, resolutions, used);
    DataChecker data = new DataChecker(sink);
    for (ValueSetDeclaration valueSet : file.declarations(ValueSetDeclaration.class)) {
      codeSets.check(valueSet.codes());
    }
    ValueSetCycles.report(file, resolutions, sink);
    for (DataDeclaration declaration : file.declarations(DataDeclaration.class)) {
      if (declaration instanceof DataDeclaration.ObservationDeclaration observation) {
        codeSets.check(observation.codes());
      } else if (declaration instanceof DataDeclaration.RecordDeclaration record) {
        codeSets.check(record.codes());
        record.classifiedBy().forEach(codeSets::system);
      } else if (declaration instanceof DataDeclaration.InputDeclaration input) {
        Inputs.check(input, codeSets, sink);
      }
      data.check(declaration);
    }

    ExpressionChecker expressions = new ExpressionChecker(globals, sink, notes, codeSets);
    for (Definition definition : file.declarations(Definition.class)) {
      if (!definition.isParameterised()) {
        expressions.checkDefinition(definition);
      }
    }
    for (Criterion criterion : file.declarations(Criterion.class)) {
      checkTexts(criterion, sink);
      expressions.checkCriterion(criterion);
      PartCycles.report(criterion, resolutions, sink);
    }
    for (Definition definition : file.declarations(Definition.class)) {
      if (definition.isParameterised()) {
        expressions.checkUncalled(definition);
      }
    }
    SizeLimits.check(file, sink);
    reportUnused(file, used, globals, sink);
    if (file.declarations(Criterion.class).isEmpty() && !sink.hasErrors()) {
      sink.report(
          DiagnosticCode.NO_CRITERIA,
          file.header().span(),
          "protocol " + file.header().protocolId() + " has no inclusion or exclusion criteria");
    }
    return new CheckedFile(file, notes, expressions.definitionsInDependencyOrder());
  }

  private static void checkTexts(Criterion criterion, DiagnosticSink sink) {
    requireText(criterion.text(), criterion.name(), sink);
    for (Criterion.Part part : criterion.parts()) {
      requireText(part.text(), part.name(), sink);
    }
  }

  private static void requireText(String text, Identifier name, DiagnosticSink sink) {
    if (text == null || text.isBlank()) {
      sink.report(
          DiagnosticCode.MISSING_PROTOCOL_TEXT,
          name.span(),
          name.text() + " needs the protocol text it implements, in double quotes after its id");
    }
  }

  private static void reportUnused(
      CriteriaFile file, Set<Object> used, GlobalScope globals, DiagnosticSink sink) {
    for (Declaration declaration : file.declarations()) {
      if (declaration instanceof Criterion criterion) {
        for (Criterion.Part part : criterion.parts()) {
          if (!used.contains(part)) {
            sink.report(
                DiagnosticCode.UNUSED_DECLARATION,
                part.name().span(),
                "part "
                    + part.name().text()
                    + " is not used by "
                    + criterion.name().text()
                    + "'s expression, so it cannot change the verdict");
          }
        }
      } else if (declaration instanceof CodeSystemDeclaration) {
        // Never unused: every declared system decides which records the protocol can classify.
        continue;
      } else if (!used.contains(declaration) && globals.declares(declaration)) {
        sink.report(
            DiagnosticCode.UNUSED_DECLARATION,
            declaration.name().span(),
            kindOf(declaration) + " '" + declaration.name().text() + "' is never used");
      }
    }
  }

  private static String kindOf(Declaration declaration) {
    if (declaration instanceof ValueSetDeclaration) {
      return "value set";
    }
    if (declaration instanceof DataDeclaration.InputDeclaration) {
      return "screening input";
    }
    return declaration instanceof Definition ? "definition" : "data declaration";
  }
}
