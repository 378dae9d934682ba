package dev.eligo.spark;

/**
 * The protocol cannot be used: its file cannot be read, has errors, or its evaluator cannot be
 * loaded.
 */
public final class ProtocolException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }

  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
