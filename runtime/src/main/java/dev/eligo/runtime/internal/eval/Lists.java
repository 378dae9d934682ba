package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Operations on lists of records and values with three-valued membership: filter, test, count,
 * reduce. All are total: what cannot be told is unknown, with the reason and the missing data.
 */
public final class Lists {
  // Keys of what a list remembers having worked out from itself (Items#derived).
  private static final Object FIRST = new Object();
  private static final Object LAST = new Object();
  private static final Object LOWEST = new Object();
  private static final Object HIGHEST = new Object();

  private Lists() {}

  /**
   * The items for which the condition holds; those for which it is unknown become possible. The
   * condition receives each item as a value that keeps the list's origin, so that a field read from
   * it converts units with its concept's molar mass or factors; the description names the condition
   * in explanations: {@code infection (active)}.
   */
  public static <T> Items<T> where(
      Items<T> items, String description, Function<Value<T>, Truth> condition) {
    return filter(items, description, null, condition);
  }

  /** As {@link #where}, handing the condition each item as it is (a run of a series is a list). */
  public static <T> Items<T> whereList(
      Items<T> items, String description, Function<T, Truth> condition) {
    return filter(items, description, condition, null);
  }

  /**
   * Whether the test holds for any item, each handed over as a value (see {@link #where}); the test
   * is a function of its item (see {@link #answer}).
   */
  public static <T> Truth any(Items<T> items, Function<Value<T>, Truth> test) {
    return anyList(items, item -> answer(test, items, item));
  }

  /**
   * Whether the test holds for every item, each handed over as a value (see {@link #where}); the
   * test is a function of its item (see {@link #answer}).
   */
  public static <T> Truth all(Items<T> items, Function<Value<T>, Truth> test) {
    return allList(items, item -> answer(test, items, item));
  }

  /**
   * What the test says of one item of the list, handed over as a value. A pair is shared by every
   * run of a series it belongs to (within one evaluation), and remembers what the last test said of
   * it: "each rise a week or more after the one before", asked of the runs through a pair, is
   * worked out once. A test is a function of its item: the same test object says the same of the
   * same item, as a criteria file's lambdas do (one that reads an outer variable is a new object
   * for each value of it).
   */
  private static <T> Truth answer(Function<Value<T>, Truth> test, Items<T> items, T item) {
    if (item instanceof Pair<?> pair
        && pair.origin() == items.origin()
        && items.origin().evaluation() != null) {
      Truth known = pair.recall(test);
      if (known == null) {
        known = test.apply(items.valueOf(item));
        pair.remember(test, known);
      }
      return known;
    }
    return test.apply(items.valueOf(item));
  }

  /**
   * The list the condition chooses. When the condition is unknown, an item of both lists keeps its
   * membership, and an item of only one becomes possible: it belongs only if the condition goes its
   * way.
   */
  public static <T> Items<T> choose(
      Truth condition, Supplier<Items<T>> then, Supplier<Items<T>> otherwise) {
    if (!condition.isUnknown()) {
      Items<T> chosen = condition.isTrue() ? then.get() : otherwise.get();
      return chosen.derive(chosen.members(), condition.evidence());
    }
    Items<T> a = then.get();
    Items<T> b = otherwise.get();
    Supplier<String> reason = () -> "depends on " + condition.statement() + ", which is unknown";
    List<Member<T>> members = new ArrayList<>();
    for (Member<T> m : a.members()) {
      Member<T> other = find(b, m.item());
      members.add(
          other == null
              ? m.atMostPossible(reason, condition.missing())
              : m.isDefinite() ? other : m);
    }
    for (Member<T> m : b.members()) {
      if (find(a, m.item()) == null) {
        members.add(m.atMostPossible(reason, condition.missing()));
      }
    }
    String concept =
        a.concept().equals(b.concept()) ? a.concept() : a.concept() + " or " + b.concept();
    String where = a.where().equals(b.where()) ? a.where() : "";
    Evidence evidence = Evidence.merge(List.of(condition.evidence(), a.evidence(), b.evidence()));
    return new Items<>(concept, where, members, evidence, a.origin().or(b.origin()));
  }

