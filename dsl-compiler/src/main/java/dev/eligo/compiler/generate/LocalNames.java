package dev.eligo.compiler.generate;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of the local variables and lambda parameters of one generated method. Java forbids a lambda
 * parameter that repeats an enclosing local, and a local named like a constant or a class would
 * hide it, so every name is distinct from all of those; a number tells repeats apart.
 */
final class LocalNames {
  private final Set<String> taken = new HashSet<>();

  LocalNames(Set<String> members) {
    taken.addAll(members);
    taken.add("ctx");
  }

  private LocalNames(LocalNames other) {
    taken.addAll(other.taken);
  }

  /** A copy that can name more without changing this one. */
  LocalNames copy() {
    return new LocalNames(this);
  }

  String fresh(String suggestion) {
    String base = JavaNames.legal(JavaNames.lowerCamel(suggestion));
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + n;
    }
    taken.add(name);
    return name;
  }
}
