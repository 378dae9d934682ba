package dev.eligo.cli.load;

/** The generated evaluator could not be compiled or loaded; the message says why, for a user. */
public final class EvaluatorLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  public EvaluatorLoadException(String message) {
    super(message);
  }

  public EvaluatorLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
