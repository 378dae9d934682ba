package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;

import java.util.List;
import java.util.Objects;

/**
 * One item of an {@link Items} list with how surely it belongs there.
 *
 * @param reason why membership is uncertain; empty for a definite member
 * @param missing the data that would settle an uncertain membership
 * @param tentative whether the member is possible only because its record's verification status
 *     is tentative (see {@link Lists#unrefuted})
 */
record Member<T>(T item, Kind kind, String reason, List<Missing> missing, boolean tentative) {
  /** How surely an item belongs to a list. */
  enum Kind {
    /** The item belongs to the list. */
    DEFINITE,
    /** The item may belong to the list: a filter on it was unknown, or its status is tentative. */
    POSSIBLE,
    /** The item is coded only in systems the concept does not use, so nobody can tell. */
    UNCLASSIFIED
  }

  Member {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(kind, "kind");
    reason = reason == null ? "" : reason;
    missing = List.copyOf(missing);
  }

  Member(T item, Kind kind, String reason, List<Missing> missing) {
    this(item, kind, reason, missing, false);
  }

  static <T> Member<T> definite(T item) {
    return new Member<>(item, Kind.DEFINITE, "", List.of());
  }

  static <T> Member<T> possible(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.POSSIBLE, reason, missing);
  }

  /** A member possible only because its record's verification status is tentative. */
  static <T> Member<T> tentative(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.POSSIBLE, reason, missing, true);
  }

  static <T> Member<T> unclassified(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.UNCLASSIFIED, reason, missing);
  }

  boolean isDefinite() {
    return kind == Kind.DEFINITE;
  }

  /** This member's item in the same standing, e.g. a record's point. */
  <R> Member<R> withItem(R other) {
    return new Member<>(other, kind, reason, missing, tentative);
  }

  /** This member made no surer than possible, for the reason given. */
  Member<T> atMostPossible(String why, List<Missing> more) {
    if (kind == Kind.UNCLASSIFIED) {
      return this;
    }
    String joined = reason.isEmpty() ? why : reason + "; " + why;
    List<Missing> all = new java.util.ArrayList<>(missing);
    all.addAll(more);
    return new Member<>(item, Kind.POSSIBLE, joined, List.copyOf(new java.util.LinkedHashSet<>(all)));
  }
}
