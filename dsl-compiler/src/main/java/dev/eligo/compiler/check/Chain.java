package dev.eligo.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The declarations being followed right now (a definition using another, a value set including
 * another), to tell when one comes back to itself. Compared by identity: records compare by value.
 */
final class Chain<T> {
  private final List<T> path = new ArrayList<>();
  private final Function<T, String> name;

  Chain(Function<T, String> name) {
    this.name = name;
  }

  void enter(T node) {
    path.add(node);
  }

  void leave() {
    path.remove(path.size() - 1);
  }

  /** When {@code node} is already being followed, the cycle back to it: {@code a -> b -> a}. */
  Optional<String> cycleTo(T node) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) == node) {
        return Optional.of(
            path.subList(i, path.size()).stream().map(name).collect(Collectors.joining(" -> "))
                + " -> "
                + name.apply(node));
      }
    }
    return Optional.empty();
  }
}
