package dev.eligo.compiler.javac;

/** Generated Java could not be compiled to class files; the message says why, for a user. */
public final class JavacException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean noCompiler;

  JavacException(String message, boolean noCompiler, Throwable cause) {
    super(message, cause);
    this.noCompiler = noCompiler;
  }

  /** True when this JVM has no Java compiler at all (a JRE rather than a JDK). */
  public boolean noCompiler() {
    return noCompiler;
  }
}
