package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds value sets that include themselves, directly or through others. */
final class ValueSetCycles {
  private final Map<Object, Symbol> resolutions;
  private final DiagnosticSink sink;
  private final Chain<ValueSetDeclaration> path = new Chain<>(v -> v.name().text());
  private final Set<ValueSetDeclaration> finished =
      Collections.newSetFromMap(new IdentityHashMap<>());

  private ValueSetCycles(Map<Object, Symbol> resolutions, DiagnosticSink sink) {
    this.resolutions = resolutions;
    this.sink = sink;
  }

  static void report(CriteriaFile file, Map<Object, Symbol> resolutions, DiagnosticSink sink) {
    ValueSetCycles cycles = new ValueSetCycles(resolutions, sink);
    for (ValueSetDeclaration valueSet : file.declarations(ValueSetDeclaration.class)) {
      cycles.visit(valueSet);
    }
  }

  private void visit(ValueSetDeclaration valueSet) {
    if (finished.contains(valueSet)) {
      return;
    }
    path.enter(valueSet);
    List<CodeSetTerm> terms = new ArrayList<>(valueSet.codes().included());
    terms.addAll(valueSet.codes().excluded());
    for (CodeSetTerm term : terms) {
      if (resolutions.get(term) instanceof Symbol.ValueSetSymbol target) {
        java.util.Optional<String> cycle = path.cycleTo(target.declaration());
        if (cycle.isPresent()) {
          sink.report(
              DiagnosticCode.RECURSIVE_DEFINITION,
              term.span(),
              "value set '"
                  + target.declaration().name().text()
                  + "' includes itself: "
                  + cycle.get());
          // Cut the cycle here, so generation's ordering never loops.
          resolutions.remove(term);
        } else {
          visit(target.declaration());
        }
      }
    }
    path.leave();
    finished.add(valueSet);
  }
}
