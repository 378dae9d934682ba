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

/**
 * Tracks definitions while they are checked: the chain being checked now, to find recursion, and
 * the order they finished in, each after the definitions it uses.
 */
final class DefinitionOrder {
  private final DiagnosticSink sink;
  private final Chain<Definition> inProgress = new Chain<>(d -> d.name().text());
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
    java.util.Optional<String> cycle = inProgress.cycleTo(definition);
    cycle.ifPresent(
        text ->
            sink.report(
                DiagnosticCode.RECURSIVE_DEFINITION,
                reference,
                "'" + definition.name().text() + "' depends on itself: " + text));
    return cycle.isPresent();
  }

  void enter(Definition definition) {
    inProgress.enter(definition);
  }

  void leave(Definition definition) {
    inProgress.leave();
    done.add(definition);
    order.add(definition);
  }

  /** Leaves a parameterised definition's body: it is no definition of its own in the order. */
  void leaveWithoutOrder(Definition definition) {
    inProgress.leave();
  }

  List<Definition> order() {
    return List.copyOf(order);
  }
}
