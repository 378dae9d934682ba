package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One item of an {@link Items} list with how surely it belongs there: the item, its {@link Kind},
 * why membership is uncertain (empty for a definite member; written when first asked for), the data
 * that would settle an uncertain membership, and whether the member is possible only because its
 * record's verification status is tentative (see {@link Lists#unrefuted}).
 */
final class Member<T> {
  /** How surely an item belongs to a list. */
  enum Kind {
    /** The item belongs to the list. */
    DEFINITE,
    /** The item may belong to the list: a filter on it was unknown, or its status is tentative. */
    POSSIBLE,
    /** The item is coded only in systems the concept does not use, so nobody can tell. */
    UNCLASSIFIED
  }

  private final T item;
  private final Kind kind;
  // null for no reason, else a String or a Supplier<String> (see Text) until first asked for.
  private Object reason;
  private final List<Missing> missing;
  private final boolean tentative;

  private Member(T item, Kind kind, Object reason, List<Missing> missing, boolean tentative) {
    this.item = Objects.requireNonNull(item, "item");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reason = reason instanceof String && ((String) reason).isEmpty() ? null : reason;
    this.missing = List.copyOf(missing);
    this.tentative = tentative;
  }

  private Member(T item, Kind kind, Object reason, List<Missing> missing) {
    this(item, kind, reason, missing, false);
  }

  static <T> Member<T> definite(T item) {
    return new Member<>(item, Kind.DEFINITE, null, List.of());
  }

  static <T> Member<T> possible(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.POSSIBLE, reason, missing);
  }

  /** A possible member, the reason written when first asked for. */
  static <T> Member<T> possible(T item, Supplier<String> reason, List<Missing> missing) {
    return new Member<>(item, Kind.POSSIBLE, reason, missing);
  }

  /** A member possible only because its record's verification status is tentative. */
  static <T> Member<T> tentative(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.POSSIBLE, reason, missing, true);
  }

  static <T> Member<T> unclassified(T item, String reason, List<Missing> missing) {
    return new Member<>(item, Kind.UNCLASSIFIED, reason, missing);
  }

  T item() {
    return item;
  }

  Kind kind() {
    return kind;
  }

  /** Why membership is uncertain; empty for a definite member. */
  String reason() {
    String text = Text.orEmpty(reason);
    if (reason != null) {
      reason = text; // written once; null stays null, for no reason
    }
    return text;
  }

  List<Missing> missing() {
    return missing;
  }

  /** Whether the member is possible only because its record's verification status is tentative. */
  boolean tentative() {
    return tentative;
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
    return atMostPossible((Object) why, more);
  }

  /** As {@link #atMostPossible(String, List)}, the reason written when first asked for. */
  Member<T> atMostPossible(Supplier<String> why, List<Missing> more) {
    return atMostPossible((Object) why, more);
  }

  private Member<T> atMostPossible(Object why, List<Missing> more) {
    if (kind == Kind.UNCLASSIFIED) {
      return this;
    }
    Object was = reason;
    Object joined = was == null ? why : (Supplier<String>) () -> Text.of(was) + "; " + Text.of(why);
    List<Missing> all;
    if (missing.isEmpty() && more.size() <= 1) {
      all = more;
    } else {
      LinkedHashSet<Missing> distinct = new LinkedHashSet<>(missing);
      distinct.addAll(more);
      all = List.copyOf(distinct);
    }
    return new Member<>(item, Kind.POSSIBLE, joined, all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Member
        && item.equals(((Member<?>) o).item)
        && kind == ((Member<?>) o).kind
        && reason().equals(((Member<?>) o).reason())
        && missing.equals(((Member<?>) o).missing)
        && tentative == ((Member<?>) o).tentative;
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, kind, reason(), missing, tentative);
  }

  @Override
  public String toString() {
    return "Member[item="
        + item
        + ", kind="
        + kind
        + ", reason="
        + reason()
        + ", missing="
        + missing
        + ", tentative="
        + tentative
        + "]";
  }
}
