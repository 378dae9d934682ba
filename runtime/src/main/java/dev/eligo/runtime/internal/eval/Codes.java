package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The codings of one field of a record: a condition's code, a route, a coded result, reasons. */
public final class Codes {
  private final List<Coding> codings;
  // Codes the field has but that could not be read (a reason naming a record the patient does not
  // hold): a test that none of the read codes passes is then unknown, not false.
  private final List<Missing> unread;

  private Codes(List<Coding> codings, List<Missing> unread) {
    this.codings = List.copyOf(codings);
    this.unread = List.copyOf(unread);
  }

  public static Codes of(List<Coding> codings) {
    return new Codes(codings, List.of());
  }

  public static Codes of(Coding... codings) {
    return new Codes(List.of(codings), List.of());
  }

  /** Codes read, with what else the field holds that could not be read. */
  public static Codes partly(List<Coding> codings, List<Missing> unread) {
    return new Codes(codings, unread);
  }

  /** What the field holds that could not be read; empty when every code was read. */
  public List<Missing> unread() {
    return unread;
  }

  public List<Coding> codings() {
    return codings;
  }

  public boolean isEmpty() {
    return codings.isEmpty();
  }

  /**
   * Whether the codes are in the value set: true when any coding is; unknown when there are no
   * codes, when some of the field could not be read, or when none is in a system the value set uses
   * (the record cannot be classified); false otherwise.
   */
  public static Truth in(Value<Codes> codes, ValueSet valueSet) {
    Supplier<String> statement = () -> codes.describe() + " in " + valueSet;
    if (!codes.isKnown()) {
      return Truth.unknown(statement, codes.missing(), codes.evidence());
    }
    List<Coding> codings = codes.get().codings;
    if (codings.isEmpty()) {
      return Truth.unknown(
          () -> statement.get() + " (no code recorded)", codes.missing(), codes.evidence());
    }
    if (valueSet.containsAny(codings)) {
      return Truth.of(true, statement, codes.evidence());
    }
    List<Missing> unread = codes.get().unread;
    if (!unread.isEmpty()) {
      return Truth.unknown(
          () ->
              statement.get()
                  + " ("
                  + unread.stream().map(Missing::toString).collect(Collectors.joining("; "))
                  + ")",
          unread,
          codes.evidence());
    }
    if (!valueSet.classifies(codings)) {
      return Truth.unknown(
          () ->
              statement.get()
                  + " (coded only in systems it does not use: "
                  + Show.codings(codings)
                  + ")",
          List.of(),
          codes.evidence());
    }
    return Truth.of(false, statement, codes.evidence());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Codes
        && codings.equals(((Codes) o).codings)
        && unread.equals(((Codes) o).unread);
  }

  @Override
  public int hashCode() {
    return Objects.hash(codings, unread);
  }

  @Override
  public String toString() {
    return codings.isEmpty() ? "no code" : Show.codings(codings);
  }
}
