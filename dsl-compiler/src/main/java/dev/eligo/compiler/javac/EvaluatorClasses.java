package dev.eligo.compiler.javac;

import dev.eligo.runtime.ProtocolEvaluator;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A generated evaluator compiled to class files in memory: its binary name and the class files by
 * binary name. It can be sent to another JVM and loaded there, wherever the runtime is.
 */
public final class EvaluatorClasses implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String className;
  private final TreeMap<String, byte[]> classes;

  public EvaluatorClasses(String className, Map<String, byte[]> classes) {
    this.className = Objects.requireNonNull(className, "className");
    this.classes = new TreeMap<>(classes);
    if (!this.classes.containsKey(className)) {
      throw new IllegalArgumentException("no class file for " + className);
    }
  }

  /** The evaluator's binary name, e.g. {@code dev.eligo.screening.NCT07298239Evaluator}. */
  public String className() {
    return className;
  }

  /** The class files by binary name (the evaluator and any nested classes); a copy. */
  public Map<String, byte[]> classes() {
    Map<String, byte[]> copy = new TreeMap<>();
    classes.forEach((name, bytes) -> copy.put(name, bytes.clone()));
    return copy;
  }

  /**
   * Defines the classes in a new class loader below {@code parent} (which must see the runtime) and
   * creates the evaluator.
   */
  public ProtocolEvaluator newInstance(ClassLoader parent) throws ReflectiveOperationException {
    Class<?> type = Class.forName(className, true, new MemoryClassLoader(classes, parent));
    return type.asSubclass(ProtocolEvaluator.class).getDeclaredConstructor().newInstance();
  }
}
