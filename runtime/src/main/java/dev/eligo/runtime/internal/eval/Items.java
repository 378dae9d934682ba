package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list with three-valued membership: the {@link #definite()} items, the {@link #possible()}
 * ones (a filter was unknown for them, or their status is tentative) and the
 * {@link #unclassified()} ones (coded only in systems the concept does not use), in one order,
 * with the evidence and a label saying what was looked for and where. Immutable.
 *
 * @param <T> the items: records, points of a series, pairs, courses, sub-lists
 */
public final class Items<T> {
  private final String concept;
  private final String where;
  private final List<Member<T>> members;
  private final Evidence evidence;
  private final Origin origin;
  /** The data dictionary's concept, before filters renamed the list ("PSA", not "PSA (value > 2)"). */
  private final String lookedFor;

  Items(String concept, String where, List<Member<T>> members, Evidence evidence, Origin origin) {
    this(concept, where, members, evidence, origin, concept);
  }

  private Items(String concept, String where, List<Member<T>> members, Evidence evidence, Origin origin,
      String lookedFor) {
    this.lookedFor = lookedFor;
    this.concept = Objects.requireNonNull(concept, "concept");
    this.where = where == null ? "" : where;
    this.members = List.copyOf(members);
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** A list of definite items, e.g. for a derived list or a test. */
  public static <T> Items<T> of(String concept, String where, List<T> items) {
    List<Member<T>> members = new ArrayList<>();
    items.forEach(item -> members.add(Member.definite(item)));
    return new Items<>(concept, where, members, Evidence.none(), Origin.NONE);
  }

  /** The items that surely belong, in order. */
  public List<T> definite() {
    List<T> result = new ArrayList<>();
    for (Member<T> m : members) {
      if (m.kind() == Member.Kind.DEFINITE) {
        result.add(m.item());
      }
    }
    return result;
  }

  /** The items that may belong, each with the reason, in order. */
  public List<Possible<T>> possible() {
    List<Possible<T>> result = new ArrayList<>();
    for (Member<T> m : members) {
      if (m.kind() == Member.Kind.POSSIBLE) {
        result.add(new Possible<>(m.item(), m.reason(), m.missing()));
      }
    }
    return result;
  }

  /** The records that could not be classified because of the systems they are coded in. */
  public List<T> unclassified() {
    List<T> result = new ArrayList<>();
    for (Member<T> m : members) {
      if (m.kind() == Member.Kind.UNCLASSIFIED) {
        result.add(m.item());
      }
    }
    return result;
  }

  /** Whether no item belongs even possibly. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  public Evidence evidence() {
    return evidence;
  }

  /** The concept looked for, e.g. {@code PSA}. */
  public String concept() {
    return concept;
  }

  /** Where it was looked for, e.g. {@code in 2025-11-24..2026-11-24}; may be empty. */
  public String where() {
    return where;
  }

  /** What was looked for and where, e.g. {@code PSA in 2025-11-24..2026-11-24}. */
  public String label() {
    return where.isEmpty() ? concept : concept + " " + where;
  }

  /** The missing data an empty list stands for. */
  public Missing missing() {
    return new Missing(lookedFor, where);
  }

  List<Member<T>> members() {
    return members;
  }

  Origin origin() {
    return origin;
  }

  /**
   * One item of this list as a value, keeping where the list came from, so that a condition
   * written about the item converts units with its concept's molar mass or factors.
   */
  public Value<T> valueOf(T item) {
    return Value.known(item, Timing.used(List.of(item))).withOrigin(origin);
  }

  /** Other members, with this list's label and origin and more evidence. */
  <R> Items<R> derive(List<Member<R>> newMembers, Evidence more) {
    return new Items<>(concept, where, newMembers, evidence.and(more), origin, lookedFor);
  }

  /** The same list looked for somewhere else. */
  Items<T> relabel(String newConcept, String newWhere) {
    return new Items<>(newConcept, newWhere, members, evidence, origin, lookedFor);
  }

  @Override
  public String toString() {
    return Show.items(this);
  }
}
