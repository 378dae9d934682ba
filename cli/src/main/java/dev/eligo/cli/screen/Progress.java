package dev.eligo.cli.screen;

/** Reports how far screening has got; the default does nothing. */
public interface Progress {
  /** Shows nothing. */
  Progress NONE = new Progress() {};

  /** One more patient done. */
  default void advance(Summary sofar) {}

  /** Screening finished: clear what was shown. */
  default void done() {}
}