  private static <T> Member<T> find(Items<T> items, T item) {
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      if (m.item() == item) {
        return m;
      }
    }
    return null;
  }

  /**
   * The same records with a tentative verification status (unconfirmed, provisional, differential)
   * counted as surely belonging: "any record not refuted". A record uncertain for another reason as
   * well (a partial date, a filter that was unknown) stays possible.
   */
  public static <T> Items<T> unrefuted(Items<T> items) {
    List<Member<T>> members = new ArrayList<>();
    for (Member<T> m : items.members()) {
      members.add(m.tentative() ? Member.definite(m.item()) : m);
    }
    return items
        .derive(members, Evidence.none())
        .relabel(items.concept() + " (not refuted)", items.where());
  }

  /** One list held as a value, beside lists that may be unknown. */
  public static <T> Value<Items<T>> single(Items<T> items) {
    return Value.known(items, () -> Show.items(items), items.evidence());
  }

  /**
   * The items the condition keeps, named {@code <concept> (<description>)} when first asked for.
   * The condition takes each item as it is ({@code onItem}) or as a value ({@code onValue}); the
   * other is null.
   */
  private static <T> Items<T> filter(
      Items<T> items,
      String description,
      Function<T, Truth> onItem,
      Function<Value<T>, Truth> onValue) {
    List<Member<T>> kept = new ArrayList<>(items.members().size());
    Evidence evidence = Evidence.none();
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      Truth t = onItem != null ? onItem.apply(m.item()) : answer(onValue, items, m.item());
      if (t.isFalse()) {
        continue;
      }
      evidence = evidence.and(t.evidence());
      kept.add(t.isTrue() ? m : m.atMostPossible(t::statement, t.missing()));
    }
    return items.deriveAs(() -> items.concept() + " (" + description + ")", kept, evidence);
  }

  /**
   * True when an item surely belongs; unknown when some only may (possible or unclassified
   * records); false when there are none.
   */
  public static <T> Truth exists(Items<T> items) {
    int definite = items.definiteCount();
    if (definite > 0) {
      return Truth.of(
          true,
          () -> "any " + items.label() + ": " + Show.members(definiteMembers(items)),
          items.evidence().and(items.definiteUsed()));
    }
    if (items.isEmpty()) {
      return Truth.of(false, () -> "any " + items.label() + ": none", items.evidence());
    }
    return Truth.unknown(
        () -> "any " + items.label() + ": " + Show.items(items),
        uncertainMissing(items),
        items.evidence());
  }

  private static <T> List<Member<T>> definiteMembers(Items<T> items) {
    List<Member<T>> definite = new ArrayList<>();
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      if (m.isDefinite()) {
        definite.add(m);
      }
    }
    return definite;
  }

  /** How many items belong; unknown when some only may. */
  public static <T> Value<Quantity> count(Items<T> items) {
    int surely = items.definiteCount();
    int atMost = items.members().size();
    Supplier<String> label = () -> "number of " + items.label();
    Evidence evidence = items.evidence().and(items.definiteUsed());
    if (surely == atMost) {
      return Value.known(Quantity.number(surely), evidence).labelled(label);
    }
    return Value.<Quantity>unknown(
            () -> "between " + surely + " and " + atMost + ": " + Show.items(items),
            uncertainMissing(items),
            evidence)
        .labelled(label);
  }

  /**
   * Whether the test holds for any item, each handed over as it is (three-valued over uncertain
   * membership).
   */
  public static <T> Truth anyList(Items<T> items, Function<T, Truth> test) {
    List<Member<T>> members = items.members();
    List<Truth> parts = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      Truth t = test.apply(m.item());
      parts.add(m.isDefinite() ? t : Logic.and(membership(m), t));
    }
    return Logic.anyOf(
        () -> "any of " + items.label() + (items.isEmpty() ? ": none" : ""),
        parts,
        items.evidence());
  }

  /**
   * Whether the test holds for every item, each handed over as it is (three-valued over uncertain
   * membership).
   */
  public static <T> Truth allList(Items<T> items, Function<T, Truth> test) {
    List<Member<T>> members = items.members();
    List<Truth> parts = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      Truth t = test.apply(m.item());
      parts.add(m.isDefinite() ? t : Logic.or(Logic.not(membership(m)), t));
    }
    return Logic.allOf(
        () -> "all of " + items.label() + (items.isEmpty() ? ": none" : ""),
        parts,
        items.evidence());
  }

  /**
   * The most recent item: by date, then time, then issued; ties of different values are unknown.
   */
  public static <T> Value<T> latest(Items<T> items) {
    return MostRecent.pick(items, true);
  }

  /** The earliest item, with the same rules as {@link #latest}. */
  public static <T> Value<T> earliest(Items<T> items) {
    return MostRecent.pick(items, false);
  }

  /** The first item in the list's order; unknown when an uncertain item comes before it. */
  public static <T> Value<T> first(Items<T> items) {
    return items.derived(FIRST, (list, key) -> Ends.end(list, true, "first "));
  }

  /** The last item in the list's order; unknown when an uncertain item comes after it. */
  public static <T> Value<T> last(Items<T> items) {
    return items.derived(LAST, (list, key) -> Ends.end(list, false, "last "));
  }

  /** All but the first item. */
  public static <T> Items<T> rest(Items<T> items) {
    return Ends.rest(items);
  }

  /** The point with the lowest value; unknown when a point's value is unknown or uncertain. */
  public static Value<Point> min(Items<Point> points) {
    return points.derived(LOWEST, (list, key) -> Extremes.pick(list, true));
  }

  /** The point with the highest value; unknown when a point's value is unknown or uncertain. */
  public static Value<Point> max(Items<Point> points) {
    return points.derived(HIGHEST, (list, key) -> Extremes.pick(list, false));
  }

  /** Every run of {@code length} consecutive items, in order. */
  public static <T> Items<Items<T>> runs(Items<T> items, int length) {
    return Runs.of(items, length);
  }

  /** Every two consecutive items (previous, next), in order. */
  public static <T> Items<Pair<T>> pairs(Items<T> items) {
    if (Runs.allDefinite(items.members()) && items.origin().evaluation() != null) {
      return consecutivePairs(items);
    }
    Items<Items<T>> runs = Runs.of(items, 2);
    List<Member<Pair<T>>> pairs = new ArrayList<>(runs.members().size());
    List<Member<Items<T>>> twos = runs.members();
    for (int i = 0; i < twos.size(); i++) {
      Member<Items<T>> run = twos.get(i);
      List<Member<T>> two = run.item().members();
      pairs.add(run.withItem(new Pair<>(two.get(0).item(), two.get(1).item(), items.origin())));
    }
    return Items.named(
        () -> "consecutive pairs of " + items.concept(),
        items.whereAsHeld(),
        pairs,
        items.evidence(),
        items.origin());
  }

  /**
   * {@link #pairs} of a list whose items all surely belong: each two consecutive items, one pair
   * object for each two however many runs of a series ask for it (see {@link #test}).
   */
  private static <T> Items<Pair<T>> consecutivePairs(Items<T> items) {
    List<Member<T>> members = items.members();
    List<Member<Pair<T>>> pairs = new ArrayList<>(Math.max(0, members.size() - 1));
    Evaluation evaluation = items.origin().evaluation();
    for (int i = 0; i + 1 < members.size(); i++) {
      pairs.add(evaluation.pair(members.get(i).item(), members.get(i + 1).item(), items.origin()));
    }
    return Items.named(
        () -> "consecutive pairs of " + items.concept(),
        items.whereAsHeld(),
        pairs,
        items.evidence(),
        items.origin());
  }

  /** Whether an uncertain member counts, as an unknown result. */
  static <T> Truth membership(Member<T> m) {
    return Truth.unknown(
        () -> Show.of(m.item()) + " counts (" + m.reason() + ")", m.missing(), Evidence.none());
  }

  /** The missing data of the uncertain members, or the list's own when they name none. */
  static <T> List<Missing> uncertainMissing(Items<T> items) {
    List<Missing> missing = new ArrayList<>();
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size(); i++) {
      Member<T> m = members.get(i);
      if (!m.isDefinite()) {
        missing.addAll(m.missing());
      }
    }
    return missing.isEmpty()
        ? List.of(items.missing())
        : List.copyOf(new java.util.LinkedHashSet<>(missing));
  }

  /**
   * The n-th item (1 is the first) in the list's order; unknown when the list has fewer items or
   * when an uncertain item comes before it.
   */
  public static <T> Value<T> nth(Items<T> items, int n) {
    String label = "item " + n + " of " + items.label();
    Origin origin = items.origin().from(items);
    List<Member<T>> members = items.members();
    for (int i = 0; i < members.size() && i < n; i++) {
      if (!members.get(i).isDefinite()) {
        return Value.<T>unknown(
                "an uncertain item comes before item "
                    + n
                    + ": "
                    + Show.of(members.get(i).item())
                    + " ("
                    + members.get(i).reason()
                    + ")",
                members.get(i).missing().isEmpty()
                    ? List.of(items.missing())
                    : members.get(i).missing(),
                items.evidence())
            .labelled(label)
            .withOrigin(origin);
      }
    }
    if (members.size() < n) {
      return Value.<T>unknown(
              "only " + members.size() + " recorded", List.of(items.missing()), items.evidence())
          .labelled(label)
          .withOrigin(origin);
    }
    T item = members.get(n - 1).item();
    return Value.known(item, items.evidence().and(Timing.used(List.of(item))))
        .labelled(label)
        .withOrigin(origin);
  }

  /**
   * The items after an item of the list, in its order; all only possible when the item is unknown.
   */
  public static <T> Items<T> after(Items<T> items, Value<T> item) {
    List<Member<T>> members = items.members();
    List<Member<T>> kept = new ArrayList<>();
    if (!item.isKnown()) {
      for (Member<T> m : members) {
        kept.add(
            m.atMostPossible(
                "it depends on " + item.describe() + ", which is unknown", item.missing()));
      }
      return items
          .derive(kept, item.evidence())
          .relabel(items.concept() + " after " + item.describe(), items.where());
    }
    int at = indexOf(members, item.get());
    if (at >= 0) {
      kept.addAll(members.subList(at + 1, members.size()));
    }
    return items
        .derive(kept, item.evidence())
        .relabel(items.concept() + " after " + Show.of(item.get()), items.where());
  }

  /** The item right after an item of the list; unknown when there is none or it is uncertain. */
  public static <T> Value<T> next(Items<T> items, Value<T> item) {
    return neighbour(items, item, 1, "after");
  }

  /** The item right before an item of the list; unknown when there is none or it is uncertain. */
  public static <T> Value<T> previous(Items<T> items, Value<T> item) {
    return neighbour(items, item, -1, "before");
  }

  private static <T> Value<T> neighbour(Items<T> items, Value<T> item, int step, String which) {
    Origin origin = items.origin().from(items);
    if (!item.isKnown()) {
      return Value.<T>unknown(item.describe(), item.missing(), item.evidence()).withOrigin(origin);
    }
    String label = "the item " + which + " " + Show.of(item.get());
    List<Member<T>> members = items.members();
    int at = indexOf(members, item.get());
    int index = at + step;
    if (at < 0 || index < 0 || index >= members.size()) {
      return Value.<T>unknown(
              "none recorded " + which + " it", List.of(items.missing()), items.evidence())
          .labelled(label)
          .withOrigin(origin);
    }
    Member<T> m = members.get(index);
    if (!m.isDefinite()) {
      return Value.<T>unknown(
              "the item "
                  + which
                  + " it is uncertain: "
                  + Show.of(m.item())
                  + " ("
                  + m.reason()
                  + ")",
              m.missing(),
              items.evidence())
          .labelled(label)
          .withOrigin(origin);
    }
    return Value.known(m.item(), items.evidence().and(Timing.used(List.of(m.item()))))
        .labelled(label)
        .withOrigin(origin);
  }

  private static <T> int indexOf(List<Member<T>> members, T item) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).item() == item || members.get(i).item().equals(item)) {
        return i;
      }
    }
    return -1;
  }
}
