package dev.eligo.runtime.result;

import dev.eligo.runtime.record.RecordRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The records a result rests on: those it used, those it ignored and why (status, a date after
 * screening), those it could not classify (coded only in a system the concept does not declare),
 * and those whose data it could not use (a unit that cannot be converted, an implausible value).
 * Immutable; lists keep first-seen order without repeats.
 */
public final class Evidence {
  private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of());

  private final List<RecordRef> used;
  private final List<Note> ignored;
  private final List<Note> unclassified;
  private final List<Note> unusable;

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

  private Evidence(List<RecordRef> used, List<Note> ignored, List<Note> unclassified, List<Note> unusable) {
    this.used = List.copyOf(used);
    this.ignored = List.copyOf(ignored);
    this.unclassified = List.copyOf(unclassified);
    this.unusable = List.copyOf(unusable);
  }

  /** No records at all. */
  public static Evidence none() {
    return NONE;
  }

  /** The given records, used. */
  public static Evidence used(Collection<RecordRef> refs) {
    return refs.isEmpty() ? NONE : new Evidence(distinct(refs), List.of(), List.of(), List.of());
  }

  /** The given records, used. */
  public static Evidence used(RecordRef... refs) {
    return used(List.of(refs));
  }

  /** One record ignored for the reason given. */
  public static Evidence ignored(RecordRef ref, String reason) {
    return new Evidence(List.of(), List.of(new Note(ref, reason)), List.of(), List.of());
  }

  /** One record that could not be classified, for the reason given. */
  public static Evidence unclassified(RecordRef ref, String reason) {
    return new Evidence(List.of(), List.of(), List.of(new Note(ref, reason)), List.of());
  }

  /** One record whose data were read but could not be used, for the reason given. */
  public static Evidence unusable(RecordRef ref, String reason) {
    return new Evidence(List.of(), List.of(), List.of(), List.of(new Note(ref, reason)));
  }

  /** All the evidence given, in order, without repeats. */
  public static Evidence merge(Collection<Evidence> all) {
    List<RecordRef> used = new ArrayList<>();
    List<Note> ignored = new ArrayList<>();
    List<Note> unclassified = new ArrayList<>();
    List<Note> unusable = new ArrayList<>();
    for (Evidence e : all) {
      used.addAll(e.used);
      ignored.addAll(e.ignored);
      unclassified.addAll(e.unclassified);
      unusable.addAll(e.unusable);
    }
    if (used.isEmpty() && ignored.isEmpty() && unclassified.isEmpty() && unusable.isEmpty()) {
      return NONE;
    }
    return new Evidence(distinct(used), distinct(ignored), distinct(unclassified), distinct(unusable));
  }

  /** This evidence and the other, in order, without repeats. */
  public Evidence and(Evidence other) {
    if (other.isEmpty()) {
      return this;
    }
    return isEmpty() ? other : merge(List.of(this, other));
  }

  /** The records the result used, e.g. the value compared. */
  public List<RecordRef> used() {
    return used;
  }

  /** Records that matched the concept but were not used, each with the reason. */
  public List<Note> ignored() {
    return ignored;
  }

  /** Records coded only in systems the concept does not declare, for a screener to review. */
  public List<Note> unclassified() {
    return unclassified;
  }

  /** Records whose data were read but could not be used, each with the reason. */
  public List<Note> unusable() {
    return unusable;
  }

  public boolean isEmpty() {
    return used.isEmpty() && ignored.isEmpty() && unclassified.isEmpty() && unusable.isEmpty();
  }

  private static <T> List<T> distinct(Collection<T> items) {
    Set<T> seen = new LinkedHashSet<>(items);
    return new ArrayList<>(seen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence
        && used.equals(((Evidence) o).used)
        && ignored.equals(((Evidence) o).ignored)
        && unclassified.equals(((Evidence) o).unclassified)
        && unusable.equals(((Evidence) o).unusable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(used, ignored, unclassified, unusable);
  }

  @Override
  public String toString() {
    return "used " + used + ", ignored " + ignored + ", unclassified " + unclassified + ", unusable " + unusable;
  }
}
