package dev.eligo.maven.generation;

/**
 * A run that found errors in the user's criteria files; they were logged, this only counts them.
 */
public final class GenerationFailure extends Exception {
  private static final long serialVersionUID = 1L;

  GenerationFailure(String message) {
    super(message);
  }
}
