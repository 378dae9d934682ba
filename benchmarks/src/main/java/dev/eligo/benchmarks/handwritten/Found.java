package dev.eligo.benchmarks.handwritten;

/**
 * A record found for a concept, and how sure it belongs: surely, maybe (a tentative status, a
 * partial date, a filter that could not be decided), or unclassified (coded only in systems the
 * concept does not use).
 */
record Found<T>(T item, Kind kind) {
  enum Kind {
    SURE,
    MAYBE,
    UNCLASSIFIED
  }

  static <T> Found<T> sure(T item) {
    return new Found<>(item, Kind.SURE);
  }

  boolean isSure() {
    return kind == Kind.SURE;
  }

  /** This record no surer than maybe; an unclassified one stays unclassified. */
  Found<T> atMostMaybe() {
    return kind == Kind.SURE ? new Found<>(item, Kind.MAYBE) : this;
  }
}
