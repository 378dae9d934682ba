package dev.eligo.runtime.result;

import dev.eligo.runtime.record.RecordRef;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The records a result rests on: those it used, those it ignored and why (status, a date after
 * screening), those it could not classify (coded only in a system the concept does not declare),
 * and those whose data it could not use (a unit that cannot be converted, an implausible value).
 * Immutable; lists keep first-seen order without repeats.
 *
 * <p>Evidence is joined at every step of an evaluation but read only for explanations, so a join
 * only remembers its parts; the lists are worked out the first time they are asked for.
 */
public final class Evidence {
  private static final Evidence NONE =
      new Evidence(new Lists(List.of(), List.of(), List.of(), List.of()), null, null);

  // Given as lists, or worked out once from the parts; a race between readers only works it out
  // twice, and Lists is immutable.
  private Lists lists;

  /**
   * What the lists are worked out from, when they are not given: the one record used (a RecordRef),
   * several records used (a RecordRef[], repeats allowed), the left part of a join of two (an
   * Evidence, with {@link #right}), or the parts of a join of several (an Evidence[]). Joined parts
   * are never empty.
   */
  private final Object part;

  private final Evidence right;

  /** A record and what was noticed about it, e.g. {@code Observation/a1: status preliminary}. */
  public record Note(RecordRef ref, String reason) {
    public Note {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return ref + " (" + reason + ")";
    }
  }

  private record Lists(
      List<RecordRef> used, List<Note> ignored, List<Note> unclassified, List<Note> unusable) {}

  private Evidence(Lists lists, Object part, Evidence right) {
    this.lists = lists;
    this.part = part;
    this.right = right;
  }

  private static Evidence of(
      List<RecordRef> used, List<Note> ignored, List<Note> unclassified, List<Note> unusable) {
    return new Evidence(new Lists(used, ignored, unclassified, unusable), null, null);
  }

  /** No records at all. */
  public static Evidence none() {
    return NONE;
  }

  /** The given records, used. */
  public static Evidence used(Collection<RecordRef> refs) {
    if (refs.isEmpty()) {
      return NONE;
    }
    return usedOwned(refs.toArray(new RecordRef[0]));
  }

  /** The given records, used. */
  public static Evidence used(RecordRef... refs) {
    return refs.length == 0 ? NONE : usedOwned(refs.clone());
  }

  /** Records used, in an array no one else holds. */
  private static Evidence usedOwned(RecordRef[] given) {
    for (RecordRef ref : given) {
      Objects.requireNonNull(ref, "ref");
    }
    // Repeats are taken out when the list is first read, like those of a join.
    return new Evidence(null, given.length == 1 ? given[0] : given, null);
  }

  /** One record, used. */
  public static Evidence used(RecordRef ref) {
    return new Evidence(null, Objects.requireNonNull(ref, "ref"), null);
  }

  /** One record ignored for the reason given. */
  public static Evidence ignored(RecordRef ref, String reason) {
    return of(List.of(), List.of(new Note(ref, reason)), List.of(), List.of());
  }

  /** One record that could not be classified, for the reason given. */
  public static Evidence unclassified(RecordRef ref, String reason) {
    return of(List.of(), List.of(), List.of(new Note(ref, reason)), List.of());
  }

  /** One record whose data were read but could not be used, for the reason given. */
  public static Evidence unusable(RecordRef ref, String reason) {
    return of(List.of(), List.of(), List.of(), List.of(new Note(ref, reason)));
  }

  /** All the evidence given, in order, without repeats. */
  public static Evidence merge(Collection<Evidence> all) {
    int nonEmpty = 0;
    Evidence only = NONE;
    for (Evidence e : all) {
      if (!e.isEmpty()) {
        nonEmpty++;
        only = e;
      }
    }
    if (nonEmpty <= 1) {
      return only;
    }
    Evidence[] joined = new Evidence[nonEmpty];
    int i = 0;
    for (Evidence e : all) {
      if (!e.isEmpty()) {
        joined[i++] = e;
      }
    }
    return new Evidence(null, joined, null);
  }

  /** This evidence and the other, in order, without repeats. */
  public Evidence and(Evidence other) {
    if (other.isEmpty() || other == this) {
      return this;
    }
    return isEmpty() ? other : new Evidence(null, this, other);
  }

  /** The records the result used, e.g. the value compared. */
  public List<RecordRef> used() {
    return lists().used();
  }

  /** Records that matched the concept but were not used, each with the reason. */
  public List<Note> ignored() {
    return lists().ignored();
  }

  /** Records coded only in systems the concept does not declare, for a screener to review. */
  public List<Note> unclassified() {
    return lists().unclassified();
  }

  /** Records whose data were read but could not be used, each with the reason. */
  public List<Note> unusable() {
    return lists().unusable();
  }

  public boolean isEmpty() {
    // Only NONE: every other evidence names a record, and a join is made of non-empty parts.
    return this == NONE;
  }

  /**
   * Adds the unusable records of this evidence to {@code into}, in order, skipping evidence already
   * {@code seen}: what a whole explanation tree says could not be used, in one walk.
   */
  void collectUnusable(Set<Evidence> seen, Collection<Note> into) {
    Deque<Evidence> pending = new ArrayDeque<>();
    pending.push(this);
    while (!pending.isEmpty()) {
      Evidence e = pending.pop();
      if (!seen.add(e)) {
        continue;
      }
      if (e.part == null) {
        into.addAll(e.lists.unusable());
      } else {
        e.pushParts(pending);
      }
    }
  }

  private Lists lists() {
    Lists known = lists;
    if (known == null) {
      known = flatten();
      lists = known;
    }
    return known;
  }

  // Depth first, left to right, with an explicit stack: joins nest as deep as the criteria do.
  private Lists flatten() {
    Set<RecordRef> used = new LinkedHashSet<>();
    Set<Note> ignored = new LinkedHashSet<>();
    Set<Note> unclassified = new LinkedHashSet<>();
    Set<Note> unusable = new LinkedHashSet<>();
    Deque<Evidence> pending = new ArrayDeque<>();
    pending.push(this);
    while (!pending.isEmpty()) {
      Evidence e = pending.pop();
      Lists known = e.lists;
      if (known != null) {
        used.addAll(known.used());
        ignored.addAll(known.ignored());
        unclassified.addAll(known.unclassified());
        unusable.addAll(known.unusable());
      } else if (e.part instanceof RecordRef) {
        used.add((RecordRef) e.part);
      } else if (e.part instanceof RecordRef[]) {
        Collections.addAll(used, (RecordRef[]) e.part);
      } else {
        e.pushParts(pending);
      }
    }
    return new Lists(
        List.copyOf(used), List.copyOf(ignored), List.copyOf(unclassified), List.copyOf(unusable));
  }

  /** Pushes a join's parts so that they pop in order; a record used has none. */
  private void pushParts(Deque<Evidence> pending) {
    if (right != null) {
      pending.push(right);
      pending.push((Evidence) part);
    } else if (part instanceof Evidence[]) {
      Evidence[] parts = (Evidence[]) part;
      for (int i = parts.length - 1; i >= 0; i--) {
        pending.push(parts[i]);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Evidence && lists().equals(((Evidence) o).lists());
  }

  @Override
  public int hashCode() {
    Lists l = lists();
    return Objects.hash(l.used(), l.ignored(), l.unclassified(), l.unusable());
  }

  @Override
  public String toString() {
    Lists l = lists();
    return "used "
        + l.used()
        + ", ignored "
        + l.ignored()
        + ", unclassified "
        + l.unclassified()
        + ", unusable "
        + l.unusable();
  }
}
