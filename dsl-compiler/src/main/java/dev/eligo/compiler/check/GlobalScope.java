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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The file's top-level names. Declarations, criteria and their parts share one namespace, so that
 * {@code E3a} can never mean two things; a second declaration of a name is an error.
 */
final class GlobalScope {
  /** Names the language gives meaning to; declaring them would hide the patient's facts. */
  static final Set<String> PATIENT_FACTS = Set.of("age", "sex", "enrolment");

  private final Map<String, Symbol> symbols = new HashMap<>();
  private final Map<String, Identifier> firstDeclared = new HashMap<>();
  private final DiagnosticSink sink;

  GlobalScope(CriteriaFile file, DiagnosticSink sink) {
    this.sink = sink;
    for (Declaration declaration : file.declarations()) {
      declare(declaration.name(), symbolFor(declaration));
      if (declaration instanceof Criterion criterion) {
        for (Criterion.Part part : criterion.parts()) {
          declare(part.name(), new Symbol.PartSymbol(criterion, part));
        }
      }
    }
  }

  /** Whether this declaration is the one its name stands for (not a duplicate that was refused). */
  boolean declares(Declaration declaration) {
    Identifier first = firstDeclared.get(declaration.name().text());
    return first == declaration.name() && symbols.containsKey(declaration.name().text());
  }

  Symbol lookup(String name) {
    return symbols.get(name);
  }

  /** The declared name nearest to a misspelt one, when near enough to be a likely typo. */
  String closestTo(String name) {
    String best = null;
    int bestDistance = Math.max(1, name.length() / 3) + 1;
    java.util.TreeSet<String> candidates = new java.util.TreeSet<>(symbols.keySet());
    candidates.addAll(PATIENT_FACTS);
    for (String candidate : candidates) {
      int distance =
          Suggestions.distance(
              name.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private void declare(Identifier name, Symbol symbol) {
    if (PATIENT_FACTS.contains(name.text())) {
      sink.report(
          DiagnosticCode.DUPLICATE_NAME,
          name.span(),
          "'"
              + name.text()
              + "' is the patient's own "
              + name.text()
              + (name.text().equals("enrolment") ? " in this protocol's study" : "")
              + " and cannot be declared");
      return;
    }
    if (symbol instanceof Symbol.DefinitionSymbol definition
        && definition.definition().isParameterised()
        && LanguageTable.function(name.text()).isPresent()) {
      sink.report(
          DiagnosticCode.DUPLICATE_NAME,
          name.span(),
          "'"
              + name.text()
              + "' is a function of the language: "
              + LanguageTable.function(name.text()).get().signature());
      return;
    }
    Identifier earlier = firstDeclared.putIfAbsent(name.text(), name);
    if (earlier != null) {
      sink.report(
          DiagnosticCode.DUPLICATE_NAME,
          name.span(),
          "'" + name.text() + "' is already declared at line " + earlier.span().line());
      return;
    }
    symbols.put(name.text(), symbol);
  }

  private static Symbol symbolFor(Declaration declaration) {
    if (declaration instanceof CodeSystemDeclaration system) {
      return new Symbol.CodeSystemSymbol(system);
    }
    if (declaration instanceof ValueSetDeclaration valueSet) {
      return new Symbol.ValueSetSymbol(valueSet);
    }
    if (declaration instanceof DataDeclaration data) {
      return new Symbol.Data(data);
    }
    if (declaration instanceof Definition definition) {
      return new Symbol.DefinitionSymbol(definition);
    }
    Criterion criterion = (Criterion) declaration;
    return new Symbol.PartSymbol(criterion, null);
  }
}
