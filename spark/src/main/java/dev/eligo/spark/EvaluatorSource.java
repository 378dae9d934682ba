package dev.eligo.spark;

import dev.eligo.compiler.javac.EvaluatorClasses;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where the executors get the evaluator: a class on the job's class path (a protocol jar built by
 * Maven, passed with {@code --jars}), or class files compiled on the driver and shipped with the
 * job. Each JVM loads it once and every task shares the instance: generated evaluators are
 * stateless and thread-safe.
 */
public final class EvaluatorSource implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One instance per evaluator and JVM, kept for the JVM's life (executors run many tasks). */
  private static final ConcurrentMap<String, ProtocolEvaluator> LOADED = new ConcurrentHashMap<>();

  private final String className;
  private final EvaluatorClasses classes;
  private final String key;

  private EvaluatorSource(String className, EvaluatorClasses classes, String key) {
    this.className = className;
    this.classes = classes;
    this.key = key;
  }

  /**
   * An evaluator class the job's class path holds, e.g. {@code
   * dev.eligo.examples.mcrpc.NCT07298239Evaluator}.
   */
  public static EvaluatorSource onClassPath(String className) {
    return new EvaluatorSource(Objects.requireNonNull(className, "className"), null, className);
  }

  /** Class files compiled on the driver ({@link ProtocolCompilation}); they travel with the job. */
  public static EvaluatorSource compiled(EvaluatorClasses classes) {
    return new EvaluatorSource(
        classes.className(), classes, classes.className() + "@" + digest(classes.classes()));
  }

  public String className() {
    return className;
  }

  /**
   * This JVM's evaluator, loaded on first use.
   *
   * @throws IllegalStateException when the class cannot be found or is no evaluator
   */
  public ProtocolEvaluator evaluator() {
    return LOADED.computeIfAbsent(key, k -> load());
  }

  private ProtocolEvaluator load() {
    try {
      if (classes != null) {
        return classes.newInstance(ProtocolEvaluator.class.getClassLoader());
      }
      Class<?> type = Class.forName(className, true, classLoader());
      if (!ProtocolEvaluator.class.isAssignableFrom(type)) {
        throw new IllegalStateException(
            className
                + " is not an Eligo evaluator (it does not implement "
                + ProtocolEvaluator.class.getName()
                + ")");
      }
      return type.asSubclass(ProtocolEvaluator.class).getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "no class "
              + className
              + " on the job's class path (pass the protocol's jar"
              + " with --jars)",
          e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException(
          "the evaluator " + className + " cannot be loaded (" + e + ")", e);
    }
  }

  // Spark puts the jars given with --jars on the task threads' context class loader.
  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : EvaluatorSource.class.getClassLoader();
  }

  private static String digest(Map<String, byte[]> classes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      classes.forEach(
          (name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
          });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
