package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A list with three-valued membership: the {@link #definite()} items, the {@link #possible()} ones
 * (a filter was unknown for them, or their status is tentative) and the {@link #unclassified()}
 * ones (coded only in systems the concept does not use), in one order, with the evidence and a
 * label saying what was looked for and where. Immutable.
 *
 * @param <T> the items: records, points of a series, pairs, courses, sub-lists
 */
public final class Items<T> {
  // Concept, where and lookedFor are a String or a Supplier<String> (see Text): every filter and
  // window renames a list, but explanations read few of the names. No place to say is null.
  private Object concept;
  private Object where;
  private final List<Member<T>> members;
  private final Evidence evidence;
  private final Origin origin;

  /**
   * The data dictionary's concept, before filters renamed the list ("PSA", not "PSA (value > 2)").
   */
  private final Object lookedFor;

  // What was worked out from this list once, to give again: criteria ask for the lowest PSA up
  // to the first of a run once per value of the run. The list never changes, so neither do they.
  // Made when first needed: most lists are never asked.
  private Derived derived;

  Items(String concept, String where, List<Member<T>> members, Evidence evidence, Origin origin) {
    this(
        Objects.requireNonNull(concept, "concept"),
        where == null || where.isEmpty() ? null : where,
        List.copyOf(members),
        evidence,
        origin,
        concept);
  }

  /**
   * As the public constructor, for a list of members just made: {@code members} must not change
   * after (it is kept, not copied).
   */
  static <T> Items<T> keeping(
      String concept, String where, List<Member<T>> members, Evidence evidence, Origin origin) {
    return new Items<>(
        Objects.requireNonNull(concept, "concept"),
        where == null || where.isEmpty() ? null : where,
        members,
        evidence,
        origin,
        concept);
  }

  /**
   * A list with the names given as held (a String or a Supplier), its members taken as they are.
   */
  private Items(
      Object concept,
      Object where,
      List<Member<T>> members,
      Evidence evidence,
      Origin origin,
      Object lookedFor) {
    this.lookedFor = lookedFor;
    this.concept = concept;
    this.where = where;
    this.members = members;
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /**
   * A list named as the suppliers write it when first asked for; {@code members} must not change
   * after (it is kept, not copied).
   */
  static <T> Items<T> named(
      Supplier<String> concept,
      Object where,
      List<Member<T>> members,
      Evidence evidence,
      Origin origin) {
    return new Items<>(concept, where, members, evidence, origin, concept);
  }

  /** A list of definite items, e.g. for a derived list or a test. */
  public static <T> Items<T> of(String concept, String where, List<T> items) {
    List<Member<T>> members = new ArrayList<>();
    items.forEach(item -> members.add(Member.definite(item)));
    return new Items<>(concept, where, members, Evidence.none(), Origin.NONE);
  }

  /** The items that surely belong, in order. */
  public List<T> definite() {
    List<T> result = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      if (m.kind() == Member.Kind.DEFINITE) {
        result.add(m.item());
      }
    }
    return result;
  }

  /** How many items surely belong. */
  int definiteCount() {
    int count = 0;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).isDefinite()) {
        count++;
      }
    }
    return count;
  }

  /** The records the definite items stand for, as evidence used. */
  Evidence definiteUsed() {
    int count = definiteCount();
    if (count == members.size()) {
      return count == 1
          ? Timing.usedItem(members.get(0).item())
          : Timing.used(new ItemList<>(members));
    }
    return Timing.used(definite());
  }

  /** The items of members, as a list view. */
  private static final class ItemList<T> extends java.util.AbstractList<T>
      implements java.util.RandomAccess {
    private final List<Member<T>> members;

    ItemList(List<Member<T>> members) {
      this.members = members;
    }

    @Override
    public T get(int index) {
      return members.get(index).item();
    }

    @Override
    public int size() {
      return members.size();
    }
  }

  /** The items that may belong, each with the reason, in order. */
  public List<Possible<T>> possible() {
    List<Possible<T>> result = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      if (m.kind() == Member.Kind.POSSIBLE) {
        result.add(new Possible<>(m.item(), m.reason(), m.missing()));
      }
    }
    return result;
  }

  /** The records that could not be classified because of the systems they are coded in. */
  public List<T> unclassified() {
    List<T> result = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
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
    Object known = concept;
    if (known instanceof String) {
      return (String) known;
    }
    String text = Text.of(known);
    concept = text;
    return text;
  }

  /** Where it was looked for, e.g. {@code in 2025-11-24..2026-11-24}; may be empty. */
  public String where() {
    String text = Text.orEmpty(where);
    if (where != null) {
      where = text; // written once; null stays null, for nowhere in particular
    }
    return text;
  }

  /** What was looked for and where, e.g. {@code PSA in 2025-11-24..2026-11-24}. */
  public String label() {
    return where == null ? concept() : concept() + " " + where();
  }

  /** The missing data an empty list stands for. */
  public Missing missing() {
    return new Missing(Text.of(lookedFor), where());
  }

  List<Member<T>> members() {
    return members;
  }

  Origin origin() {
    return origin;
  }

  /**
   * One item of this list as a value, keeping where the list came from, so that a condition written
   * about the item converts units with its concept's molar mass or factors.
   */
  public Value<T> valueOf(T item) {
    return itemValue(item, origin);
  }

  /**
   * An item as a value from the origin, resting on its records; a point as the one value it is
   * everywhere ({@link Point#asValue}), being tested once per run through it.
   */
  @SuppressWarnings("unchecked")
  static <T> Value<T> itemValue(T item, Origin origin) {
    if (item instanceof Point point) {
      return (Value<T>) point.asValue(origin);
    }
    return Value.known(item, Timing.usedItem(item), origin);
  }

  /**
   * Other members, with this list's label and origin and more evidence; {@code newMembers} must not
   * change after (it is kept, not copied).
   */
  <R> Items<R> derive(List<Member<R>> newMembers, Evidence more) {
    return new Items<>(concept, where, newMembers, evidence.and(more), origin, lookedFor);
  }

  /**
   * Other members found somewhere else, as the supplier names the place when first asked for
   * ({@code null}: nowhere in particular), with more evidence; {@code newMembers} must not change
   * after (it is kept, not copied).
   */
  <R> Items<R> deriveAt(Supplier<String> newWhere, List<Member<R>> newMembers, Evidence more) {
    return new Items<>(concept, newWhere, newMembers, evidence.and(more), origin, lookedFor);
  }

  /**
   * Other members, renamed as the supplier writes the new concept when first asked for; {@code
   * newMembers} must not change after (it is kept, not copied).
   */
  <R> Items<R> deriveAs(Supplier<String> newConcept, List<Member<R>> newMembers, Evidence more) {
    return new Items<>(newConcept, where, newMembers, evidence.and(more), origin, lookedFor);
  }

  /** The same list looked for somewhere else. */
  Items<T> relabel(String newConcept, String newWhere) {
    return new Items<>(
        newConcept,
        newWhere == null || newWhere.isEmpty() ? null : newWhere,
        members,
        evidence,
        origin,
        lookedFor);
  }

  /**
   * A run of this list's items (all definite), named as this list is, with no evidence of its own;
   * {@code members} must not change after (it is kept, not copied).
   */
  Items<T> runOf(List<Member<T>> definite) {
    return new Items<>(concept, where, definite, Evidence.none(), origin, concept);
  }

  /**
   * What {@code work} makes of this list and {@code key} (an operation, or an operation's
   * argument), made once per key and given again after. An evaluation runs on one thread. {@code
   * work} is handed both, so that a call site need not capture them in a new lambda on every call.
   */
  @SuppressWarnings("unchecked")
  <K, R> R derived(K key, BiFunction<Items<T>, K, R> work) {
    Derived known = derived;
    if (known == null) {
      known = new Derived();
      derived = known;
    }
    Object found = known.get(key);
    if (found == null) {
      found = work.apply(this, key);
      known.put(key, found);
    }
    return (R) found;
  }

  /** The held (unwritten) name of the concept, to name a list made from this one. */
  Object conceptAsHeld() {
    return concept;
  }

  /** The held (unwritten) name of the place, to name a list made from this one; null when none. */
  Object whereAsHeld() {
    return where;
  }

  @Override
  public String toString() {
    return Show.items(this);
  }
}
