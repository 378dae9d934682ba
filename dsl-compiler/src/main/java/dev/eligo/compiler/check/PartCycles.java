package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds parts of a criterion that use themselves, directly or through other parts. */
final class PartCycles {
  private final Map<Object, Symbol> resolutions;
  private final DiagnosticSink sink;
  private final List<Criterion.Part> path = new ArrayList<>();
  private final Set<Criterion.Part> finished = Collections.newSetFromMap(new IdentityHashMap<>());

  private PartCycles(Map<Object, Symbol> resolutions, DiagnosticSink sink) {
    this.resolutions = resolutions;
    this.sink = sink;
  }

  static void report(Criterion criterion, Map<Object, Symbol> resolutions, DiagnosticSink sink) {
    PartCycles cycles = new PartCycles(resolutions, sink);
    criterion.parts().forEach(cycles::visit);
  }

  private void visit(Criterion.Part part) {
    if (finished.contains(part)) {
      return;
    }
    path.add(part);
    for (Expr expr : Children.all(part.body())) {
      if (expr instanceof Expr.Name name && resolutions.get(name) instanceof Symbol.PartSymbol used && used.part() != null) {
        int start = indexOf(used.part());
        if (start >= 0) {
          String cycle = path.subList(start, path.size()).stream().map(p -> p.name().text())
              .collect(Collectors.joining(" -> "));
          sink.report(DiagnosticCode.RECURSIVE_DEFINITION, name.span(),
              "part " + used.part().name().text() + " uses itself: " + cycle + " -> " + used.part().name().text());
        } else {
          visit(used.part());
        }
      }
    }
    path.remove(path.size() - 1);
    finished.add(part);
  }

  private int indexOf(Criterion.Part part) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) == part) {
        return i;
      }
    }
    return -1;
  }
}
