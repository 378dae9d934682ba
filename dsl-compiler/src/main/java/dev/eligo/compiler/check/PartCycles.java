package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** Finds parts of a criterion that use themselves, directly or through other parts. */
final class PartCycles {
  private final Map<Object, Symbol> resolutions;
  private final DiagnosticSink sink;
  private final Chain<Criterion.Part> path = new Chain<>(p -> p.name().text());
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
    path.enter(part);
    for (Expr expr : Children.all(part.body())) {
      if (expr instanceof Expr.Name name
          && resolutions.get(name) instanceof Symbol.PartSymbol used
          && used.part() != null) {
        java.util.Optional<String> cycle = path.cycleTo(used.part());
        if (cycle.isPresent()) {
          sink.report(
              DiagnosticCode.RECURSIVE_DEFINITION,
              name.span(),
              "part " + used.part().name().text() + " uses itself: " + cycle.get());
        } else {
          visit(used.part());
        }
      }
    }
    path.leave();
    finished.add(part);
  }
}
