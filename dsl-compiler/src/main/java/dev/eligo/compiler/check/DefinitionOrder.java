package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tracks definitions while they are checked: the chain being checked now, to find recursion,
 * and the order they finished in, each after the definitions it uses.
 */
final class DefinitionOrder {
  private final DiagnosticSink sink;
  private final List<Definition> inProgress = new ArrayList<>();
  private final Set<Definition> done = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Definition> order = new ArrayList<>();

  DefinitionOrder(DiagnosticSink sink) {
    this.sink = sink;
  }

  boolean isDone(Definition definition) {
    return done.contains(definition);
  }

  /** Reports recursion when the definition is already being checked further up the chain. */
  boolean isRecursive(Definition definition, SourceSpan reference) {
    int start = indexOf(definition);
    if (start < 0) {
      return false;
    }
    String cycle = inProgress.subList(start, inProgress.size()).stream()
        .map(d -> d.name().text()).collect(Collectors.joining(" -> "));
    sink.report(DiagnosticCode.RECURSIVE_DEFINITION, reference,
        "'" + definition.name().text() + "' depends on itself: " + cycle + " -> " + definition.name().text());
    return true;
  }

  void enter(Definition definition) {
    inProgress.add(definition);
  }

  void leave(Definition definition) {
    inProgress.remove(inProgress.size() - 1);
    done.add(definition);
    order.add(definition);
  }

  List<Definition> order() {
    return List.copyOf(order);
  }

  private int indexOf(Definition definition) {
    for (int i = 0; i < inProgress.size(); i++) {
      if (inProgress.get(i) == definition) {
        return i;
      }
    }
    return -1;
  }
}
