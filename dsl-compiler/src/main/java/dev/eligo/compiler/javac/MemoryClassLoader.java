package dev.eligo.compiler.javac;

import java.util.Map;

/** Defines classes compiled in memory; everything else comes from the parent (the runtime). */
final class MemoryClassLoader extends ClassLoader {
  private final Map<String, byte[]> classes;

  MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("eligo-evaluator", parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
