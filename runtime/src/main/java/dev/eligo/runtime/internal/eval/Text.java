package dev.eligo.runtime.internal.eval;

import java.util.function.Supplier;

/**
 * Words of an explanation held as a {@code String} or as a {@code Supplier<String>} that writes
 * them: an evaluation names every value and list it makes, but explanations read few of them, so
 * their words are put together only when asked for, from values that never change.
 */
final class Text {
  private Text() {}

  /** The words of a text held either way, or nothing ({@code ""}) for no text ({@code null}). */
  static String orEmpty(Object text) {
    return text == null ? "" : of(text);
  }

  /** The words of a text held either way. */
  @SuppressWarnings("unchecked")
  static String of(Object text) {
    return text instanceof String ? (String) text : ((Supplier<String>) text).get();
  }
}
