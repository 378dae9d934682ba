package dev.eligo.compiler.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is: an error stops generation, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed before the code: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
