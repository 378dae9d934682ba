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
import java.util.stream.Collectors;

/** Finds value sets that include themselves, directly or through others. */
final class ValueSetCycles {
  private final Map<Object, Symbol> resolutions;
  private final DiagnosticSink sink;
  private final List<ValueSetDeclaration> path = new ArrayList<>();
  private final Set<ValueSetDeclaration> finished = Collections.newSetFromMap(new IdentityHashMap<>());

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
    path.add(valueSet);
    List<CodeSetTerm> terms = new ArrayList<>(valueSet.codes().included());
    terms.addAll(valueSet.codes().excluded());
    for (CodeSetTerm term : terms) {
      if (resolutions.get(term) instanceof Symbol.ValueSetSymbol target) {
        int start = path.indexOf(target.declaration());
        if (start >= 0) {
          String cycle = path.subList(start, path.size()).stream().map(v -> v.name().text())
              .collect(Collectors.joining(" -> "));
          sink.report(DiagnosticCode.RECURSIVE_DEFINITION, term.span(),
              "value set '" + target.declaration().name().text() + "' includes itself: " + cycle + " -> "
                  + target.declaration().name().text());
          // Cut the cycle here, so generation's ordering never loops.
          resolutions.remove(term);
        } else {
          visit(target.declaration());
        }
      }
    }
    path.remove(path.size() - 1);
    finished.add(valueSet);
  }
}
